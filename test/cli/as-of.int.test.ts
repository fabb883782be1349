/** `ask --as-of` and a batch line's `asOf`/`date`: the day a question is asked at, from the command line. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../helpers/run-source-cli";

const CORPUS = join(__dirname, "..", "fixtures", "changing-facts", "corpus");
const QUESTION = "Who is Valdoria's current finance minister?";
let dir: string;
let index: string;

const failure = (args: string[]) =>
  cli("ask", args).then(
    () => {
      throw new Error("expected a failure");
    },
    (e: { code: number; stderr: string; stdout: string }) => e,
  );

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "nqa-as-of-"));
  index = join(dir, "index");
  await cli("ingest", ["--corpus", CORPUS, "--index", index]);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

it("answers as of --as-of: later articles are not used, and the JSON says when", async () => {
  const { stdout } = await cli("ask", ["--index", index, "--json", "--as-of", "2023-06-01", QUESTION]);
  const answer = JSON.parse(stdout);
  expect(answer.askedAt).toBe("2023-06-01");
  expect(answer.citations[0].published).toBe("2022-09-12");
  for (const c of answer.citations) expect(c.published <= "2023-06-01").toBe(true);
  // the newest article the question could draw on, not the newest in the index (2024-06-15)
  expect(answer.asOf).toBe("2023-05-02");
}, 60_000);

it("asks as of today without --as-of", async () => {
  const now = new Date();
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, "0"))
    .join("-");
  const { stdout } = await cli("ask", ["--index", index, "--json", QUESTION]);
  const answer = JSON.parse(stdout);
  expect(answer.askedAt).toBe(today);
  expect(answer.citations[0].published).toBe("2024-01-22");
}, 60_000);

it.each(["2023-02-30", "2023-06", "yesterday", "2023-6-1"])(
  "refuses --as-of %s with exit 2 naming the flag",
  async (bad) => {
    const error = await failure(["--index", index, "--json", "--as-of", bad, QUESTION]);
    expect(error.code).toBe(2);
    expect(error.stderr).toMatch(/option .--as-of <day>. argument .* is invalid\. not a day: use YYYY-MM-DD/);
    expect(error.stdout).toBe("");
  },
  60_000,
);

it("reads asOf (or date) per batch line; a bad one is that line's error and the rest are answered", async () => {
  const file = join(dir, "batch.jsonl");
  const lines = [
    { question: QUESTION, asOf: "2021-12-01" },
    { question: QUESTION, date: "2023-06-01" },
    { question: QUESTION, asOf: "2023-13-01" },
    { question: QUESTION, asOf: 20230601 },
    { question: QUESTION, asOf: "2022-10-01T09:30:00Z" },
    { question: QUESTION },
  ];
  await writeFile(file, lines.map((line) => JSON.stringify(line)).join("\n"));
  const { stdout } = await cli("ask", ["--index", index, "--json", "--as-of", "2024-11-30", "--batch", file]);
  const out = stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  expect(out).toHaveLength(6);
  expect([out[0].askedAt, out[0].citations[0].published]).toEqual(["2021-12-01", "2021-03-04"]);
  expect([out[1].askedAt, out[1].citations[0].published]).toEqual(["2023-06-01", "2022-09-12"]);
  expect(out[2]).toEqual({
    line: 3,
    error: {
      code: "bad_batch_line",
      message: 'the "asOf" field must be a date YYYY-MM-DD, but it is "2023-13-01"',
    },
  });
  expect(out[3]).toEqual({
    line: 4,
    error: {
      code: "bad_batch_line",
      message: 'the "asOf" field must be a date YYYY-MM-DD, but it is a number',
    },
  });
  expect([out[4].askedAt, out[4].citations[0].published]).toEqual(["2022-10-01", "2022-09-12"]);
  // a line without its own date is asked at --as-of
  expect([out[5].askedAt, out[5].citations[0].published]).toEqual(["2024-11-30", "2024-01-22"]);
}, 60_000);
