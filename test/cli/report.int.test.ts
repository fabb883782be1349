/** `newsroom-qa report` as a user runs it: formats, --since, --out, the configured files, bad flags. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../helpers/run-source-cli";

const FIXTURES = join(__dirname, "..", "fixtures", "question-log");
const LOG = join(FIXTURES, "questions.jsonl");
const VOTES = join(FIXTURES, "feedback.jsonl");
const EMPTY = join(FIXTURES, "empty.jsonl");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "report-cli-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("newsroom-qa report", () => {
  it("reads QUESTION_LOG_FILE and FEEDBACK_FILE and prints the text report", async () => {
    const { stdout } = await cli("report", [], { QUESTION_LOG_FILE: LOG, FEEDBACK_FILE: VOTES });
    expect(stdout).toContain("23 questions: 9 answered, 13 refused, 1 problem; votes 👍 1, 👎 2");
    expect(stdout).toContain("Q: What did Dara Velk say?");
  });

  it("writes each format to --out, honouring --since", async () => {
    for (const format of ["csv", "json", "html"]) {
      const out = join(dir, `report.${format}`);
      const { stdout, stderr } = await cli("report", [
        "--questions",
        LOG,
        "--feedback",
        VOTES,
        "--since",
        "2026-11-25",
        "--format",
        format,
        "--out",
        out,
      ]);
      expect(stdout).toBe("");
      expect(stderr).toContain(`Report written to ${out}`);
      const text = await readFile(out, "utf8");
      if (format === "json") expect(JSON.parse(text).totals.questions).toBe(10);
      if (format === "csv")
        expect(text.split("\r\n").filter((row) => row.startsWith("day,"))).toHaveLength(2);
      if (format === "html") expect(text).toContain("<svg");
    }
  });

  it("reports an empty log, and a missing one, as nothing yet", async () => {
    for (const questions of [EMPTY, join(dir, "never-written.jsonl")]) {
      const { stdout } = await cli("report", [
        "--questions",
        questions,
        "--feedback",
        EMPTY,
        "--format",
        "json",
      ]);
      expect(JSON.parse(stdout).totals.questions).toBe(0);
    }
  });

  it("refuses a bad format or date with exit 2, naming the flag", async () => {
    for (const [args, pattern] of [
      [["--format", "pdf"], /--format/],
      [["--since", "2026-13-45"], /--since/],
    ] as const) {
      const error = (await cli("report", [...args]).catch((e: unknown) => e)) as {
        code: number;
        stderr: string;
      };
      expect(error.code).toBe(2);
      expect(error.stderr).toMatch(pattern);
    }
  });

  it("is a command of the newsroom-qa bin", async () => {
    const { stdout } = await cli("newsroom-qa", ["--help"]);
    expect(stdout).toMatch(/report \[args...\]\s+the archive's gaps/);
  });
});
