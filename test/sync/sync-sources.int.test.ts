/**
 * A sources config (folder + WordPress + RSS + Atom) → real index on disk → answers; then CMS edits,
 * unpublishing, failing sources and a removed source, each checked through archive.ask.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Config, loadConfig } from "../../src/config";
import type { LiveArchive } from "../../src/core/live-archive";
import { silentLogger } from "../../src/logger";
import { SYNC_STATE_FILE } from "../../src/sync/sync-state";
import { createArchive, type IngestRequest, runIngest } from "../../src/wire";
import { sampleAtomEntries, samplePosts, sampleRssItems } from "../articles/remote/sample-content";
import { type FakeFeeds, startFakeFeeds, toAtom } from "../fakes/fake-feeds";
import { type FakeWordPress, startFakeWordPress } from "../fakes/fake-wordpress";
import { expectQuotesVerbatim } from "../helpers/expect-verbatim";

let root: string;
let wp: FakeWordPress;
let feeds: FakeFeeds;
let config: Readonly<Config>;
let archive: LiveArchive;
let atomUrl: string;

const fetch = { retries: 1, backoffMs: 1, sleep: async () => {} };
const sync = (request: IngestRequest = {}) => runIngest(config, silentLogger, { fetch, ...request });

async function writeSources(options: { withAtom: boolean }) {
  const sources = [
    { type: "folder", path: "articles", publisher: "Quillfield Archive" },
    { type: "wordpress", url: wp.url, publisher: "Quillfield Post" },
    { type: "feed", url: feeds.rssUrl },
    ...(options.withAtom ? [{ type: "feed", url: atomUrl, publisher: "Lowmead Ledger" }] : []),
  ];
  await writeFile(join(root, "sources.json"), JSON.stringify({ sources }, null, 2));
}

/** Titles cited for `question`, with every quote checked verbatim against the index. */
async function cited(question: string): Promise<{ titles: string[]; quotes: string }> {
  const result = await archive.ask(question);
  if (!result.ok) throw new Error(`question rejected: ${result.problem.message}`);
  await expectQuotesVerbatim(archive, result.answer);
  return {
    titles: result.answer.citations.map((c) => c.title),
    quotes: result.answer.citations.map((c) => c.quote).join(" "),
  };
}

const TRAMS = "What livery will the Quillfield trams be repainted in?";
const TELESCOPES = "Can card holders borrow telescopes from the Quillfield library?";
const BEES = "How many hives did the Lowmead beekeepers count?";

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "newsroom-qa-sources-"));
  wp = await startFakeWordPress(samplePosts());
  feeds = await startFakeFeeds({ rssItems: sampleRssItems() });
  atomUrl = feeds.script("/ledger.xml", [{ body: toAtom("Lowmead Ledger", sampleAtomEntries()) }]);
  await mkdir(join(root, "articles"));
  await writeFile(
    join(root, "articles", "crane.md"),
    "---\ntitle: Harbour crane retired\npublished: 2024-02-02\n---\n\n" +
      "The last steam crane on the Quillfield harbour wall was retired on Friday after ninety-one years of service.\n",
  );
  await writeSources({ withAtom: true });
  config = loadConfig({
    CORPUS_DIR: join(root, "not-used"),
    INDEX_DIR: join(root, "index"),
    FEEDBACK_FILE: join(root, "feedback.jsonl"),
    SOURCES_FILE: join(root, "sources.json"),
  });
  archive = createArchive(config, silentLogger);
});

afterAll(async () => {
  await wp.close();
  await feeds.close();
  await rm(root, { recursive: true, force: true });
});

describe("syncing several sources into one index", () => {
  it("loads every source on the first sync, each article remembering its source", async () => {
    const summary = await sync();
    expect(summary).toMatchObject({ added: 12, updated: 0, removed: 0, articles: 12, failedSources: [] });
    expect(summary.skipped).toEqual([{ source: `wordpress:${wp.url} post 8`, reason: "no content" }]);
    expect(wp.postRequests().map((u) => u.searchParams.get("page"))).toEqual(["1", "2", "3"]);

    const trams = await cited(TRAMS);
    expect(trams.titles[0]).toBe("Quillfield tram depot repaints its fleet");
    expect(trams.quotes).toMatch(/teal livery/);
    expect((await cited(BEES)).titles[0]).toBe("Beekeepers count 312 hives");
    expect((await cited("Where did the bakery open?")).titles[0]).toBe(
      "Bakery opens in the old fire station",
    );
    const crane = await archive.ask("When was the harbour steam crane retired?");
    expect(crane.ok && crane.answer.citations[0]).toMatchObject({
      title: "Harbour crane retired",
      publisher: "Quillfield Archive",
    });

    const retriever = await archive.retriever();
    const sourceOf = async (query: string) =>
      (await retriever.search(query, { limit: 1 }))[0]?.article.source;
    expect(await sourceOf("steam crane harbour wall")).toBe("folder:articles/crane.md");
    expect(await sourceOf("tram depot livery")).toBe(`wordpress:${wp.url}`);
    expect(await sourceOf("bakery fire station rye")).toBe(`feed:${feeds.rssUrl}`);

    const state = JSON.parse(await readFile(join(root, "index", SYNC_STATE_FILE), "utf8"));
    expect(state).toEqual({
      indexVersion: summary.indexVersion,
      cursors: { [`wordpress:${wp.url}`]: `${wp.posts[7]?.modified}.000Z` },
    });
  });

  it("then asks WordPress only for posts modified since the last sync, and answers with the edit", async () => {
    const before = wp.postRequests().length;
    const cursor = `${wp.posts[7]?.modified}.000Z`;
    wp.edit(1, {
      content:
        "<p>The Quillfield tram depot will repaint all fourteen trams in a crimson livery before the spring timetable, the transit board said.</p>",
    });
    const summary = await sync();
    const requests = wp.postRequests().slice(before);
    // One request for the changes, then the list of published posts (ids only, three pages of three).
    expect(requests).toHaveLength(4);
    expect(requests[0]?.searchParams.get("modified_after")).toBe(cursor);
    expect(wp.served.at(-4)).toBe(1);
    expect(requests.slice(1).map((u) => u.searchParams.get("_fields"))).toEqual(
      Array(3).fill("id,guid,link,status"),
    );
    // The six posts not fetched are kept as they are (counted in `articles`, not in `unchanged`).
    expect(summary).toMatchObject({ added: 0, updated: 1, removed: 0, unchanged: 5, articles: 12 });

    const trams = await cited(TRAMS);
    expect(trams.titles[0]).toBe("Quillfield tram depot repaints its fleet");
    expect(trams.quotes).toMatch(/crimson livery/);
    expect(trams.quotes).not.toMatch(/teal/);
  });

  it("drops an unpublished post at the next incremental sync, and it stays gone on --full", async () => {
    wp.unpublish(3);
    const incremental = await sync();
    expect(incremental).toMatchObject({ removed: 1, articles: 11 });
    expect((await cited(TELESCOPES)).titles).not.toContain("Library lends telescopes");

    const before = wp.postRequests().length;
    const full = await sync({ full: true });
    const requests = wp.postRequests().slice(before);
    expect(requests.map((u) => u.searchParams.get("modified_after"))).toEqual([null, null, null]);
    expect(full.articles).toBe(11);
    expect((await cited(TELESCOPES)).titles).not.toContain("Library lends telescopes");
    // Feed items are never removed by --full: a feed only lists its latest items.
    expect((await cited(BEES)).titles[0]).toBe("Beekeepers count 312 hives");
  });

  it("keeps the articles of failing sources and reports them, on an update and on --full", async () => {
    wp.mode = "down";
    feeds.script("/ledger.xml", [{ body: "<feed><entry>broken" }]);
    for (const full of [false, true]) {
      const summary = await sync({ full });
      expect(summary.failedSources).toEqual([
        {
          source: `wordpress:${wp.url}`,
          reason: expect.stringMatching(/HTTP 503 Service Unavailable after 2 attempts/),
        },
        { source: `feed:${atomUrl}`, reason: expect.stringMatching(/^malformed feed XML/) },
      ]);
      expect(summary.skipped).toContainEqual({
        source: `wordpress:${wp.url}`,
        reason: expect.stringMatching(/^source failed, its articles already in the index are kept: /),
      });
      expect(summary).toMatchObject({ removed: 0, articles: 11 });
      expect((await cited(TRAMS)).quotes).toMatch(/crimson livery/);
      expect((await cited(BEES)).titles[0]).toBe("Beekeepers count 312 hives");
    }
  });

  it("removes the articles of a source taken out of the config", async () => {
    wp.mode = "ok";
    await writeSources({ withAtom: false });
    const summary = await sync();
    expect(summary).toMatchObject({ removed: 2, articles: 9, failedSources: [] });
    expect((await cited(BEES)).titles).not.toContain("Beekeepers count 312 hives");
    expect((await cited(TRAMS)).titles[0]).toBe("Quillfield tram depot repaints its fleet");
  });

  it("fetches every post again after an ingest that did not come from the sources config", async () => {
    await runIngest({ ...config, sourcesFile: undefined, corpusDir: join(root, "articles") }, silentLogger);
    const before = wp.postRequests().length;
    const summary = await sync();
    const requests = wp.postRequests().slice(before);
    expect(requests.map((u) => u.searchParams.has("modified_after"))).toEqual([false, false, false]);
    expect(summary).toMatchObject({ articles: 9, failedSources: [] });
    expect((await cited(TRAMS)).quotes).toMatch(/crimson livery/);
  });
});
