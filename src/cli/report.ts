/**
 * `newsroom-qa report [--since DATE] [--format text|csv|json|html] [--out FILE]`: the archive's gaps, from
 * the question log (QUESTION_LOG_FILE) and the 👍/👎 votes (FEEDBACK_FILE).
 */
import { writeFile } from "node:fs/promises";
import { Option } from "commander";
import { loadConfig } from "../config";
import { createJsonlFeedbackStore } from "../feedback/feedback-store";
import { createJsonlQuestionLog } from "../feedback/question-log-store";
import { buildReport } from "../report/build-report";
import { formatReport, REPORT_FORMATS, type ReportFormat } from "../report/format-report";
import { createCommand, parseDay, runCli } from "./run-cli";

interface ReportFlags {
  since?: string;
  format: ReportFormat;
  out?: string;
  questions?: string;
  feedback?: string;
}

async function main(argv: string[]): Promise<number> {
  const flags = createCommand("report")
    .description(
      "Report what the archive could not answer: refused questions grouped by similarity, answers marked 👎, questions and refusals per day, the most cited articles.",
    )
    .option("--since <date>", "only questions and votes from YYYY[-MM[-DD]] on", parseDay)
    .addOption(new Option("--format <format>", "output format").choices(REPORT_FORMATS).default("text"))
    .option("--out <file>", "write the report to FILE instead of stdout")
    .option("--questions <file>", "the question log (default: QUESTION_LOG_FILE or beside the feedback file)")
    .option("--feedback <file>", "the feedback file (default: FEEDBACK_FILE or data/feedback.jsonl)")
    .parse(argv)
    .opts<ReportFlags>();
  const config = loadConfig(process.env);
  const questionLog = createJsonlQuestionLog({
    ...config.questionLog,
    file: flags.questions ?? config.questionLog.file,
  });
  const [questions, votes] = await Promise.all([
    questionLog.readAll(),
    createJsonlFeedbackStore(flags.feedback ?? config.feedbackFile).readAll(),
  ]);
  const text = formatReport(buildReport({ questions, votes, since: flags.since }), flags.format);
  if (flags.out) {
    await writeFile(flags.out, text, "utf8");
    process.stderr.write(`Report written to ${flags.out}\n`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}

runCli(() => main(process.argv), "report: ");
