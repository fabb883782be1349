/**
 * Baselines on the very vectors and chunk texts of an ingested index: hnswlib at the configured ef against
 * an exact scan over one Float32Array (recall@10 and latency), LangChain's MemoryVectorStore, and minisearch
 * BM25 next to the project's own BM25 index.
 */
import { MemoryVectorStore } from "@langchain/classic/vectorstores/memory";
import { Document } from "@langchain/core/documents";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import MiniSearch from "minisearch";
import type { IndexSnapshot } from "../../src/index/store/index-snapshot";
import { contentTerms, terms } from "../../src/text/tokenize";
import { exactTopK } from "./exact-top-k";
import { median, percentile, timeEach } from "./stats";

export async function runBaselines(options: {
  snapshot: IndexSnapshot;
  questions: string[];
  embeddings: EmbeddingsInterface;
}) {
  const { snapshot, questions } = options;
  const store = snapshot.store;
  const labels = [...store.refs.keys()];
  const dims = snapshot.manifest.embedder.dimensions;
  const matrix = new Float32Array(labels.length * dims);
  const vectors: number[][] = labels.map((label, i) => {
    const point = store.getVector(label);
    matrix.set(point, i * dims);
    return point;
  });
  const queryVectors = await Promise.all(questions.map((q) => options.embeddings.embedQuery(q)));
  const queryF32 = queryVectors.map((q) => Float32Array.from(q));

  // HNSW recall@10 against the exact scan, at the configured ef.
  let hits = 0;
  const recallQueries = queryVectors.slice(0, 200);
  recallQueries.forEach((q, i) => {
    const exact = new Set(exactTopK(matrix, dims, queryF32[i] as Float32Array, 10).map((r) => labels[r]));
    for (const { label } of store.searchLabels(q, 10)) if (exact.has(label)) hits++;
  });
  const hnswMs = await timeEach(queryVectors, (q) => store.searchLabels(q, 10));
  // Recall and latency at other ef values, to show where the configured one sits.
  const efSweep: { ef: number; recallAt10: number; p50ms: number }[] = [];
  for (const ef of [64, 128, 256, 512]) {
    store.setEf(ef);
    let found = 0;
    recallQueries.forEach((q, i) => {
      const exact = new Set(exactTopK(matrix, dims, queryF32[i] as Float32Array, 10).map((r) => labels[r]));
      for (const { label } of store.searchLabels(q, 10)) if (exact.has(label)) found++;
    });
    const ms = await timeEach(recallQueries, (q) => store.searchLabels(q, 10));
    efSweep.push({ ef, recallAt10: found / (recallQueries.length * 10), p50ms: median(ms) });
  }
  store.setEf(store.settings.efSearch);
  const exactMs = await timeEach(queryF32.slice(0, 100), (q) => exactTopK(matrix, dims, q, 10));

  // LangChain MemoryVectorStore on the same vectors (it keeps number[] per vector and sorts all scores).
  const memory = new MemoryVectorStore(options.embeddings);
  await memory.addVectors(
    vectors,
    labels.map((label) => new Document({ pageContent: "", metadata: { label } })),
  );
  const memoryMs = await timeEach(
    queryVectors.slice(0, 60),
    (q) => memory.similaritySearchVectorWithScore(q, 10),
    5,
  );
  memory.memoryVectors = [];

  // BM25: the project's index vs minisearch over the same chunk texts and terms.
  const bm25Ms = await timeEach(questions, (q) => snapshot.bm25.query(q, 60));
  const mini = new MiniSearch<{ id: number; text: string }>({
    fields: ["text"],
    storeFields: [],
    tokenize: terms,
    processTerm: (t) => t,
    searchOptions: { combineWith: "OR", bm25: { k: 1.2, b: 0.7, d: 0.5 } },
  });
  const built = performance.now();
  for (const label of labels) {
    const ref = store.refs.get(label);
    const text = ref ? (snapshot.articles.get(ref.articleId)?.text.slice(ref.start, ref.end) ?? "") : "";
    mini.add({ id: label, text });
  }
  const minisearchBuildSeconds = (performance.now() - built) / 1000;
  // Same query terms as the own index (content words only), so both do the same work.
  const contentQueries = questions.map((q) => contentTerms(q).join(" "));
  const miniMs = await timeEach(contentQueries, (q) => mini.search(q).slice(0, 60));

  return {
    ef: store.settings.efSearch,
    efSweep,
    hnswRecallAt10: hits / (recallQueries.length * 10),
    hnswP50ms: median(hnswMs),
    hnswP95ms: percentile(hnswMs, 95),
    exactP50ms: median(exactMs),
    exactP95ms: percentile(exactMs, 95),
    memoryStoreP50ms: median(memoryMs),
    memoryStoreP95ms: percentile(memoryMs, 95),
    bm25P50ms: median(bm25Ms),
    bm25P95ms: percentile(bm25Ms, 95),
    minisearchP50ms: median(miniMs),
    minisearchP95ms: percentile(miniMs, 95),
    minisearchBuildSeconds,
  };
}
