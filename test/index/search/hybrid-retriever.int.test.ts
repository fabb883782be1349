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
    for (const p of passages) expect(p.relevance).toBeLessThanOrEqual(passages[0]!.relevance);
  });

  it("searches the vectors only when BM25 finds no word of the question", async () => {
    let embedded = 0;
    class CountingEmbeddings extends LocalEmbeddings {
      override async embedQuery(text: string): Promise<number[]> {
        embedded++;
        return super.embedQuery(text);
      }
    }
    const retriever = new HybridRetriever(await loadSnapshot(t.indexDir), new CountingEmbeddings());
    await retriever.search(QUESTION, { limit: 8 });
    expect(embedded).toBe(0);
    const passages = await retriever.search("qzxv wkpf", { limit: 8 });
    expect(embedded).toBe(1);
    expect(passages.length).toBeGreaterThan(0);
  });

  it("tells how the archive writes a word mid-sentence: capitalised, or null for lower case and unseen words", async () => {
    const retriever = new HybridRetriever(await loadSnapshot(t.indexDir), new LocalEmbeddings());
    expect(retriever.writtenForm("quill")).toBe("Quill");
    expect(retriever.writtenForm("millbrook")).toBe("Millbrook");
    expect(retriever.writtenForm("bridge")).toBeNull();
    expect(retriever.writtenForm("qzxv")).toBeNull();
  });

  it("answers from BM25 alone when the question cannot be embedded, and says so when it had to embed", async () => {
    const failures: unknown[] = [];
    const retriever = new HybridRetriever(
      await loadSnapshot(t.indexDir),
      new UnreachableEmbeddings(),
      (error) => failures.push(error),
    );
    const passages = await retriever.search(QUESTION, { limit: 8 });
    expect(passages[0]?.article.title).toBe("Millbrook bridge to close for six weeks of repairs");
    // BM25 found the story: the vectors were not needed.
    expect(failures).toHaveLength(0);
    // Nothing for BM25: the vector side is tried, fails, and says so; the search returns nothing.
    expect(await retriever.search("qzxv wkpf", { limit: 8 })).toEqual([]);
    expect(failures).toHaveLength(1);
    await expect(retriever.search(QUESTION, { limit: 8, mode: "vector" })).rejects.toThrow(/503/);
  });

  it("finds the article at a pasted link, however the link was written, and keeps only linked articles", async () => {
    const retriever = new HybridRetriever(await loadSnapshot(t.indexDir), new LocalEmbeddings());
    const bridge = retriever.linkedArticle("https://gazette.example/2024/03/millbrook-bridge-repairs");
    expect(bridge).not.toBeNull();
    for (const pasted of [
      "http://gazette.example/2024/03/millbrook-bridge-repairs/",
      "https://www.gazette.example/2024/03/millbrook-bridge-repairs?utm_source=slack#top",
      "HTTPS://Gazette.Example/2024/03/millbrook-bridge-repairs",
    ])
      expect(retriever.linkedArticle(pasted)).toBe(bridge);
    expect(retriever.linkedArticle("https://gazette.example/2024/03/another-story")).toBeNull();
    const ferry = retriever.linkedArticle("https://wire.example/2024/ferry-strike") as string;
    // The bridge question, kept to the ferry story: only the ferry story's passages.
    const kept = await retriever.search(QUESTION, { limit: 8, filters: { articles: [ferry] } });
    expect(kept.length).toBeGreaterThan(0);
    expect(new Set(kept.map((p) => p.article.id))).toEqual(new Set([ferry]));
  });
});
