/**
 * `npm run ingest -- [--corpus DIR] [--index DIR] [--full] [--sources FILE] [--wordpress URL]… [--feed URL]… [--since DATE]`:
 * build or update the index from a folder of articles, or from the sources config (folders, WordPress sites, feeds).
 */
import { InvalidArgumentError } from "commander";
import { type SourceSpec, sourceFromUrl } from "../articles/source-spec";
import { loadConfig } from "../config";
import { createLogger } from "../logger";
import { runIngest } from "../wire";
import { formatSummary } from "./print-summary";
import { createProgressReporter } from "./progress-bar";
import { createCommand, runCli } from "./run-cli";

/** Commander option parser for repeatable `--wordpress URL` / `--feed URL`; refuses non-http(s) URLs. */
const collectSource =
  (type: "wordpress" | "feed") =>
  (value: string, previous: SourceSpec[]): SourceSpec[] => {
    try {
      return [...previous, sourceFromUrl(type, value)];
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  };

function parseSince(value: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms))
    throw new InvalidArgumentError(`not a date: ${JSON.stringify(value)} (try 2024-06-01)`);
  return new Date(ms).toISOString();
}

async function main(argv: string[]): Promise<number> {
  const program = createCommand("ingest")
    .description(
      "Read articles (Markdown, scraped text, HTML, JSON/JSONL) and sync WordPress sites and feeds; chunk, embed and index them.",
    )
    .option(
      "--corpus <dir>",
      "folder of articles, read recursively (default: CORPUS_DIR or corpus/; added to a sources file's list)",
    )
    .option("--index <dir>", "index folder (default: INDEX_DIR or data/index/)")
    .option(
      "--full",
      "rebuild everything; re-fetch every WordPress post, dropping those gone or unpublished",
      false,
    )
    .option("--sources <file>", "sources config, JSON (default: SOURCES_FILE; none = the corpus folder only)")
    .option(
      "--wordpress <url>",
      "also sync this WordPress site via /wp-json (repeatable)",
      collectSource("wordpress"),
      [],
    )
    .option("--feed <url>", "also sync this RSS or Atom feed (repeatable)", collectSource("feed"), [])
    .option("--since <date>", "WordPress: fetch only posts modified after this date", parseSince)
    .parse(argv);
  const options = program.opts<{
    corpus?: string;
    index?: string;
    full: boolean;
    sources?: string;
    wordpress: SourceSpec[];
    feed: SourceSpec[];
    since?: string;
  }>();
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  const progress = createProgressReporter(process.stderr);
  try {
    const summary = await runIngest(config, logger, {
      corpusDir: options.corpus,
      indexDir: options.index,
      full: options.full,
      onProgress: progress.update,
      sourcesFile: options.sources,
      sources: [...options.wordpress, ...options.feed],
      since: options.since,
    });
    progress.stop();
    process.stdout.write(`${formatSummary(summary)}\n`);
    const failed = summary.failedSources ?? [];
    if (failed.length === 0) return 0;
    process.stderr.write(
      `${failed.length} source(s) could not be read; their articles already in the index were kept:\n` +
        failed.map((f) => `  ${f.source}: ${f.reason}\n`).join(""),
    );
    return 2;
  } finally {
    progress.stop();
  }
}

runCli(() => main(process.argv), "ingest failed: ");
