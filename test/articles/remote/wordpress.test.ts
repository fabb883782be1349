/** loadWordPress against the fake WordPress REST API. */
import { loadWordPress } from "../../../src/articles/remote/wordpress";
import { type FakeWordPress, startFakeWordPress } from "../../fakes/fake-wordpress";
import { samplePosts } from "./sample-content";

let wp: FakeWordPress;
beforeEach(async () => {
  wp = await startFakeWordPress(samplePosts());
});
afterEach(() => wp.close());

const fast = { retries: 1, backoffMs: 1, sleep: async () => {} };

describe("loadWordPress", () => {
  it("follows X-WP-TotalPages over three pages, oldest change first, with _embed", async () => {
    const load = await loadWordPress(
      { type: "wordpress", url: wp.url, publisher: "Quillfield Post" },
      { fetch: fast },
    );
    const requests = wp.postRequests();
    expect(requests.map((u) => u.searchParams.get("page"))).toEqual(["1", "2", "3"]);
    for (const url of requests) {
      expect(Object.fromEntries(url.searchParams)).toMatchObject({
        per_page: "100",
        orderby: "modified",
        order: "asc",
        _embed: "author,wp:term",
      });
      expect(url.searchParams.has("modified_after")).toBe(false);
    }
    expect(load.articles).toHaveLength(7);
    expect(load.complete).toBe(true);
    expect(load.failure).toBeUndefined();
    expect(load.cursor).toBe(`${wp.posts[7]?.modified}.000Z`);
  });

  it("maps title (entities decoded), link, date, author, categories and content", async () => {
    const load = await loadWordPress(
      { type: "wordpress", url: wp.url, publisher: "Quillfield Post" },
      { fetch: fast },
    );
    const tram = load.articles.find((a) => a.meta.title.startsWith("Quillfield tram"));
    expect(tram?.meta).toMatchObject({
      url: `${wp.url}/2024/post-1/`,
      published: "2024-04-01",
      publisher: "Quillfield Post",
      byline: "Ada Testwriter",
      section: "Transport, Local",
      source: `wordpress:${wp.url}`,
      titleDerived: false,
    });
    expect(tram?.text).toBe(
      "The Quillfield tram depot will repaint all fourteen trams in a teal livery before the spring timetable, the transit board said.",
    );
    const council = load.articles.find((a) => a.meta.url?.endsWith("post-5/"));
    expect(council?.meta.title).toBe("Council’s car-free Sundays & the Marrow Street trial");
  });

  it("skips a post with no content, with a reason", async () => {
    const load = await loadWordPress({ type: "wordpress", url: wp.url }, { fetch: fast });
    expect(load.skipped).toEqual([{ source: `wordpress:${wp.url} post 8`, reason: "no content" }]);
  });

  it("asks only for posts modified after the given instant", async () => {
    const first = await loadWordPress({ type: "wordpress", url: wp.url }, { fetch: fast });
    wp.edit(2, { content: "<p>The night ferry to Osterby is cancelled.</p>" });
    const since = first.cursor as string;
    const next = await loadWordPress(
      { type: "wordpress", url: wp.url },
      { modifiedAfter: since, fetch: fast },
    );
    const changes = wp.postRequests().filter((u) => !u.searchParams.has("_fields"));
    expect(changes.at(-1)?.searchParams.get("modified_after")).toBe(since);
    expect(next.articles.map((a) => a.text)).toEqual(["The night ferry to Osterby is cancelled."]);
    expect(next.complete).toBe(false);
    // Not complete, but it knows which posts are still published (the post without content too).
    expect(next.present?.size).toBe(8);
    expect(next.cursor! > since).toBe(true);
  });

  it("stops at the page limit, reports it, and is then not complete", async () => {
    const load = await loadWordPress({ type: "wordpress", url: wp.url, maxPages: 2 }, { fetch: fast });
    expect(wp.postRequests()).toHaveLength(2);
    expect(load.articles).toHaveLength(6);
    expect(load.complete).toBe(false);
    expect(load.skipped).toContainEqual({
      source: `wordpress:${wp.url}`,
      reason: "stopped after 2 of 3 pages (the limit per run); the rest follows on the next sync",
    });
  });

  it("fails the source when the first page is not JSON", async () => {
    wp.mode = "garbage";
    const load = await loadWordPress({ type: "wordpress", url: wp.url }, { fetch: fast });
    expect(load.failure).toMatch(/^not a WordPress posts response: malformed JSON/);
    expect(load.articles).toEqual([]);
  });

  it("skips a malformed later page with a reason, keeps the rest, and holds the cursor before the gap", async () => {
    wp.brokenPages = [2];
    const load = await loadWordPress({ type: "wordpress", url: wp.url }, { fetch: fast });
    expect(wp.postRequests()).toHaveLength(3);
    expect(load.articles.map((a) => a.meta.url?.match(/post-(\d+)/)?.[1])).toEqual(["1", "2", "3", "7"]);
    expect(load.skipped).toContainEqual({
      source: `wordpress:${wp.url} page 2`,
      reason: expect.stringMatching(/^malformed JSON/),
    });
    expect(load.complete).toBe(false);
    expect(load.cursor).toBe(`${wp.posts[2]?.modified}.000Z`);
  });

  it("reports a source that stays down after retries", async () => {
    wp.mode = "down";
    const load = await loadWordPress({ type: "wordpress", url: wp.url }, { fetch: fast });
    expect(load.failure).toMatch(/HTTP 503 Service Unavailable after 2 attempts/);
    expect(wp.postRequests()).toHaveLength(2);
  });

  it("refuses a redirect to another site (another port is another origin) and reports it", async () => {
    const other = await startFakeWordPress(samplePosts());
    try {
      wp.redirectTo = other.url;
      const load = await loadWordPress({ type: "wordpress", url: wp.url }, { fetch: fast });
      expect(load.articles).toEqual([]);
      expect(load.failure).toContain(`redirect to another origin refused: ${wp.url}/wp-json/wp/v2/posts?`);
      expect(load.failure).toContain(`→ ${other.url}/wp-json/wp/v2/posts?`);
      expect(other.requests).toHaveLength(0);
      expect(wp.postRequests()).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it("follows a redirect to an origin the source allows", async () => {
    const other = await startFakeWordPress(samplePosts());
    try {
      wp.redirectTo = other.url;
      const load = await loadWordPress(
        { type: "wordpress", url: wp.url, allowRedirectOrigins: [other.url] },
        { fetch: fast },
      );
      expect(load.failure).toBeUndefined();
      expect(load.articles).toHaveLength(7);
      expect(other.postRequests().map((u) => u.searchParams.get("page"))).toEqual(["1", "2", "3"]);
    } finally {
      await other.close();
    }
  });
});
