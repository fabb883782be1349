/** `npm run ask -- [--index DIR] [--json] [--batch FILE] "question"`: answer from the index in the terminal. */
import { readFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { InvalidArgumentError, Option } from "commander";
import { logQuestion } from "../adapters/chat/log-question";
import { loadConfig } from "../config";
import type { SearchMode } from "../core/retriever";
import type { AskOptions, AskResult } from "../core/types";
import { createLogger } from "../logger";
import { ensureIndex } from "../sync/ensure-index";
import { createArchive, createQuestionLog, runIngest } from "../wire";
import { formatAnswer } from "./format-answer";
import { formatSummary } from "./print-summary";
import { createCommand, parseDay, runCli } from "./run-cli";

interface AskFlags {
  index?: string;
  json: boolean;
  batch?: string;
  from?: string;
  to?: string;
  publisher: string[];
  mode: SearchMode;
  asOf?: string;
}

type BatchItem = { question: string; context?: string[]; asOf?: string } | { line: number; error: string };

/** Today (the run's date) as YYYY-MM-DD, in local time: what a question is asked at without `--as-of`. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Commander option parser: a full day YYYY-MM-DD (the day a question is asked at). */
function parseAsOf(value: string): string {
  const problem = new InvalidArgumentError("not a day: use YYYY-MM-DD (e.g. 2024-06-01)");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw problem;
  try {
    return parseDay(value);
  } catch {
    throw problem;
  }
}

/** A batch line's `asOf` (or `date`): a YYYY-MM-DD day, or an ISO instant whose day is used; else an error. */
function batchAsOf(value: unknown): { asOf?: string } | { error: string } {
  if (value === undefined || value === null) return {};
  const day = typeof value === "string" ? /^\d{4}-\d{2}-\d{2}(?=$|T)/.exec(value)?.[0] : undefined;
  try {
    if (day && !Number.isNaN(Date.parse(value as string))) return { asOf: parseDay(day) };
  } catch {
    // falls through to the error below
  }
  return {
    error: `the "asOf" field must be a date YYYY-MM-DD, but it is ${typeof value === "string" ? JSON.stringify(value) : kindOf(value)}`,
  };
}

/**
 * One question a line: plain text, or JSON with a `question` string (and optional `context`). A JSON line
 * whose `question` is missing or not a string is an error for that line, named as such.
 */
function parseBatch(raw: string): BatchItem[] {
  return raw.split("\n").flatMap((line, index): BatchItem[] => {
    const trimmed = line.trim();
    if (!trimmed) return [];
    if (trimmed.startsWith("{")) {
      let record: { question?: unknown; context?: unknown; asOf?: unknown; date?: unknown } | undefined;
      try {
        record = JSON.parse(trimmed) as typeof record;
      } catch {
        // not JSON after all: ask it as written
      }
      if (record) {
        if (typeof record.question !== "string") {
          const got = record.question === undefined ? "missing" : kindOf(record.question);
          return [{ line: index + 1, error: `the "question" field must be a string, but it is ${got}` }];
        }
        const context = Array.isArray(record.context) ? record.context.map(String) : undefined;
        const asOf = batchAsOf(record.asOf ?? record.date);
        if ("error" in asOf) return [{ line: index + 1, error: asOf.error }];
        return [{ question: record.question, context, asOf: asOf.asOf }];
      }
    }
    return [{ question: trimmed }];
  });
}

const kindOf = (value: unknown) =>
  value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;

function toJson(result: AskResult, question: string): string {
  return JSON.stringify(result.ok ? result.answer : { question, error: result.problem });
}

async function main(argv: string[]): Promise<number> {
  const program = createCommand("ask")
    .description("Answer a question from the archive with verbatim, cited quotes.")
    .argument("[question...]", "the question")
    .option("--index <dir>", "index folder (default: INDEX_DIR or data/index/)")
    .option("--json", "print the Answer JSON", false)
    .option(
      "--batch <file>",
      "answer every line of FILE (plain text or JSON with `question`, optional `context`, `asOf`), one JSON a line",
    )
    .option("--as-of <day>", "ask as of YYYY-MM-DD: later articles are not used (default: today)", parseAsOf)
    .option("--from <date>", "only articles published on or after YYYY[-MM[-DD]]", parseDay)
    .option("--to <date>", "only articles published on or before YYYY[-MM[-DD]]", parseDay)
    .option(
      "--publisher <name>",
      "only this publisher (repeatable)",
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .addOption(
      new Option("--mode <mode>", "retrieval mode (for evaluation)")
        .choices(["hybrid", "vector", "bm25"])
        .default("hybrid"),
    )
    .parse(argv);
  const flags = program.opts<AskFlags>();
  const env = loadConfig(process.env);
  const config = { ...env, indexDir: flags.index ?? env.indexDir };
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);

  const built = await ensureIndex(config, {
    explicitIndex: flags.index !== undefined,
    build: () => runIngest(config, logger),
    onBuild: (reason) => process.stderr.write(`${reason}\n`),
  });
  if (built) process.stderr.write(`${formatSummary(built)}\n\n`);

  const archive = createArchive(config, logger);
  await archive.retriever();
  const filters: AskOptions["filters"] =
    flags.from || flags.to || flags.publisher.length
      ? { from: flags.from, to: flags.to, publishers: flags.publisher.length ? flags.publisher : undefined }
      : undefined;
  const mode = flags.mode;
  const askedAt = flags.asOf ?? today();
  const ask = (question: string, context?: string[], asOf?: string) =>
    archive.ask(question, { filters, context, mode, askedAt: asOf ?? askedAt });

  if (flags.batch) {
    for (const item of parseBatch(await readFile(flags.batch, "utf8"))) {
      const json =
        "error" in item
          ? JSON.stringify({ line: item.line, error: { code: "bad_batch_line", message: item.error } })
          : toJson(await ask(item.question, item.context, item.asOf), item.question);
      process.stdout.write(`${json}\n`);
    }
    return 0;
  }
  const question = program.args.join(" ");
  const result = await ask(question);
  // A single question is logged for `newsroom-qa report`; --batch (evaluation runs) is not.
  await logQuestion(createQuestionLog(config), logger, { platform: "cli", user: osUser(), question, result });
  if (flags.json) {
    process.stdout.write(`${toJson(result, question)}\n`);
  } else {
    process.stdout.write(`${result.ok ? formatAnswer(result.answer) : result.problem.message}\n`);
  }
  return result.ok ? 0 : 2;
}

/** Who asked on the command line: the OS account (hashed in the log unless configured otherwise). */
function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}

runCli(() => main(process.argv));
