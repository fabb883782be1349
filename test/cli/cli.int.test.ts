/** The ingest and ask commands as a user runs them: real processes, a temp index, stdout checked. */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Answer } from "../../src/core/types";
import { cli } from "../helpers/run-source-cli";
import { FIXTURE_CORPUS } from "../helpers/test-archive";

const ROOT = join(__dirname, "..", "..");
const run = promisify(execFile);
let dir: string;
let index: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "nqa-cli-"));
  index = join(dir, "index");
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("npm run ingest / npm run ask", () => {
  it("ingests a corpus and prints the summary", async () => {
    const { stdout } = await cli("ingest", ["--corpus", FIXTURE_CORPUS, "--index", index]);
    expect(stdout).toMatch(/5 articles/);
    expect(stdout).toMatch(/added 5, updated 0, removed 0, unchanged 0, skipped 0/);
  });

  it("answers in readable form with quotes and sources", async () => {
    const { stdout } = await cli("ask", [
      "--index",
      index,
      "How many visitors came to the lantern festival?",
    ]);
    expect(stdout).toMatch(/“[^”]*30,000 visitors[^”]*” \[1\]/);
    expect(stdout).toContain("[1] Lantern festival draws record crowd (Valley Chronicle · 2024-09-08)");
    expect(stdout).toContain("https://valleychronicle.example/culture/lantern-festival-record");
    expect(stdout).toContain("Based on articles up to 2024-09-08.");
  });

  it("prints the Answer JSON with --json", async () => {
    const { stdout } = await cli("ask", ["--index", index, "--json", "Why did ferry workers strike?"]);
    const answer = JSON.parse(stdout) as Answer;
    expect(answer.status).toBe("answered");
    expect(answer.citations[0]).toMatchObject({
      n: 1,
      publisher: "Coastal Wire",
      url: "https://wire.example/2024/ferry-strike",
    });
    expect(Object.keys(answer).sort()).toEqual([
      "answerability",
      "asOf",
      "askedAt",
      "citations",
      "question",
      "status",
      "text",
    ]);
  });

  it("answers a batch file line by line, in order, with one start-up", async () => {
    const questions = [
      "How long will the Millbrook bridge be closed?",
      JSON.stringify({ question: "What happened to the Greenvale apple blossom?" }),
      "",
      "🙂🙂",
      JSON.stringify({
        question: "and what did the baker say?",
        context: ["How long will the Millbrook bridge be closed?"],
      }),
      "Who won the 1998 football world cup?",
      JSON.stringify({ question: 42 }),
      JSON.stringify({ context: ["How long will the Millbrook bridge be closed?"] }),
    ];
    const file = join(dir, "batch.txt");
    await writeFile(file, questions.join("\n"));
    const { stdout } = await cli("ask", ["--index", index, "--json", "--batch", file]);
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(7);
    expect(lines[0].citations[0].title).toBe("Millbrook bridge to close for six weeks of repairs");
    expect(lines[1].citations[0].quote).toMatch(/apple blossom/);
    expect(lines[2]).toMatchObject({ question: "🙂🙂", error: { code: "no_words" } });
    expect(lines[3].citations[0].title).toBe("Millbrook bridge to close for six weeks of repairs");
    expect(lines[4].status).toBe("not_found");
    // A JSON line whose question is not a string is an error for that line, saying so (not "type a question").
    expect(lines[5]).toEqual({
      line: 7,
      error: { code: "bad_batch_line", message: 'the "question" field must be a string, but it is a number' },
    });
    expect(lines[6]).toEqual({
      line: 8,
      error: { code: "bad_batch_line", message: 'the "question" field must be a string, but it is missing' },
    });
  });

  it("says how to build a missing index", async () => {
    const error = await cli("ask", ["--index", join(dir, "nowhere"), "anything?"]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toMatch(/No index at .*nowhere.*npm run ingest/s);
  });

  it("reports broken files in the summary and ingests the rest", async () => {
    const corpus = join(dir, "broken");
    await run("cp", ["-r", FIXTURE_CORPUS, corpus]);
    await writeFile(join(corpus, "empty.md"), "");
    await writeFile(join(corpus, "binary.txt"), Buffer.from([0, 1, 2, 3, 255, 0]));
    await writeFile(
      join(corpus, "bad.jsonl"),
      '{"url": "https://x.example/1", "text": "Good record about harbours."}\n{not json\n',
    );
    const { stdout } = await cli("ingest", ["--corpus", corpus, "--index", join(dir, "index2")]);
    expect(stdout).toMatch(/6 articles/);
    expect(stdout).toMatch(/skipped 3/);
    expect(stdout).toMatch(/empty\.md: .*empty/i);
    expect(stdout).toMatch(/binary\.txt: .*binary/i);
    expect(stdout).toMatch(/bad\.jsonl#2: /);
    expect(await readFile(join(dir, "index2", "CURRENT"), "utf8")).toMatch(/^v/);
  });

  it("exits when the reader of its output goes away (`… 2>&1 | head -1`)", async () => {
    const command = `"${process.execPath}" -r tsx/cjs src/cli/ask.ts --index "${index}" "lantern festival?" 2>&1 | head -1`;
    const { stdout } = await run("bash", ["-c", `timeout 15 bash -c '${command}'; echo "status=$?"`], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "debug", QUESTION_LOG_RETENTION_DAYS: "0" },
      timeout: 30_000,
    });
    expect(stdout).toMatch(/index loaded/);
    expect(stdout).not.toMatch(/status=124/);
  });
});
