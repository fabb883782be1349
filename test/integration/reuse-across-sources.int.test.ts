/**
 * Adding a feed to a folder ingest renames every folder article (its source becomes `folder:<path>/…`);
 * their chunks' vectors are reused by chunk text, not embedded again.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sourceFromUrl } from "../../src/articles/source-spec";
import { type Config, loadConfig } from "../../src/config";
import { HnswVectorStore } from "../../src/index/search/hnsw-vector-store";
import { loadSnapshot } from "../../src/index/store/index-snapshot";
import { silentLogger } from "../../src/logger";
import { createEmbedder, runIngest } from "../../src/wire";
import { sampleRssItems } from "../articles/remote/sample-content";
import { type FakeFeeds, startFakeFeeds } from "../fakes/fake-feeds";

let root: string;
let feeds: FakeFeeds;
let config: Readonly<Config>;

const STORIES = [
  [
    "crane",
    "Harbour crane retired",
    "The last steam crane on the Quillfield harbour wall was retired on Friday.",
  ],
  [
    "ferry",
    "Ferry timetable",
    "The Osterby ferry will leave the north pier twenty minutes earlier from May.",
  ],
  ["bees", "Beekeepers count hives", "The Lowmead beekeepers counted 312 hives this spring, up from 280."],
];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "reuse-across-sources-"));
  feeds = await startFakeFeeds({ rssItems: sampleRssItems() });
  await mkdir(join(root, "corpus"));
  for (const [name, title, text] of STORIES)
    await writeFile(join(root, "corpus", `${name}.md`), `---\ntitle: ${title}\n---\n\n${text}\n`);
  config = loadConfig({
    CORPUS_DIR: join(root, "corpus"),
    INDEX_DIR: join(root, "index"),
    FEEDBACK_FILE: join(root, "feedback.jsonl"),
  });
});
afterAll(async () => {
  await feeds.close();
  await rm(root, { recursive: true, force: true });
});

describe("embeddings across source sets", () => {
  it("reuses the folder's vectors when a feed joins the ingest, and again when it leaves", async () => {
    const fetch = { retries: 0, backoffMs: 1, sleep: async () => {} };
    const folderOnly = await runIngest(config, silentLogger);
    expect(folderOnly).toMatchObject({ articles: 3, reusedEmbeddings: 0 });
    const folderChunks = folderOnly.chunks;

    const withFeed = await runIngest(config, silentLogger, {
      corpusDir: config.corpusDir,
      sources: [sourceFromUrl("feed", feeds.rssUrl)],
      fetch,
    });
    expect(withFeed.articles).toBeGreaterThan(3);
    expect(withFeed.reusedEmbeddings).toBe(folderChunks);

    const snapshot = await loadSnapshot(config.indexDir);
    const crane = [...snapshot.articles.values()].find((a) => a.meta.title === "Harbour crane retired");
    expect(crane?.meta.source).toMatch(/^folder:.*crane\.md$/);
    // The reused vector sits under the renamed article's label: its own text finds it first.
    const [query] = await createEmbedder(config).embeddings.embedDocuments([crane?.text as string]);
    const [top] = await HnswVectorStore.fromSnapshot(
      snapshot,
      createEmbedder(config).embeddings,
    ).similaritySearchVectorWithScore(query as number[], 1);
    expect(top?.[0].metadata.articleId).toBe(crane?.meta.id);
    await snapshot.store.close();

    const back = await runIngest(config, silentLogger);
    expect(back).toMatchObject({ articles: 3, chunks: folderChunks, reusedEmbeddings: folderChunks });
  });
});
