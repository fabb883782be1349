/** `npm run ingest -- [--corpus DIR] [--index DIR] [--full]`: build or update the index from a folder of articles. */
import { Command } from "commander";
import { loadConfig } from "../config";
import { BotError } from "../errors";
import { createLogger } from "../logger";
import { runIngest } from "../wire";
import { formatSummary } from "./print-summary";
import { createProgressReporter } from "./progress-bar";

async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name("ingest")
    .description("Read articles (Markdown, scraped text, HTML, JSON/JSONL), chunk, embed and index them.")
    .option("--corpus <dir>", "folder of articles, read recursively (default: CORPUS_DIR or corpus/)")
    .option("--index <dir>", "index folder (default: INDEX_DIR or data/index/)")
    .option("--full", "rebuild everything instead of updating what changed", false)
    .parse(argv);
  const options = program.opts<{ corpus?: string; index?: string; full: boolean }>();
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  const progress = createProgressReporter(process.stderr);
  try {
    const summary = await runIngest(config, logger, {
      corpusDir: options.corpus,
      indexDir: options.index,
      full: options.full,
      onProgress: progress.update,
    });
    progress.stop();
    process.stdout.write(`${formatSummary(summary)}\n`);
    return 0;
  } finally {
    progress.stop();
  }
}

main(process.argv).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`ingest failed: ${error instanceof BotError || error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
