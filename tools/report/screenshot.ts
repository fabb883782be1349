/**
 * `npm run report:screenshot [-- --questions FILE --feedback FILE --out-dir DIR]`: renders the HTML report
 * (default: the recorded fixture in test/fixtures/question-log/, and the empty log) and opens each page in
 * headless Chromium (Debian's `chromium` package) with every network request blocked, taking a screenshot.
 * Look at the PNGs: the chart, the tables and the escaped questions should all be there.
 */
import { execFile } from "node:child_process";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs, promisify } from "node:util";
import type { FeedbackEntry } from "../../src/feedback/feedback-store";
import { parseQuestionLog } from "../../src/feedback/question-log-store";
import { buildReport } from "../../src/report/build-report";
import { formatHtml } from "../../src/report/format-html";

const FIXTURES = join(__dirname, "..", "..", "test", "fixtures", "question-log");
const { values } = parseArgs({
  options: {
    questions: { type: "string", default: join(FIXTURES, "questions.jsonl") },
    feedback: { type: "string", default: join(FIXTURES, "feedback.jsonl") },
    "out-dir": { type: "string", default: join("data", "report-screenshot") },
    chromium: { type: "string", default: "chromium" },
  },
});

async function readVotes(file: string): Promise<FeedbackEntry[]> {
  const raw = await readFile(file, "utf8");
  return raw
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as FeedbackEntry);
}

async function shoot(name: string, html: string, outDir: string): Promise<void> {
  const page = resolve(outDir, `${name}.html`);
  const png = resolve(outDir, `${name}.png`);
  await writeFile(page, html, "utf8");
  await promisify(execFile)(
    values.chromium as string,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--hide-scrollbars",
      // Offline: any request that left the page would go to a closed port and fail.
      "--proxy-server=http://127.0.0.1:9",
      "--proxy-bypass-list=<-loopback>",
      "--window-size=1100,1900",
      `--screenshot=${png}`,
      pathToFileURL(page).href,
    ],
    { timeout: 60_000 },
  );
  const size = (await stat(png)).size;
  process.stdout.write(`${name}: ${page}\n  screenshot ${png} (${size} bytes)\n`);
}

async function main(): Promise<void> {
  const outDir = values["out-dir"] as string;
  await mkdir(outDir, { recursive: true });
  const questions = parseQuestionLog(await readFile(values.questions as string, "utf8"));
  const votes = await readVotes(values.feedback as string);
  await shoot("report", formatHtml(buildReport({ questions, votes })), outDir);
  await shoot("report-empty", formatHtml(buildReport({ questions: [], votes: [] })), outDir);
}

main().catch((error: unknown) => {
  process.stderr.write(`report:screenshot: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
