/** `keep`: articles a partial or failed load did not return stay in the index, on an update and on a rebuild. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LoadedArticle } from "../../src/articles/article";
import { LOCAL_EMBEDDER, LocalEmbeddings } from "../../src/embedders/local-embedder";
import { ingestArticles } from "../../src/index/build/ingest-articles";
import { readLiveArticles } from "../../src/index/store/index-snapshot";
import { silentLogger } from "../../src/logger";

function article(id: string, source: string, text: string): LoadedArticle {
  return {
    meta: {
      id,
      title: id,
      titleDerived: false,
      url: null,
      published: "2024-01-01",
      publisher: null,
      byline: null,
      section: null,
      language: null,
      source,
    },
    text,
    hash: `${id}:${text.length}`,
  };
}

const A = article("a", "feed:one", "The harbour ferry timetable changes in March, the operator said.");
const B = article("b", "feed:two", "The orchard growers expect a smaller apple harvest after the frost.");

let indexDir: string;
beforeEach(async () => {
  indexDir = join(await mkdtemp(join(tmpdir(), "nqa-keep-")), "index");
});
afterEach(() => rm(join(indexDir, ".."), { recursive: true, force: true }));

const ingest = (
  articles: LoadedArticle[],
  extra: { full?: boolean; keep?: (a: { meta: { source: string } }) => boolean },
) =>
  ingestArticles({
    indexDir,
    load: async () => ({ articles, skipped: [] }),
    embeddings: new LocalEmbeddings(),
    embedder: LOCAL_EMBEDDER,
    logger: silentLogger,
    ...extra,
  });

describe("ingestArticles keep", () => {
  it("removes what the load did not return, unless kept", async () => {
    await ingest([A, B], {});
    await ingest([A], { keep: (a) => a.meta.source === "feed:two" });
    expect((await readLiveArticles(indexDir)).map((a) => a.meta.id).sort()).toEqual(["a", "b"]);
    await ingest([A], {});
    expect((await readLiveArticles(indexDir)).map((a) => a.meta.id)).toEqual(["a"]);
  });

  it("carries kept articles over a full rebuild, re-embedding them from their text", async () => {
    await ingest([A, B], {});
    const summary = await ingest([A], { full: true, keep: (a) => a.meta.source === "feed:two" });
    expect(summary.articles).toBe(2);
    expect(summary.reusedEmbeddings).toBe(0);
    expect((await readLiveArticles(indexDir)).map((a) => a.meta.id).sort()).toEqual(["a", "b"]);
  });
});
