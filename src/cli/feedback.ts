/** `npm run feedback`: an editor-readable summary of the 👍/👎 votes in FEEDBACK_FILE (or --file). */
import { loadConfig } from "../config";
import { createJsonlFeedbackStore } from "../feedback/feedback-store";
import { summarizeFeedback } from "../feedback/summarize-feedback";
import { createCommand, parseCount, runCli } from "./run-cli";

async function main(argv: string[]): Promise<number> {
  const flags = createCommand("feedback")
    .description("Print vote counts per platform and the most recent 👎 with their questions.")
    .option("--file <path>", "the feedback file (default: FEEDBACK_FILE or data/feedback.jsonl)")
    .option("--recent <n>", "how many recent 👎 to show", parseCount, 10)
    .parse(argv)
    .opts<{ file?: string; recent: number }>();
  const file = flags.file ?? loadConfig(process.env).feedbackFile;
  const entries = await createJsonlFeedbackStore(file).readAll();
  process.stdout.write(summarizeFeedback(entries, { file, recent: flags.recent }));
  return 0;
}

// Runs when loaded, also through the newsroom-qa bin; a ConfigError's message lists every variable to fix.
runCli(() => main(process.argv));
