/** loadFeed against loopback RSS 2.0 and Atom feeds, a flaky server and a garbage one. */
import { loadFeed } from "../../../src/articles/remote/feed";
import { type FakeFeeds, startFakeFeeds, toRss } from "../../fakes/fake-feeds";
import { sampleAtomEntries, sampleRssItems } from "./sample-content";

let feeds: FakeFeeds;
beforeEach(async () => {
  feeds = await startFakeFeeds({ rssItems: sampleRssItems(), atomEntries: sampleAtomEntries() });
});
afterEach(() => feeds.close());

const waits: number[] = [];
const fast = {
  backoffMs: 10,
  sleep: async (ms: number) => {
    waits.push(ms);
  },
};

describe("loadFeed", () => {
  it("reads RSS 2.0: content:encoded when present, else the description", async () => {
    const load = await loadFeed({ type: "feed", url: feeds.rssUrl }, { fetch: fast });
    expect(load.failure).toBeUndefined();
    expect(load.complete).toBe(false);
    expect(load.articles.map((a) => a.text)).toEqual([
      "A bakery opened on Tuesday in the former Quillfield fire station, selling rye loaves baked beside the old hose tower.",
      "Bus route 9 will extend to the Lowmead business park from 3 June, adding four new stops.",
    ]);
    expect(load.articles[0]?.meta).toMatchObject({
      title: "Bakery opens in the old fire station",
      url: "https://courier.invalid/bakery-fire-station",
      published: "2024-05-20",
      byline: "Bea Feedwriter",
      publisher: "Quillfield Courier",
      section: "Business",
      source: `feed:${feeds.rssUrl}`,
    });
  });

  it("reads Atom: content when present, else the summary; the configured publisher wins", async () => {
    const load = await loadFeed(
      { type: "feed", url: feeds.atomUrl, publisher: "The Ledger" },
      { fetch: fast },
    );
    expect(load.articles.map((a) => [a.meta.title, a.text])).toEqual([
      [
        "Beekeepers count 312 hives",
        "Volunteer beekeepers counted 312 hives across the Lowmead allotments this spring, up from 270 a year earlier.",
      ],
      [
        "Observatory open night",
        "The hill observatory above Lowmead holds an open night on 14 September with guided views of Saturn.",
      ],
    ]);
    expect(load.articles[1]?.meta).toMatchObject({
      url: "https://ledger.invalid/observatory-open-night",
      published: "2024-05-23",
      byline: "Cal Atomwriter",
      publisher: "The Ledger",
    });
  });

  it("gets through a 500, then a 429 with Retry-After, then the feed", async () => {
    waits.length = 0;
    const url = feeds.script("/flaky.xml", [
      { status: 500 },
      { status: 429, headers: { "retry-after": "1" } },
      { body: toRss("Flaky Times", sampleRssItems()) },
    ]);
    const load = await loadFeed({ type: "feed", url }, { fetch: fast });
    expect(load.articles).toHaveLength(2);
    expect(feeds.requests.filter((r) => r.url.pathname === "/flaky.xml")).toHaveLength(3);
    expect(waits).toEqual([10, 1000]);
  });

  it("fails the source with a reason when the body is not XML", async () => {
    const url = feeds.script("/garbage.xml", [{ body: "\u0000\u0001 this is { not <xml" }]);
    const load = await loadFeed({ type: "feed", url }, { fetch: fast });
    expect(load.failure).toMatch(/^malformed feed XML/);
    expect(load.articles).toEqual([]);
  });

  it("fails the source when the XML is not a feed", async () => {
    const url = feeds.script("/page.xml", [{ body: "<html><body>Hello</body></html>" }]);
    const load = await loadFeed({ type: "feed", url }, { fetch: fast });
    expect(load.failure).toMatch(/malformed feed XML \(Feed not recognized/);
  });

  it("skips an item with no content, with a reason", async () => {
    feeds.rssItems.push({
      title: "Empty",
      link: "https://courier.invalid/empty",
      published: "2024-05-24",
      author: "X",
    });
    const load = await loadFeed({ type: "feed", url: feeds.rssUrl }, { fetch: fast });
    expect(load.articles).toHaveLength(2);
    expect(load.skipped).toEqual([
      { source: `feed:${feeds.rssUrl} item 3 (https://courier.invalid/empty)`, reason: "no content" },
    ]);
  });

  it("refuses a feed that redirects to another origin, and reports it", async () => {
    const other = await startFakeFeeds({ rssItems: sampleRssItems() });
    try {
      const url = feeds.script("/moved.xml", [{ status: 302, headers: { location: other.rssUrl } }]);
      const load = await loadFeed({ type: "feed", url }, { fetch: fast });
      expect(load.failure).toContain(`redirect to another origin refused: ${url} → ${other.rssUrl}`);
      expect(other.requests).toHaveLength(0);
      const allowed = await loadFeed(
        { type: "feed", url, allowRedirectOrigins: [other.url] },
        { fetch: fast },
      );
      expect(allowed.articles).toHaveLength(2);
    } finally {
      await other.close();
    }
  });
});
