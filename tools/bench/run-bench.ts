/**
 * `npm run bench [-- --articles 1000[,10000] --queries 300 --out .bench/results.json --iid]`
 * (`npm run bench -- --ladder …`: the cost curve over sizes in chunks, with fits and a chart; ladder.ts)
 *
 * For each corpus size (articles of the seeded topical generator, ≈10 chunks each; default 1000 ≈ 10k
 * chunks, `--articles 1000,10000` for the full 10k + 100k-chunk run, ≈3 minutes here; `--iid` for the
 * previous i.i.d.-words generator): full ingest with a phase breakdown and peak RSS (each ingest in its
 * own child process, ingest-child.ts), index size, index load time, query latency (retrieval + extractive answer), a 1%
 * incremental re-ingest, HNSW recall@10 against exact search, and the baselines on the same vectors:
 * LangChain MemoryVectorStore, a plain exact scan over one Float32Array, minisearch BM25 alone.
 * Prints a markdown table and writes JSON. Latencies are medians/p95 over all timed calls after warm-up.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import { join } from "node:path";
import { readCorpus } from "../../src/articles/files/read-corpus";
import { loadConfig } from "../../src/config";
import { answerQuestion } from "../../src/core/answer-question";
import { createExtractiveAnswerer } from "../../src/core/extractive-answerer";
import type { EmbedderChoice } from "../../src/embedders/embedder-identity";
import { LOCAL_EMBEDDER } from "../../src/embedders/local-embedder";
import { wordVectors } from "../../src/embedders/word-vectors";
import { chunkText } from "../../src/index/build/chunk-text";
import { openRetriever } from "../../src/index/search/open-retriever";
import { readCurrentVersion, versionsDir } from "../../src/index/store/index-layout";
import { loadSnapshot } from "../../src/index/store/index-snapshot";
import { silentLogger } from "../../src/logger";
import { createEmbedder } from "../../src/wire";
import { runBaselines } from "./baselines";
import { dirBytes, ingestTimed, ROOT, SEED, writeCorpus } from "./bench-steps";
import {
  type CorpusKind,
  createRandom,
  createVocabulary,
  generateArticle,
  questionFor,
} from "./generate-corpus";
import { ladderMarkdown, ladderOptions, redrawLadder, runLadder } from "./ladder";
import { reductionsMarkdown, runReductions } from "./reductions";
import { median, percentile } from "./stats";

function parseArgs(argv: string[]) {
  const get = (flag: string, fallback: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
  };
  return {
    sizes: get("--articles", "1000").split(",").map(Number),
    queries: Number(get("--queries", "300")),
    out: get("--out", join(ROOT, ".bench", "results.json")),
    work: get("--work", join(ROOT, ".bench")),
    /** The previous generator: words i.i.d. from one vocabulary (near-random vectors). */
    kind: (argv.includes("--iid") ? "iid" : "topical") as CorpusKind,
  };
}

/** Index load times (median of 3) and the query timings, with every loaded index released on return. */
async function timeQueries(indexDir: string, embedder: EmbedderChoice, questions: string[]) {
  // The whole word-vector table, as the bot loads it at start (wire.ts): its word lookups read memory.
  wordVectors();
  const loadTimes: number[] = [];
  let retriever = await openRetriever(indexDir, embedder);
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    retriever = await openRetriever(indexDir, embedder);
    loadTimes.push(performance.now() - t);
  }
  const answerer = createExtractiveAnswerer();
  const ask = (q: string) =>
    answerQuestion(q, { retriever, answerer, maxQuestionChars: 500, logger: silentLogger, mode: "hybrid" });
  for (const q of questions.slice(0, 30)) await ask(q);
  const askMs: number[] = [];
  const searchMs: number[] = [];
  let answered = 0;
  for (const q of questions) {
    let t = performance.now();
    const r = await ask(q);
    askMs.push(performance.now() - t);
    if (r.ok && r.answer.status === "answered") answered++;
    t = performance.now();
    await retriever.search(q, { limit: 8 });
    searchMs.push(performance.now() - t);
  }
  // The same questions typed all in lower case: each word is looked up as the archive writes it
  // (archive-capitals.ts), the first time for each word, as a chat user's questions would be.
  const lowerMs: number[] = [];
  for (const q of questions) {
    const t = performance.now();
    await ask(q.toLowerCase());
    lowerMs.push(performance.now() - t);
  }
  // The same words asked as a count or as a post's holder ("How many … were reported?", "Who is the … chief?"):
  // these read the question's parts of speech (part-of-speech.ts) for the counted words and the post.
  const framedMs: number[] = [];
  const framed = questions.map(asFramed);
  // The tagger's model loads on first use (about 0.2 s, once per process): not a question's cost.
  for (const q of framed.slice(0, 2)) await ask(q);
  for (const q of framed) {
    const t = performance.now();
    await ask(q);
    framedMs.push(performance.now() - t);
  }
  return { loadTimes, askMs, searchMs, answered, lowerMs, framedMs };
}

/** "What did the report say about A B C D?" asked as "How many A B were reported near C D?" or "Who is the A B C D chief?". */
function asFramed(question: string, i: number): string {
  const words = question
    .replace(/^What did the report say about /, "")
    .replace(/\?$/, "")
    .split(" ");
  return i % 2 === 0
    ? `How many ${words.slice(0, 2).join(" ")} were reported near ${words.slice(2).join(" ")}?`
    : `Who is the ${words.join(" ")} chief?`;
}

async function benchSize(articles: number, args: ReturnType<typeof parseArgs>) {
  const corpusDir = join(args.work, `corpus-${articles}`);
  const indexDir = join(args.work, `index-${articles}`);
  await rm(corpusDir, { recursive: true, force: true });
  await rm(indexDir, { recursive: true, force: true });
  await writeCorpus(corpusDir, articles, args.kind);
  (globalThis as { gc?: () => void }).gc?.();

  const full = await ingestTimed(corpusDir, indexDir, true);
  const peakRssMb = full.peakRssMb;
  const chunks = full.summary.chunks;
  process.stderr.write(
    `  ${articles} articles → ${chunks} chunks, full ingest ${full.seconds.toFixed(1)} s\n`,
  );
  const chunkMs = await (async () => {
    const loaded = await readCorpus(corpusDir);
    const t = performance.now();
    for (const a of loaded.articles.slice(0, 500)) await chunkText(a.text);
    return ((performance.now() - t) / Math.min(500, loaded.articles.length)) * loaded.articles.length;
  })();
  const version = (await readCurrentVersion(indexDir)) as string;
  const indexBytes = await dirBytes(join(versionsDir(indexDir), version));

  const embedder = createEmbedder(loadConfig({}));
  const v = createVocabulary();
  const random = createRandom(99);
  const questions = Array.from({ length: args.queries }, () =>
    questionFor(generateArticle(v, SEED, Math.floor(random() * articles), 0, args.kind), random),
  );
  const { loadTimes, askMs, searchMs, answered, lowerMs, framedMs } = await timeQueries(
    indexDir,
    embedder,
    questions,
  );
  // The loaded indexes are released before the re-ingest child starts, so it runs beside an idle,
  // small parent (a parent holding four loaded indexes made the child's load phase twice as slow).
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();

  const changed = new Set(
    Array.from({ length: Math.max(1, Math.round(articles / 100)) }, (_, i) => i * 100 + 7),
  );
  await writeCorpus(corpusDir, articles, args.kind, changed);
  const incremental = await ingestTimed(corpusDir, indexDir, false);

  const snapshot = await loadSnapshot(indexDir);
  const hnsw = snapshot.manifest.hnsw;
  const baselines = await runBaselines({ snapshot, questions, embeddings: embedder.embeddings });
  return {
    articles,
    chunks,
    fullIngest: {
      seconds: full.seconds,
      chunksPerSecond: chunks / full.seconds,
      phases: full.phases,
      chunkingSecondsEstimate: chunkMs / 1000,
    },
    peakRssMb,
    indexMb: indexBytes / 1e6,
    loadSeconds: median(loadTimes) / 1000,
    query: {
      p50ms: median(askMs),
      p95ms: percentile(askMs, 95),
      retrievalP50ms: median(searchMs),
      retrievalP95ms: percentile(searchMs, 95),
      lowerCaseP50ms: median(lowerMs),
      lowerCaseP95ms: percentile(lowerMs, 95),
      framedP50ms: median(framedMs),
      framedP95ms: percentile(framedMs, 95),
      answeredShare: answered / questions.length,
    },
    incremental: {
      changedArticles: changed.size,
      seconds: incremental.seconds,
      shareOfFull: incremental.seconds / full.seconds,
      reembedded: incremental.summary.chunks - incremental.summary.reusedEmbeddings,
      phases: incremental.phases,
      peakRssMb: incremental.peakRssMb,
    },
    hnsw,
    baselines,
  };
}

type SizeResult = Awaited<ReturnType<typeof benchSize>>;

function markdown(results: SizeResult[]): string {
  const f = (n: number, d = 2) => n.toFixed(d);
  const rows: [string, (r: SizeResult) => string][] = [
    ["chunks", (r) => String(r.chunks)],
    [
      "full ingest s (chunks/s)",
      (r) => `${f(r.fullIngest.seconds, 1)} (${f(r.fullIngest.chunksPerSecond, 0)})`,
    ],
    [
      "… parse / chunk+diff / embed / index / save s",
      (r) => {
        const p = r.fullIngest.phases;
        return `${f(p.parse, 1)} / ${f(p.chunkAndOther, 1)} / ${f(p.embed, 1)} / ${f(p.index, 1)} / ${f(p.save, 1)}`;
      },
    ],
    ["peak RSS MB (ingest process)", (r) => f(r.peakRssMb, 0)],
    [
      "HNSW M / efConstruction / efSearch / shards",
      (r) => `${r.hnsw.m} / ${r.hnsw.efConstruction} / ${r.hnsw.efSearch} / ${r.hnsw.shards ?? 1}`,
    ],
    ["index on disk MB", (r) => f(r.indexMb, 1)],
    ["index load s (median of 3)", (r) => f(r.loadSeconds)],
    ["query p50 / p95 ms (retrieval + answer)", (r) => `${f(r.query.p50ms)} / ${f(r.query.p95ms)}`],
    ["retrieval only p50 / p95 ms", (r) => `${f(r.query.retrievalP50ms)} / ${f(r.query.retrievalP95ms)}`],
    [
      "query p50 / p95 ms, typed in lower case",
      (r) => `${f(r.query.lowerCaseP50ms)} / ${f(r.query.lowerCaseP95ms)}`,
    ],
    [
      "query p50 / p95 ms, asked as how many / who is",
      (r) => `${f(r.query.framedP50ms)} / ${f(r.query.framedP95ms)}`,
    ],
    [
      "1% re-ingest s (share of full)",
      (r) => `${f(r.incremental.seconds)} (${f(r.incremental.shareOfFull * 100, 1)}%)`,
    ],
    ["HNSW recall@10 at ef", (r) => `${f(r.baselines.hnswRecallAt10, 4)} (ef ${r.baselines.ef})`],
    [
      "HNSW recall@10 / p50 ms at ef 64, 128, 256, 512",
      (r) => r.baselines.efSweep.map((e) => `${f(e.recallAt10, 3)}/${f(e.p50ms)}`).join(", "),
    ],
    ["HNSW search p50 / p95 ms", (r) => `${f(r.baselines.hnswP50ms, 3)} / ${f(r.baselines.hnswP95ms, 3)}`],
    ["exact Float32Array scan p50 ms", (r) => f(r.baselines.exactP50ms)],
    [
      "MemoryVectorStore p50 / p95 ms",
      (r) => `${f(r.baselines.memoryStoreP50ms)} / ${f(r.baselines.memoryStoreP95ms)}`,
    ],
    ["own BM25 p50 / p95 ms", (r) => `${f(r.baselines.bm25P50ms, 3)} / ${f(r.baselines.bm25P95ms, 3)}`],
    [
      "minisearch BM25 p50 / p95 ms",
      (r) => `${f(r.baselines.minisearchP50ms)} / ${f(r.baselines.minisearchP95ms)}`,
    ],
    [
      "ratio: MemoryVectorStore p50 / our full query p50",
      (r) => `${f(r.baselines.memoryStoreP50ms / r.query.p50ms, 1)}×`,
    ],
    [
      "ratio: MemoryVectorStore p95 / our full query p95",
      (r) => `${f(r.baselines.memoryStoreP95ms / r.query.p95ms, 1)}×`,
    ],
    ["ratio: exact scan p50 / HNSW p50", (r) => `${f(r.baselines.exactP50ms / r.baselines.hnswP50ms, 1)}×`],
    [
      "ratio: MemoryVectorStore p50 / HNSW p50",
      (r) => `${f(r.baselines.memoryStoreP50ms / r.baselines.hnswP50ms, 0)}×`,
    ],
    [
      "ratio: minisearch p50 / own BM25 p50",
      (r) => `${f(r.baselines.minisearchP50ms / r.baselines.bm25P50ms, 1)}×`,
    ],
  ];
  const header = `| measure | ${results.map((r) => `${r.articles} articles`).join(" | ")} |`;
  return [
    header,
    `|---|${results.map(() => "---").join("|")}|`,
    ...rows.map(([n, g]) => `| ${n} | ${results.map(g).join(" | ")} |`),
  ].join("\n");
}

async function main(): Promise<void> {
  if (process.argv.includes("--ladder")) {
    const options = ladderOptions(process.argv.slice(2));
    const from = process.argv.indexOf("--from");
    const result =
      from >= 0
        ? await redrawLadder(process.argv[from + 1] as string, options)
        : await runLadder({ ...options, log: (line) => process.stderr.write(`${line}\n`) });
    process.stdout.write(`\n${ladderMarkdown(result)}\n\nJSON: ${options.out}\nSVG: ${options.svg}\n`);
    return;
  }
  if (process.argv.includes("--reductions")) {
    const argv = process.argv.slice(2);
    const get = (flag: string, fallback: string) => argv[argv.indexOf(flag) + 1] ?? fallback;
    const out = argv.includes("--out") ? get("--out", "") : join(ROOT, ".bench", "reductions.json");
    const result = await runReductions({
      index: argv.includes("--index") ? get("--index", "") : join(ROOT, ".bench", "ladder-index-100000"),
      queries: argv.includes("--queries") ? Number(get("--queries", "200")) : 200,
      out,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(`\n${reductionsMarkdown(result)}\n\nJSON: ${out}\n`);
    return;
  }
  const args = parseArgs(process.argv.slice(2));
  const results: SizeResult[] = [];
  for (const size of args.sizes) {
    process.stderr.write(`bench: ${size} articles …\n`);
    results.push(await benchSize(size, args));
    (globalThis as { gc?: () => void }).gc?.();
  }
  const machine = {
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    embedder: LOCAL_EMBEDDER,
    corpus: args.kind,
  };
  await mkdir(join(args.out, ".."), { recursive: true });
  await writeFile(
    args.out,
    JSON.stringify({ createdAt: new Date().toISOString(), machine, results }, null, 2),
  );
  process.stdout.write(`\n${markdown(results)}\n\nmachine: ${JSON.stringify(machine)}\nJSON: ${args.out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
