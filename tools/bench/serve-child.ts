/**
 * One serving measurement in its own process, so its RSS is a serving replica's alone. Run by ladder.ts:
 * `node -r tsx/cjs tools/bench/serve-child.ts <indexDir> <articles> <queries> <recallQueries> <topical|iid>`.
 * Loads the live index (timed), records the RSS of the loaded process, times questions (retrieval + the
 * extractive answer; wall and CPU time) and retrieval alone, then measures two recall@10s:
 * - `hnswRecallAt10`: of the exact top-10 chunks by cosine (a brute-force scan over every stored vector), the
 *   share the HNSW graph returns at the configured ef: what the approximate index loses;
 * - `sourceHitAt10`: each question is built from one generated article (questionFor); the share of questions
 *   whose source article is among the articles of the top-10 passages of the default hybrid search: a
 *   planted known answer, end to end.
 * Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { answerQuestion } from "../../src/core/answer-question";
import { createExtractiveAnswerer } from "../../src/core/extractive-answerer";
import { LocalEmbeddings } from "../../src/embedders/local-embedder";
import { wordVectors } from "../../src/embedders/word-vectors";
import { HybridRetriever } from "../../src/index/search/hybrid-retriever";
import { loadSnapshot } from "../../src/index/store/index-snapshot";
import { silentLogger } from "../../src/logger";
import { SEED } from "./bench-steps";
import { exactTopK } from "./exact-top-k";
import {
  type CorpusKind,
  createRandom,
  createVocabulary,
  generateArticle,
  questionFor,
} from "./generate-corpus";
import { median, percentile } from "./stats";

function rssMb(field: "VmRSS" | "VmHWM"): number {
  try {
    const m = new RegExp(`${field}:\\s*(\\d+) kB`).exec(readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return field === "VmRSS" ? process.memoryUsage().rss / 2 ** 20 : process.resourceUsage().maxRSS / 1024;
}

/** The questions of a run: article `i` and a question built from one of its paragraphs. */
export function benchQuestions(articles: number, count: number, kind: CorpusKind) {
  const v = createVocabulary();
  const random = createRandom(99);
  return Array.from({ length: count }, () => {
    const i = Math.floor(random() * articles);
    const article = generateArticle(v, SEED, i, 0, kind);
    return { url: article.url, question: questionFor(article, random) };
  });
}

async function main(): Promise<void> {
  const [indexDir, articlesArg, queriesArg, recallArg, kindArg] = process.argv.slice(2) as [
    string,
    string,
    string,
    string,
    string,
  ];
  const questions = benchQuestions(Number(articlesArg), Number(queriesArg), kindArg as CorpusKind);
  const embeddings = new LocalEmbeddings();
  // The whole word-vector table, as the bot loads it at start (wire.ts).
  wordVectors();
  await embeddings.embedQuery("warm up the word table");
  const rssBeforeMb = rssMb("VmRSS");

  const t = performance.now();
  const loadCpu = process.cpuUsage();
  const snapshot = await loadSnapshot(indexDir);
  const loadSeconds = (performance.now() - t) / 1000;
  const loadUsed = process.cpuUsage(loadCpu);
  const retriever = new HybridRetriever(snapshot, embeddings);
  const answerer = createExtractiveAnswerer();
  const ask = (q: string) =>
    answerQuestion(q, { retriever, answerer, maxQuestionChars: 500, logger: silentLogger, mode: "hybrid" });
  for (const { question } of questions.slice(0, 30)) await ask(question);

  const askMs: number[] = [];
  const askCpuMs: number[] = [];
  const searchMs: number[] = [];
  let hits = 0;
  for (const { question, url } of questions) {
    let started = performance.now();
    const cpu = process.cpuUsage();
    await ask(question);
    askMs.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    askCpuMs.push((used.user + used.system) / 1000);
    started = performance.now();
    const passages = await retriever.search(question, { limit: 10 });
    searchMs.push(performance.now() - started);
    if (passages.some((p) => p.article.url === url)) hits++;
  }
  const servingRssMb = rssMb("VmRSS");
  const servingPeakRssMb = rssMb("VmHWM");

  // HNSW against the exact scan (the matrix is built after the serving RSS is read).
  const store = snapshot.store;
  const labels = [...store.refs.keys()];
  const dims = snapshot.manifest.embedder.dimensions;
  const matrix = new Float32Array(labels.length * dims);
  labels.forEach((label, i) => {
    matrix.set(store.getVector(label), i * dims);
  });
  let found = 0;
  const recallQueries = questions.slice(0, Number(recallArg));
  for (const { question } of recallQueries) {
    const q = await embeddings.embedQuery(question);
    const exact = new Set(exactTopK(matrix, dims, Float32Array.from(q), 10).map((r) => labels[r]));
    for (const { label } of store.searchLabels(q, 10)) if (exact.has(label)) found++;
  }
  process.stdout.write(
    `${JSON.stringify({
      chunks: store.size,
      loadSeconds,
      loadCpuSeconds: (loadUsed.user + loadUsed.system) / 1e6,
      rssBeforeLoadMb: rssBeforeMb,
      servingRssMb,
      servingPeakRssMb,
      query: { p50ms: median(askMs), p95ms: percentile(askMs, 95) },
      /** CPU time per question (the process's, µs resolution): what a question costs on an idle core. */
      queryCpu: { p50ms: median(askCpuMs), p95ms: percentile(askCpuMs, 95) },
      retrieval: { p50ms: median(searchMs), p95ms: percentile(searchMs, 95) },
      hnswRecallAt10: found / (recallQueries.length * 10),
      sourceHitAt10: hits / questions.length,
      ef: store.settings.efSearch,
    })}\n`,
  );
}

if (require.main === module)
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
