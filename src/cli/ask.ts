/** `npm run ask -- [--index DIR] [--json] [--batch FILE] "question"`: answer from the index in the terminal. */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { Option } from "commander";
import { loadConfig } from "../config";
import type { SearchMode } from "../core/retriever";
import type { AskOptions, AskResult } from "../core/types";
import { IndexMissingError } from "../errors";
import { createLogger } from "../logger";
import { readCurrentVersion } from "../retrieval/index-layout";
import { createArchive, runIngest } from "../wire";
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
}

type BatchItem = { question: string; context?: string[] } | { line: number; error: string };

/**
 * One question a line: plain text, or JSON with a `question` string (and optional `context`). A JSON line
 * whose `question` is missing or not a string is an error for that line, named as such.
 */
function parseBatch(raw: string): BatchItem[] {
  return raw.split("\n").flatMap((line, index): BatchItem[] => {
    const trimmed = line.trim();
    if (!trimmed) return [];
    if (trimmed.startsWith("{")) {
      let record: { question?: unknown; context?: unknown } | undefined;
      try {
        record = JSON.parse(trimmed) as { question?: unknown; context?: unknown };
      } catch {
        // not JSON after all: ask it as written
      }
      if (record) {
        if (typeof record.question !== "string") {
          const got = record.question === undefined ? "missing" : kindOf(record.question);
          return [{ line: index + 1, error: `the "question" field must be a string, but it is ${got}` }];
        }
        const context = Array.isArray(record.context) ? record.context.map(String) : undefined;
        return [{ question: record.question, context }];
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
      "answer every line of FILE (plain text or JSON with `question`), one JSON a line",
    )
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

  if (!(await readCurrentVersion(config.indexDir))) {
    const defaultIndex = flags.index === undefined;
    if (!defaultIndex || !existsSync(config.corpusDir)) {
      throw new IndexMissingError(config.indexDir);
    }
    process.stderr.write(
      `No index at ${config.indexDir} yet: building it from ${config.corpusDir}/ first.\n`,
    );
    process.stderr.write(`${formatSummary(await runIngest(config, logger))}\n\n`);
  }

  const archive = createArchive(config, logger);
  await archive.retriever();
  const filters: AskOptions["filters"] =
    flags.from || flags.to || flags.publisher.length
      ? { from: flags.from, to: flags.to, publishers: flags.publisher.length ? flags.publisher : undefined }
      : undefined;
  const mode = flags.mode;
  const ask = (question: string, context?: string[]) => archive.ask(question, { filters, context, mode });

  if (flags.batch) {
    for (const item of parseBatch(await readFile(flags.batch, "utf8"))) {
      const json =
        "error" in item
          ? JSON.stringify({ line: item.line, error: { code: "bad_batch_line", message: item.error } })
          : toJson(await ask(item.question, item.context), item.question);
      process.stdout.write(`${json}\n`);
    }
    return 0;
  }
  const question = program.args.join(" ");
  const result = await ask(question);
  if (flags.json) {
    process.stdout.write(`${toJson(result, question)}\n`);
  } else {
    process.stdout.write(`${result.ok ? formatAnswer(result.answer) : result.problem.message}\n`);
  }
  return result.ok ? 0 : 2;
}

runCli(() => main(process.argv));
