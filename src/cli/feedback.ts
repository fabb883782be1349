/** `npm run feedback`: an editor-readable summary of the 👍/👎 votes in FEEDBACK_FILE (or --file). */
import { parseArgs } from "node:util";
import { loadConfig } from "../config";
import { createJsonlFeedbackStore } from "../feedback/feedback-store";
import { summarizeFeedback } from "../feedback/summarize-feedback";
import { runCli } from "./run-cli";

const USAGE = `Usage: npm run feedback -- [--file data/feedback.jsonl] [--recent 10]
Prints vote counts per platform and the most recent 👎 with their questions.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { file: { type: "string" }, recent: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const recent = values.recent === undefined ? 10 : Number.parseInt(values.recent, 10);
  if (!Number.isInteger(recent) || recent < 0) throw new Error(`--recent must be a whole number\n${USAGE}`);
  const file = values.file ?? loadConfig(process.env).feedbackFile;
  const entries = await createJsonlFeedbackStore(file).readAll();
  process.stdout.write(summarizeFeedback(entries, { file, recent }));
}

// Runs when loaded, also through the newsroom-qa bin; a ConfigError's message lists every variable to fix.
runCli(async () => {
  await main();
  return 0;
});
