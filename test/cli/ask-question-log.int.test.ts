/** `newsroom-qa ask "…"` logs its question for the report; `--batch` (evaluation runs) does not. */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseQuestionLog } from "../../src/feedback/question-log-store";
import { cli } from "../helpers/run-source-cli";
import { useTestArchive } from "../helpers/test-archive";

const archive = useTestArchive();

it("logs a single question with its status, cited article and the hashed OS user; not a batch", async () => {
  const { indexDir } = archive();
  const log = join(indexDir, "..", "asked.jsonl");
  const env = { QUESTION_LOG_FILE: log, QUESTION_LOG_RETENTION_DAYS: "90" };
  await cli("ask", ["--index", indexDir, "Why did ferry workers strike?"], env);
  await cli("ask", ["--index", indexDir, "Which team won the chess olympiad in Budapest?"], env);
  const batch = join(indexDir, "..", "batch.txt");
  await writeFile(batch, "How many sailings were cancelled?\n");
  await cli("ask", ["--index", indexDir, "--json", "--batch", batch], env);

  const entries = parseQuestionLog(await readFile(log, "utf8"));
  expect(entries).toEqual([
    {
      at: expect.any(String),
      platform: "cli",
      user: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      question: "Why did ferry workers strike?",
      status: "answered",
      cited: [{ id: "wire-001", title: expect.stringMatching(/^Ferry workers/) }],
    },
    expect.objectContaining({
      question: "Which team won the chess olympiad in Budapest?",
      status: "not_found",
      cited: [],
    }),
  ]);
});
