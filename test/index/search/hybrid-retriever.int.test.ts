/** The hybrid retriever over a real index: fusion, per-article diversity, filters, and BM25 when embedding fails. */

import { LocalEmbeddings } from "../../../src/embedders/local-embedder";
import { HybridRetriever } from "../../../src/index/search/hybrid-retriever";
import { loadSnapshot } from "../../../src/index/store/index-snapshot";
import { createTestArchive, type TestArchive } from "../../helpers/test-archive";

class UnreachableEmbeddings extends LocalEmbeddings {
  override async embedQuery(): Promise<number[]> {
    throw new Error("503 embeddings service unavailable");
  }
}

let t: TestArchive;
beforeAll(async () => {
  t = await createTestArchive();
});
afterAll(() => t.cleanup());

const QUESTION = "How long will the Millbrook footbridge close for repairs?";

describe("HybridRetriever", () => {
  it("ranks the matching article first, at most two passages an article", async () => {
    const retriever = new HybridRetriever(await loadSnapshot(t.indexDir), new LocalEmbeddings());
    const passages = await retriever.search(QUESTION, { limit: 8 });
    expect(passages[0]?.article.title).toBe("Millbrook bridge to close for six weeks of repairs");
    const perArticle = new Map<string, number>();
    for (const p of passages) perArticle.set(p.article.id, (perArticle.get(p.article.id) ?? 0) + 1);
    expect(Math.max(...perArticle.values())).toBeLessThanOrEqual(2);
    expect(passages[0]!.relevance).toBeGreaterThan(passages.at(-1)!.relevance);
  });

  it("answers from BM25 alone when the question cannot be embedded, and says so", async () => {
    const failures: unknown[] = [];
    const retriever = new HybridRetriever(
      await loadSnapshot(t.indexDir),
      new UnreachableEmbeddings(),
      (error) => failures.push(error),
    );
    const passages = await retriever.search(QUESTION, { limit: 8 });
    expect(passages[0]?.article.title).toBe("Millbrook bridge to close for six weeks of repairs");
    expect(failures).toHaveLength(1);
    await expect(retriever.search(QUESTION, { limit: 8, mode: "vector" })).rejects.toThrow(/503/);
  });
});
