/**
 * `npm run bench -- --ladder [--sizes 10000,100000,1000000] [--runs 3] [--queries 300] [--recall-queries 100]
 *  [--svg docs/scaling-ladder.svg] [--out .bench/ladder.json]` (`--from saved.json`: fit and draw a saved run again)
 *
 * The cost curve: at each size (in chunks; the topical generator makes ≈9.9 chunks an article) a full ingest
 * in its own process (time, peak RSS), the index's bytes on disk, then a serving process (serve-child.ts)
 * that loads the index (load time, RSS once loaded and after the questions), times questions (retrieval +
 * extractive answer, p50/p95) and measures recall@10 two ways (HNSW vs exact, and the planted source
 * article in the hybrid top 10). Medians over `--runs` runs per size. Each measure is fitted (fit.ts), the
 * size where a 24 GB machine ends is solved from the memory fits, and the chart is written (svg-chart.ts).
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { readCurrentVersion, versionsDir } from "../../src/index/store/index-layout";
import { dirBytes, ingestTimed, ROOT, runChild, writeCorpus } from "./bench-steps";
import { describeFit, type Fit, type FitModel, fitCurve, predict, solveFor } from "./fit";
import type { CorpusKind } from "./generate-corpus";
import { type Chart, ladderSvg, type Panel } from "./svg-chart";

/** Chunks the topical generator makes per article (98,929 chunks from 10,000 articles). */
const CHUNKS_PER_ARTICLE = 9.9;
/** The machine the question is about, and what its OS and other processes keep. */
export const MACHINE_MB = 24 * 1024;
const RESERVED_MB = 2 * 1024;

export interface LadderOptions {
  sizes: number[];
  /** Runs per size (the last one repeats for the sizes after it). */
  runs: number[];
  queries: number;
  recallQueries: number;
  kind: CorpusKind;
  work: string;
  out: string;
  svg: string;
  /** Told of progress (stderr in the CLI). */
  log?: (line: string) => void;
}

export interface ServeRun {
  chunks: number;
  loadSeconds: number;
  loadCpuSeconds: number;
  rssBeforeLoadMb: number;
  servingRssMb: number;
  servingPeakRssMb: number;
  query: { p50ms: number; p95ms: number };
  queryCpu: { p50ms: number; p95ms: number };
  retrieval: { p50ms: number; p95ms: number };
  hnswRecallAt10: number;
  sourceHitAt10: number;
  ef: number;
}

/** The measures of one size, each the median over its runs. */
export interface Rung {
  size: number;
  articles: number;
  chunks: number;
  runs: number;
  ingestSeconds: number;
  ingestCpuSeconds: number;
  ingestPeakRssMb: number;
  indexMb: number;
  loadSeconds: number;
  loadCpuSeconds: number;
  servingRssMb: number;
  queryP50ms: number;
  queryP95ms: number;
  queryCpuP50ms: number;
  queryCpuP95ms: number;
  retrievalP50ms: number;
  retrievalP95ms: number;
  hnswRecallAt10: number;
  sourceHitAt10: number;
  /** Every run's raw figures, with the load average before it. */
  raw: {
    loadavg: number[];
    ingestSeconds: number;
    ingestCpuSeconds: number;
    ingestPeakRssMb: number;
    indexMb: number;
    serve: ServeRun;
  }[];
}

export const MEASURES: { key: keyof Rung & string; label: string; model: FitModel }[] = [
  { key: "ingestSeconds", label: "full ingest s (wall)", model: "power" },
  { key: "ingestCpuSeconds", label: "full ingest CPU s", model: "power" },
  { key: "ingestPeakRssMb", label: "ingest peak RSS MB", model: "linear" },
  { key: "servingRssMb", label: "serving RSS MB (index loaded, after questions)", model: "linear" },
  { key: "indexMb", label: "index on disk MB", model: "linear" },
  { key: "loadSeconds", label: "index load s (wall)", model: "power" },
  { key: "loadCpuSeconds", label: "index load CPU s", model: "power" },
  { key: "queryP50ms", label: "query p50 ms (retrieval + answer)", model: "power" },
  { key: "queryP95ms", label: "query p95 ms (retrieval + answer)", model: "power" },
  { key: "queryCpuP50ms", label: "query CPU p50 ms", model: "power" },
  { key: "queryCpuP95ms", label: "query CPU p95 ms", model: "power" },
  { key: "retrievalP50ms", label: "retrieval p50 ms", model: "power" },
  { key: "hnswRecallAt10", label: "HNSW recall@10 vs exact", model: "power" },
  { key: "sourceHitAt10", label: "source article in hybrid top 10", model: "power" },
];

export interface LadderResult {
  createdAt: string;
  machine: { node: string; cpus: number; cpu: string | undefined; totalMemMb: number; kind: CorpusKind };
  loadavg: { start: number[]; end: number[] };
  rungs: Rung[];
  fits: Record<string, Fit>;
  /** Chunks at which each scenario fills 24 GB less 2 GB for the OS (from the linear memory fits). */
  machineEnds: { serveOnly: number | null; serveAndReingest: number | null; ingestOnly: number | null };
}

async function measureRun(size: number, articles: number, options: LadderOptions) {
  const corpusDir = join(options.work, `ladder-corpus-${size}`);
  const indexDir = join(options.work, `ladder-index-${size}`);
  await rm(indexDir, { recursive: true, force: true });
  const before = loadavg();
  const ingest = await ingestTimed(corpusDir, indexDir, true);
  const version = (await readCurrentVersion(indexDir)) as string;
  const indexMb = (await dirBytes(join(versionsDir(indexDir), version))) / 1e6;
  const serve = await runChild<ServeRun>("serve-child.ts", [
    indexDir,
    String(articles),
    String(options.queries),
    String(options.recallQueries),
    options.kind,
  ]);
  return {
    loadavg: before,
    ingestSeconds: ingest.seconds,
    ingestCpuSeconds: ingest.cpuSeconds,
    ingestPeakRssMb: ingest.peakRssMb,
    indexMb,
    serve,
  };
}

async function measureSize(size: number, runs: number, options: LadderOptions): Promise<Rung> {
  const articles = Math.max(1, Math.round(size / CHUNKS_PER_ARTICLE));
  const corpusDir = join(options.work, `ladder-corpus-${size}`);
  await rm(corpusDir, { recursive: true, force: true });
  await writeCorpus(corpusDir, articles, options.kind);
  const raw: Rung["raw"] = [];
  for (let run = 0; run < runs; run++) {
    options.log?.(`ladder: ${size} chunks (${articles} articles), run ${run + 1} of ${runs} …`);
    raw.push(await measureRun(size, articles, options));
    const last = raw.at(-1) as Rung["raw"][number];
    options.log?.(
      `  ingest ${last.ingestSeconds.toFixed(1)} s (${last.ingestCpuSeconds.toFixed(1)} CPU s), ${last.ingestPeakRssMb.toFixed(0)} MB; query p95 ${last.serve.query.p95ms.toFixed(2)} ms; load avg ${last.loadavg[0]?.toFixed(2)}`,
    );
  }
  return rungFromRuns(size, articles, raw);
}

/** The middle value; the mean of the two middle ones for an even count (two runs: their mean). */
export function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[half] as number)
    : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
}

/** A size's measures from its runs: each the middle value over the runs. */
export function rungFromRuns(size: number, articles: number, raw: Rung["raw"]): Rung {
  const m = (get: (r: Rung["raw"][number]) => number) => middle(raw.map(get));
  return {
    size,
    articles,
    chunks: raw[0]?.serve.chunks ?? 0,
    runs: raw.length,
    ingestSeconds: m((r) => r.ingestSeconds),
    ingestCpuSeconds: m((r) => r.ingestCpuSeconds),
    ingestPeakRssMb: m((r) => r.ingestPeakRssMb),
    indexMb: m((r) => r.indexMb),
    loadSeconds: m((r) => r.serve.loadSeconds),
    loadCpuSeconds: m((r) => r.serve.loadCpuSeconds),
    servingRssMb: m((r) => r.serve.servingRssMb),
    queryP50ms: m((r) => r.serve.query.p50ms),
    queryP95ms: m((r) => r.serve.query.p95ms),
    queryCpuP50ms: m((r) => r.serve.queryCpu.p50ms),
    queryCpuP95ms: m((r) => r.serve.queryCpu.p95ms),
    retrievalP50ms: m((r) => r.serve.retrieval.p50ms),
    retrievalP95ms: m((r) => r.serve.retrieval.p95ms),
    hnswRecallAt10: m((r) => r.serve.hnswRecallAt10),
    sourceHitAt10: m((r) => r.serve.sourceHitAt10),
    raw,
  };
}

/** Fits every measure over the rungs (sizes with a non-positive value are left out of a power fit). */
export function fitRungs(rungs: Rung[]): Record<string, Fit> {
  const fits: Record<string, Fit> = {};
  for (const { key, model } of MEASURES) {
    const points = rungs
      .map((r) => ({ n: r.chunks, y: r[key] as number }))
      .filter((p) => Number.isFinite(p.y) && (model === "linear" || p.y > 0));
    if (new Set(points.map((p) => p.n)).size >= 2) fits[key] = fitCurve(points, model);
  }
  return fits;
}

/** Where 24 GB (less 2 GB for the OS) ends, from the linear memory fits; null where a fit is missing. */
export function machineEnds(fits: Record<string, Fit>): LadderResult["machineEnds"] {
  const budget = MACHINE_MB - RESERVED_MB;
  const serve = fits.servingRssMb;
  const ingest = fits.ingestPeakRssMb;
  const sum = (a: Fit, b: Fit): Fit => ({ ...a, a: a.a + b.a, b: a.b + b.b });
  return {
    serveOnly: serve ? solveFor(serve, budget) : null,
    ingestOnly: ingest ? solveFor(ingest, budget) : null,
    serveAndReingest: serve && ingest ? solveFor(sum(serve, ingest), budget) : null,
  };
}

export function ladderChart(result: LadderResult, xMax: number): Chart {
  const series = (key: keyof Rung & string, label: string, color: string) => ({
    label,
    color,
    points: result.rungs.map((r) => ({ n: r.chunks, y: r[key] as number })),
    fit: result.fits[key],
  });
  const ends = result.machineEnds;
  const panels: Panel[] = [
    {
      title: "Memory (MB)",
      yScale: "log",
      series: [
        series("ingestPeakRssMb", "ingest peak RSS", "#1f77b4"),
        series("servingRssMb", "serving RSS", "#2ca02c"),
      ],
      limit: { y: MACHINE_MB - RESERVED_MB, label: "24 GB less 2 GB for the OS" },
    },
    { title: "Index on disk (MB)", yScale: "log", series: [series("indexMb", "index files", "#9467bd")] },
    {
      title: "Full ingest (s)",
      yScale: "log",
      series: [
        series("ingestSeconds", "wall (shared machine)", "#d62728"),
        series("ingestCpuSeconds", "CPU time", "#1f77b4"),
      ],
    },
    {
      title: "Index load + verify (s)",
      yScale: "log",
      series: [series("loadSeconds", "wall", "#8c564b"), series("loadCpuSeconds", "CPU time", "#1f77b4")],
    },
    {
      title: "Question latency (ms)",
      yScale: "log",
      series: [
        series("queryP50ms", "p50 wall", "#1f77b4"),
        series("queryP95ms", "p95 wall", "#ff7f0e"),
        series("queryCpuP50ms", "p50 CPU", "#2ca02c"),
        series("queryCpuP95ms", "p95 CPU", "#9467bd"),
      ],
    },
    {
      title: "Recall@10",
      yScale: "linear",
      series: [
        series("hnswRecallAt10", "HNSW vs exact", "#17becf"),
        series("sourceHitAt10", "source article in top 10", "#bcbd22"),
      ],
    },
  ];
  const load = [...result.loadavg.start, ...result.loadavg.end].map((l) => l.toFixed(1));
  const endText = ends.serveAndReingest
    ? `; 24 GB ends near ${Math.round(ends.serveAndReingest / 1000)}k chunks (serve + re-ingest, extrapolated)`
    : "";
  return {
    title: "newsroom-qa: the cost curve (npm run bench -- --ladder)",
    subtitle: `measured: ${result.rungs.map((r) => r.chunks).join(", ")} chunks, runs per size ${result.rungs.map((r) => r.runs).join(", ")} (medians); ${result.machine.cpus} shared cores, load avg ${load.join(" / ")}; dashed = extrapolated${endText}`,
    panels,
    xMax,
  };
}

export function ladderMarkdown(result: LadderResult): string {
  const f = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : "—");
  const rows = result.rungs.map(
    (r) =>
      `| ${r.chunks} | ${f(r.ingestSeconds, 1)} / ${f(r.ingestCpuSeconds, 1)} (${f(r.chunks / r.ingestCpuSeconds, 0)}) | ${f(r.ingestPeakRssMb, 0)} | ${f(r.servingRssMb, 0)} | ${f(r.indexMb, 1)} | ${f(r.loadSeconds)} / ${f(r.loadCpuSeconds)} | ${f(r.queryP50ms)} / ${f(r.queryP95ms)} | ${f(r.queryCpuP50ms)} / ${f(r.queryCpuP95ms)} | ${f(r.retrievalP50ms)} / ${f(r.retrievalP95ms)} | ${f(r.hnswRecallAt10, 4)} | ${f(r.sourceHitAt10, 3)} | ${r.runs} |`,
  );
  const fits = MEASURES.filter((m) => result.fits[m.key]).map(
    (m) =>
      `| ${m.label} | ${describeFit(result.fits[m.key] as Fit)} | ${f(predict(result.fits[m.key] as Fit, 1e6), 3)} |`,
  );
  const e = result.machineEnds;
  const k = (n: number | null) => (n === null ? "—" : `${Math.round(n / 1000)}k chunks`);
  return [
    "| chunks | full ingest wall s / CPU s (chunks per CPU s) | ingest peak RSS MB | serving RSS MB | index on disk MB | load wall / CPU s | query p50 / p95 ms wall | query p50 / p95 ms CPU | retrieval p50 / p95 ms wall | HNSW recall@10 | source in top 10 | runs |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    "| measure | fit (n = chunks) | at 1M chunks |",
    "|---|---|---|",
    ...fits,
    "",
    `24 GB (less 2 GB for the OS) ends at: serving only ${k(e.serveOnly)}, ingest only ${k(e.ingestOnly)}, serving while re-ingesting ${k(e.serveAndReingest)}.`,
  ].join("\n");
}

/** The result over the rungs measured so far, with its fits. */
export function ladderResult(rungs: Rung[], kind: CorpusKind, start: number[]): LadderResult {
  const fits = fitRungs(rungs);
  return {
    createdAt: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      totalMemMb: Math.round(totalmem() / 2 ** 20),
      kind,
    },
    loadavg: { start, end: loadavg() },
    rungs,
    fits,
    machineEnds: machineEnds(fits),
  };
}

async function writeOutputs(result: LadderResult, options: LadderOptions): Promise<void> {
  const ends = Object.values(result.machineEnds).filter((n): n is number => n !== null);
  const xMax = Math.min(1e8, Math.max(1e6, ...ends, ...result.rungs.map((r) => r.chunks)));
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, `${JSON.stringify(result, null, 2)}\n`);
  await mkdir(dirname(options.svg), { recursive: true });
  await writeFile(options.svg, ladderSvg(ladderChart(result, xMax)));
}

/** Measures every size in turn; the JSON and the chart are rewritten after each size, so a stopped run keeps its rungs. */
export async function runLadder(options: LadderOptions): Promise<LadderResult> {
  const start = loadavg();
  const rungs: Rung[] = [];
  let result = ladderResult(rungs, options.kind, start);
  for (const [i, size] of options.sizes.entries()) {
    rungs.push(await measureSize(size, options.runs[Math.min(i, options.runs.length - 1)] ?? 1, options));
    result = ladderResult(rungs, options.kind, start);
    await writeOutputs(result, options);
  }
  return result;
}

/** Fits and draws again from a saved ladder JSON (`--from`), e.g. after the chart or the fits changed. */
export async function redrawLadder(from: string, options: LadderOptions): Promise<LadderResult> {
  const saved = JSON.parse(await readFile(from, "utf8")) as LadderResult;
  const rungs = saved.rungs.map((r) => rungFromRuns(r.size, r.articles, r.raw));
  const fits = fitRungs(rungs);
  const result = { ...saved, rungs, fits, machineEnds: machineEnds(fits) };
  await writeOutputs(result, options);
  return result;
}

/** The ladder's options from the bench's command line. */
export function ladderOptions(argv: string[]): LadderOptions {
  const get = (flag: string, fallback: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
  };
  const sizes = get("--sizes", "10000,100000,1000000").split(",").map(Number);
  if (sizes.some((s) => !Number.isInteger(s) || s < 10))
    throw new Error(`--sizes: whole chunk counts ≥ 10, got ${get("--sizes", "")}`);
  return {
    sizes,
    runs: get("--runs", "1").split(",").map(Number),
    queries: Number(get("--queries", "300")),
    recallQueries: Number(get("--recall-queries", "100")),
    kind: argv.includes("--iid") ? "iid" : "topical",
    work: get("--work", join(ROOT, ".bench")),
    out: get("--out", join(ROOT, ".bench", "ladder.json")),
    svg: get("--svg", join(ROOT, "docs", "scaling-ladder.svg")),
  };
}
