/** `npm run feedback`: an editor-readable summary of the 👍/👎 votes in FEEDBACK_FILE (or --file). */
import { loadConfig } from "../config";
import { createJsonlFeedbackStore } from "../feedback/feedback-store";
import { summarizeFeedback } from "../feedback/summarize-feedback";
import { createLogger } from "../logger";
import { openFeedback } from "../wire";
import { createCommand, parseCount, runCli } from "./run-cli";

async function main(argv: string[]): Promise<number> {
  const flags = createCommand("feedback")
    .description("Print vote counts per platform and the most recent 👎 with their questions.")
    .option(
      "--file <path>",
      "the feedback file (default: FEEDBACK_FILE or data/feedback.jsonl; with FEEDBACK_STORE=redis, Redis and it)",
    )
    .option("--recent <n>", "how many recent 👎 to show", parseCount, 10)
    .parse(argv)
    .opts<{ file?: string; recent: number }>();
  if (flags.file) {
    const entries = await createJsonlFeedbackStore(flags.file).readAll();
    process.stdout.write(summarizeFeedback(entries, { file: flags.file, recent: flags.recent }));
    return 0;
  }
  const config = loadConfig(process.env);
  const feedback = await openFeedback(config, createLogger(config.logLevel));
  try {
    const entries = await feedback.store.readAll();
    process.stdout.write(summarizeFeedback(entries, { file: feedback.where, recent: flags.recent }));
  } finally {
    await feedback.close();
  }
  return 0;
}

// Runs when loaded, also through the newsroom-qa bin; a ConfigError's message lists every variable to fix.
runCli(() => main(process.argv));
