/**
 * `npm run eval [-- --set dev|archive-2023|reporter] [--articles PATH ... --questions FILE ...] [--out FILE]
 *                 [--work DIR] [--modes vector,bm25,hybrid,hybrid+dates] [--shared DIR] [--fresh]`
 *
 * Ingests the article inputs into a scratch index (default `.eval/<set>/`; reused when the inputs, the embedder
 * and the index-building code are unchanged (index-key.ts), unless `--fresh`), answers every question in each run
 * (a retrieval mode; `+dates`: each question asked as of its `date`) through the real pipeline, and the
 * plain whole-article BM25 baseline (baseline-bm25.ts) beside them; prints tables for the tuning half
 * (earlier weeks), the check half (later weeks) and all questions, and writes a JSON report.
 * `--set dev` (default): ../shared/eval/realtimeqa-dev (articles + questions; `--shared` names another folder
 * for ../shared) with the 43 Wikinews articles in test/fixtures/gum-wikinews as distractors, plus
 * tools/eval/realtimeqa-out-of-archive.jsonl (questions the archive cannot answer).
 * `--set archive-2023`: ../shared/eval/rtqa-archive-2023, a year of news (7,491 articles, 1,040 dated
 * questions with no gold article: answer-hit and clean hits).
 * `--set reporter`: the reporter-style sets in eval/ (paraphrases, near misses, unrelated messages; see
 * eval/README-questions.md) over corpus/ and the Wikinews fixtures, hybrid mode, one table per file; needs
 * nothing beside the clone.
 * Without ../shared beside the clone it says so in one line and exits 0; a path given on the command line
 * that does not exist is an error (exit 1).
 *
 * Ranking used for recall@k and MRR: the cited sources in citation order ([1], [2], …), followed by the
 * articles of the remaining retrieved passages in retrieval order, each article counted once.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { SearchMode } from "../../src/core/retriever";
import {
  defaultDataset,
  type EvalQuestion,
  type EvalRun,
  evaluate,
  evaluateBaseline,
  type ModeSummary,
  missingPaths,
  prepareArchive,
  type QuestionResult,
  readQuestions,
  splitByWeek,
  summarise,
} from "./eval-lib";

const ROOT = join(__dirname, "..", "..");
const DEFAULT_WORK = join(ROOT, ".eval");
const DEFAULT_SHARED = join(ROOT, "..", "shared");
const SETS = ["dev", "archive-2023", "reporter"] as const;

/** A command-line mistake: reported in one line, without a stack trace. */
class UsageError extends Error {}

function parseArgs(argv: string[]) {
  const out = {
    articles: [] as string[],
    questions: [] as string[],
    out: "",
    work: "",
    modes: [] as string[],
    set: "dev",
    shared: "",
    fresh: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1] ?? "";
    if (flag === "--fresh") {
      out.fresh = true;
      continue;
    }
    if (flag === "--articles") out.articles.push(value);
    else if (flag === "--questions") out.questions.push(value);
    else if (flag === "--out") out.out = value;
    else if (flag === "--work") out.work = value;
    else if (flag === "--modes") out.modes = value.split(",");
    else if (flag === "--set") out.set = value;
    else if (flag === "--shared") out.shared = value;
    else if (flag === "--help" || flag === "-h") {
      process.stdout.write(
        `${(require("node:fs") as typeof import("node:fs")).readFileSync(__filename, "utf8").split("*/")[0]}*/\n`,
      );
      process.exit(0);
    } else throw new UsageError(`unknown argument ${flag} (see npm run eval -- --help)`);
    i++;
  }
  const setName = SETS.find((name) => name === out.set);
  if (!setName) throw new UsageError(`unknown --set ${out.set}: use ${SETS.join(" or ")}`);
  const set = defaultDataset(out.shared || DEFAULT_SHARED, setName);
  const work = out.work || join(DEFAULT_WORK, out.set);
  const modes = out.modes.length
    ? out.modes
    : setName === "reporter"
      ? ["hybrid"]
      : ["vector", "bm25", "hybrid", "bm25+dates", "hybrid+dates"];
  const runs = modes.map((name): EvalRun => {
    const [mode = "", dated] = name.split("+");
    if (!["vector", "bm25", "hybrid"].includes(mode) || (dated !== undefined && dated !== "dates"))
      throw new UsageError(`unknown mode ${name}: use vector, bm25 or hybrid, optionally with +dates`);
    return { mode: mode as SearchMode, dated: dated === "dates" };
  });
  return {
    articles: out.articles.length ? out.articles : set.articles,
    questions: out.questions.length ? out.questions : set.questions,
    /** Paths from the default data set (absent data is a skip, not an error). */
    defaulted: [...(out.articles.length ? [] : set.articles), ...(out.questions.length ? [] : set.questions)],
    work,
    out: out.out || join(work, "report.json"),
    runs,
    fresh: out.fresh,
  };
}

const pct = (v: number | null) => (v === null ? "–" : `${(v * 100).toFixed(1)}%`);
const num = (v: number | null, d = 3) => (v === null ? "–" : v.toFixed(d));

function table(summaries: ModeSummary[]): string {
  const rows: [string, (s: ModeSummary) => string][] = [
    ["gold recall@1", (s) => pct(s.recallAt1)],
    ["gold recall@1, gold with text (≥ 300 chars)", (s) => pct(s.recallAt1Text)],
    ["gold recall@5", (s) => pct(s.recallAt5)],
    ["MRR", (s) => num(s.mrr)],
    ["gold among cited", (s) => pct(s.citedRecall)],
    ["answer-hit", (s) => pct(s.answerHit)],
    ["answer-hit, answer in the gold text", (s) => pct(s.answerHitInGold)],
    ["clean hit (no wrong choice quoted)", (s) => pct(s.cleanHit)],
    ["expected strings found", (s) => pct(s.expectedFound)],
    ["not_found rate (in-archive)", (s) => pct(s.notFoundRate)],
    ["refusal accuracy (out-of-archive)", (s) => pct(s.refusalAccuracy)],
    ["quote faithfulness", (s) => `${pct(s.faithfulness)} (${s.quotesVerbatim}/${s.quotes})`],
    ["quotes per reply (mean / max)", (s) => `${s.meanQuotes.toFixed(2)} / ${s.maxQuotes}`],
    ["latency p50 / p95 ms", (s) => `${s.p50ms.toFixed(2)} / ${s.p95ms.toFixed(2)}`],
  ];
  const header = `| metric | ${summaries.map((s) => s.mode).join(" | ")} |`;
  const rule = `|---|${summaries.map(() => "---").join("|")}|`;
  return [header, rule, ...rows.map(([name, f]) => `| ${name} | ${summaries.map(f).join(" | ")} |`)].join(
    "\n",
  );
}

interface Output {
  write(text: string): unknown;
}

/**
 * Runs the evaluation and returns the exit code: 0 also when the default data set is absent (one line
 * saying so), 1 with one line when an input named on the command line does not exist.
 */
export async function runEval(
  argv: string[],
  io: { stdout: Output; stderr: Output } = process,
): Promise<number> {
  const args = parseArgs(argv);
  const missing = await missingPaths([...args.articles, ...args.questions]);
  const missingNamed = missing.filter((p) => !args.defaulted.includes(p));
  if (missingNamed.length > 0) {
    io.stderr.write(`eval: not found: ${missingNamed.join(", ")}\n`);
    return 1;
  }
  if (missing.length > 0) {
    io.stdout.write(
      `eval skipped: ${missing.join(", ")} not found; the default data set needs ../shared beside the clone (or --articles/--questions).\n`,
    );
    return 0;
  }
  const { stdout, stderr } = io;
  const questions: EvalQuestion[] = [];
  /** Each question file's questions, for a table of their own when there are several files. */
  const files: { file: string; questions: EvalQuestion[] }[] = [];
  for (const file of args.questions) {
    const read = await readQuestions(file);
    files.push({ file, questions: read });
    questions.push(...read);
  }
  stderr.write(`ingesting ${args.articles.join(", ")} into ${join(args.work, "index")} …\n`);
  const prepared = await prepareArchive({ articles: args.articles, workDir: args.work, reuse: !args.fresh });
  const { summary } = prepared;
  stderr.write(
    `${summary.articles} articles, ${summary.chunks} chunks ` +
      (prepared.reused
        ? "(the index built before from the same inputs and code, reused; --fresh builds it again); "
        : `in ${prepared.ingestSeconds.toFixed(1)} s; `) +
      `${questions.length} questions (${questions.filter((q) => q.outOfArchive).length} out-of-archive)\n`,
  );
  const dated = questions.some((q) => q.date !== null);
  const runs = args.runs.filter((r) => dated || !r.dated);
  const { results } = await evaluate(prepared, questions, runs);
  for (const withDates of dated ? [false, true] : [false]) {
    const baseline = evaluateBaseline(prepared, questions, withDates);
    results[baseline.summary.mode] = baseline.results;
  }
  const halves = dated ? splitByWeek(questions) : { tune: questions, check: [] };
  const tables: { title: string; summaries: ModeSummary[] }[] = [];
  const summariesOf = (subset: EvalQuestion[]) =>
    Object.entries(results).map(([name, list]) => {
      const byId = new Map(list.map((r, i) => [questions[i]?.id, r]));
      return summarise(
        name,
        subset,
        subset.map((q) => byId.get(q.id) as QuestionResult),
      );
    });
  if (halves.check.length) {
    tables.push({
      title: `Tuning half (earlier weeks, ${halves.tune.length} questions)`,
      summaries: summariesOf(halves.tune),
    });
    tables.push({
      title: `Check half (later weeks, ${halves.check.length} questions)`,
      summaries: summariesOf(halves.check),
    });
  }
  // Several undated question files (the reporter sets): one table each, as each set is reported.
  if (!dated && files.length > 1)
    for (const { file, questions: own } of files)
      tables.push({
        title: `${relative(ROOT, file)} (${own.length} questions)`,
        summaries: summariesOf(own),
      });
  tables.push({ title: `All ${questions.length} questions`, summaries: summariesOf(questions) });
  const summaries = tables[tables.length - 1]?.summaries ?? [];
  const report = {
    createdAt: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: process.platform,
      arch: process.arch,
      cpus: require("node:os").cpus().length,
    },
    embedder: prepared.embedder,
    inputs: { articles: args.articles, questions: args.questions },
    archive: {
      articles: summary.articles,
      chunks: summary.chunks,
      skipped: summary.skipped.length,
      ingestSeconds: prepared.ingestSeconds,
      reused: prepared.reused,
    },
    ranking:
      "cited sources in citation order, then the articles of the remaining retrieved passages in retrieval order (each article once)",
    tables,
    summaries,
    results,
  };
  await mkdir(dirname(args.out), { recursive: true });
  await writeFile(args.out, JSON.stringify(report, null, 2));
  for (const t of tables) stdout.write(`\n${t.title}:\n\n${table(t.summaries)}\n`);
  stdout.write("\n");
  stdout.write(
    `Ranking for recall@k/MRR: ${report.ranking}.\nanswer-hit: a correct choice text (case-insensitive) appears in the quotes.\nReport: ${args.out}\n`,
  );
  return 0;
}

if (require.main === module) {
  runEval(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const usage = error instanceof UsageError;
      const text =
        error instanceof Error ? (usage ? error.message : (error.stack ?? error.message)) : String(error);
      process.stderr.write(`eval: ${text}\n`);
      process.exitCode = 1;
    },
  );
}
