/**
 * `npm run bench -- --reductions --index .bench/ladder-index-100000 [--queries 200] [--out .bench/reductions.json]`
 *
 * Memory per chunk against what it costs, on one built index (the ladder's): the vectors as stored today
 * (float32 in hnswlib), float16 and int8 flat stores, fewer dimensions (the hashed part folded), and no vectors
 * at all (BM25 only). For each vector store: bytes per vector, recall@10 against the exact float32 top 10,
 * the planted source article among the top-10 chunks' articles, and the search time per query (wall and CPU).
 * Then the whole retriever in its default hybrid mode against BM25 alone (source article in the top-10
 * passages; CPU per search), and the index files split into vector graph and the rest.
 */
import { writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { LocalEmbeddings } from "../../src/embedders/local-embedder";
import { HybridRetriever } from "../../src/index/search/hybrid-retriever";
import { loadSnapshot } from "../../src/index/store/index-snapshot";
import { benchQuestions } from "./serve-child";
import { median, percentile } from "./stats";
import { type FlatStore, float16Store, float32Store, foldedStore, int8Store } from "./vector-codecs";

interface Timed<T> {
  value: T;
  ms: number;
  cpuMs: number;
}

async function timed<T>(fn: () => T | Promise<T>): Promise<Timed<T>> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await fn();
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

const stat = (xs: number[]) => ({ p50: median(xs), p95: percentile(xs, 95) });

export interface ReductionRow {
  variant: string;
  bytesPerChunk: number;
  recallAt10: number | null;
  sourceHitAt10: number;
  ms: { p50: number; p95: number };
  cpuMs: { p50: number; p95: number };
}

export async function runReductions(options: {
  index: string;
  queries: number;
  out: string;
  log?: (s: string) => void;
}) {
  const loadStart = loadavg();
  const snapshot = await loadSnapshot(options.index);
  const store = snapshot.store;
  const labels = [...store.refs.keys()];
  const dims = snapshot.manifest.embedder.dimensions;
  const matrix = new Float32Array(labels.length * dims);
  labels.forEach((label, i) => {
    matrix.set(store.getVector(label), i * dims);
  });
  const urlOfRow = labels.map((label) => {
    const ref = store.refs.get(label);
    return ref ? snapshot.articles.get(ref.articleId)?.meta.url : undefined;
  });
  const embeddings = new LocalEmbeddings();
  const questions = benchQuestions(snapshot.articles.size, options.queries, "topical");
  const queryVectors = await Promise.all(
    questions.map(async (q) => Float32Array.from(await embeddings.embedQuery(q.question))),
  );

  const exact = float32Store("float32 exact scan", matrix, dims);
  const truth = queryVectors.map((q) => new Set(exact.search(q, 10)));
  const hit = (rows: number[], url: string) => rows.some((r) => urlOfRow[r] === url);
  const rows: ReductionRow[] = [];

  // Today: float32 vectors in the hnswlib graph; its per-element memory is the vector, the level-0 links
  // (2·M neighbours + a count, 4 bytes each) and the label (hnswlib's layout; upper levels add ~1/M of that).
  const rowOf = new Map(labels.map((label, i) => [label, i]));
  const graphBytes = dims * 4 + (2 * store.settings.m + 1) * 4 + 8;
  {
    const found: number[] = [];
    const ms: number[] = [];
    const cpuMs: number[] = [];
    let hits = 0;
    for (const [i, q] of queryVectors.entries()) {
      const t = await timed(() => store.searchLabels(Array.from(q), 10));
      ms.push(t.ms);
      cpuMs.push(t.cpuMs);
      const got = t.value.map((h) => rowOf.get(h.label) as number);
      found.push(got.filter((r) => truth[i]?.has(r)).length);
      if (hit(got, questions[i]?.url as string)) hits++;
    }
    rows.push({
      variant: `float32 HNSW (today: M ${store.settings.m}, ef ${store.settings.efSearch})`,
      bytesPerChunk: graphBytes,
      recallAt10: found.reduce((s, x) => s + x, 0) / (queryVectors.length * 10),
      sourceHitAt10: hits / questions.length,
      ms: stat(ms),
      cpuMs: stat(cpuMs),
    });
  }
  const flat: (() => FlatStore)[] = [
    () => exact,
    () => float16Store(matrix, dims),
    () => int8Store(matrix, dims),
    () => foldedStore(matrix, dims, 256),
    () => foldedStore(matrix, dims, 128),
    () => foldedStore(matrix, dims, 0),
  ];
  for (const make of flat) {
    const s = make();
    options.log?.(`reductions: ${s.name} …`);
    const found: number[] = [];
    const ms: number[] = [];
    const cpuMs: number[] = [];
    let hits = 0;
    for (const [i, q] of queryVectors.entries()) {
      const projected = s.project(q);
      const t = await timed(() => s.search(projected, 10));
      ms.push(t.ms);
      cpuMs.push(t.cpuMs);
      found.push(t.value.filter((r) => truth[i]?.has(r)).length);
      if (hit(t.value, questions[i]?.url as string)) hits++;
    }
    rows.push({
      variant: s.name,
      bytesPerChunk: s.bytesPerVector,
      recallAt10: found.reduce((sum, x) => sum + x, 0) / (queryVectors.length * 10),
      sourceHitAt10: hits / questions.length,
      ms: stat(ms),
      cpuMs: stat(cpuMs),
    });
  }

  // The whole retriever: default hybrid (article-led) against BM25 alone and vectors alone.
  const retriever = new HybridRetriever(snapshot, embeddings);
  const modes: { mode: "hybrid" | "bm25" | "vector"; hits: number; ms: number[]; cpuMs: number[] }[] = [
    { mode: "hybrid", hits: 0, ms: [], cpuMs: [] },
    { mode: "bm25", hits: 0, ms: [], cpuMs: [] },
    { mode: "vector", hits: 0, ms: [], cpuMs: [] },
  ];
  let vectorConsulted = 0;
  for (const m of modes)
    for (const { question, url } of questions) {
      const t = await timed(() => retriever.search(question, { limit: 10, mode: m.mode }));
      m.ms.push(t.ms);
      m.cpuMs.push(t.cpuMs);
      if (t.value.some((p) => p.article.url === url)) m.hits++;
    }
  // How often the default hybrid search asks the vector side at all (only when BM25 finds nothing).
  for (const { question } of questions) if (snapshot.bm25.query(question, 1).length === 0) vectorConsulted++;

  const files = Object.entries(snapshot.manifest.files);
  const graphFileBytes = files
    .filter(([name]) => name.startsWith("hnswlib"))
    .reduce((s, [, f]) => s + f.bytes, 0);
  const otherBytes = files
    .filter(([name]) => !name.startsWith("hnswlib"))
    .reduce((s, [, f]) => s + f.bytes, 0);
  const chunks = labels.length;
  const result = {
    createdAt: new Date().toISOString(),
    index: options.index,
    chunks,
    articles: snapshot.articles.size,
    queries: questions.length,
    machine: { cpus: cpus().length, loadavg: { start: loadStart, end: loadavg() } },
    vectorStores: rows,
    retriever: modes.map((m) => ({
      mode: m.mode,
      sourceHitAt10: m.hits / questions.length,
      ms: stat(m.ms),
      cpuMs: stat(m.cpuMs),
    })),
    hybridAskedVectorsShare: vectorConsulted / questions.length,
    indexFiles: {
      graphBytesPerChunk: graphFileBytes / chunks,
      otherBytesPerChunk: otherBytes / chunks,
      byFile: Object.fromEntries(files.map(([name, f]) => [name, f.bytes])),
    },
  };
  await writeFile(options.out, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

export function reductionsMarkdown(r: Awaited<ReturnType<typeof runReductions>>): string {
  const f = (x: number, d = 2) => x.toFixed(d);
  return [
    `${r.chunks} chunks, ${r.queries} planted questions; recall@10 against the exact float32 top 10.`,
    "",
    "| vector store | bytes per chunk (vectors) | recall@10 | source in top 10 (vector ranking) | search p50 / p95 ms wall | CPU ms p50 / p95 |",
    "|---|---|---|---|---|---|",
    ...r.vectorStores.map(
      (s) =>
        `| ${s.variant} | ${s.bytesPerChunk} | ${s.recallAt10 === null ? "—" : f(s.recallAt10, 4)} | ${f(s.sourceHitAt10, 3)} | ${f(s.ms.p50)} / ${f(s.ms.p95)} | ${f(s.cpuMs.p50)} / ${f(s.cpuMs.p95)} |`,
    ),
    "",
    "| retriever mode | source in top 10 | search p50 / p95 ms wall | CPU ms p50 / p95 |",
    "|---|---|---|---|",
    ...r.retriever.map(
      (m) =>
        `| ${m.mode} | ${f(m.sourceHitAt10, 3)} | ${f(m.ms.p50)} / ${f(m.ms.p95)} | ${f(m.cpuMs.p50)} / ${f(m.cpuMs.p95)} |`,
    ),
    "",
    `Hybrid asked the vector side for ${f(r.hybridAskedVectorsShare * 100, 1)} % of the questions. Index files per chunk: vector graph ${f(r.indexFiles.graphBytesPerChunk, 0)} B, everything else ${f(r.indexFiles.otherBytesPerChunk, 0)} B.`,
  ].join("\n");
}
