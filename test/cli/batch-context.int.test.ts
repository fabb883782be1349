/** `ask --batch` with hostile `context`: an over-long one gets its own error line and the batch goes on. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli as runCli } from "../helpers/run-source-cli";
import { FIXTURE_CORPUS } from "../helpers/test-archive";

let dir: string;
let index: string;

const cli = (script: string, args: string[]) => runCli(script, args, { MAX_QUESTION_CHARS: "500" });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "nqa-batch-context-"));
  index = join(dir, "index");
  await cli("ingest", ["--corpus", FIXTURE_CORPUS, "--index", index]);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

it("answers a follow-up, refuses an over-long context on its own line, and answers the rest", async () => {
  const bridge = "How long will the Millbrook bridge be closed?";
  const lines = [
    { question: "and what did the baker say?", context: [bridge] },
    // 100,000 characters of one CJK run and one 30,000-letter word: each took minutes before the cap.
    { question: "and what did the baker say?", context: [bridge, "通货膨胀总统说".repeat(100_000 / 7)] },
    { question: "and what did the baker say?", context: ["x".repeat(30_000)] },
    { question: bridge },
  ];
  const file = join(dir, "batch.jsonl");
  await writeFile(file, lines.map((line) => JSON.stringify(line)).join("\n"));
  const { stdout } = await cli("ask", ["--index", index, "--json", "--batch", file]);
  const out = stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  expect(out).toHaveLength(4);
  expect(out[0].citations[0].title).toBe("Millbrook bridge to close for six weeks of repairs");
  expect(out[1]).toEqual({
    question: "and what did the baker say?",
    error: {
      code: "context_too_long",
      message: expect.stringMatching(/^Context entry 2 is 99995 characters long; .* at most 500/),
    },
  });
  expect(out[2]).toMatchObject({ error: { code: "context_too_long" } });
  expect(out[3].citations[0].title).toBe("Millbrook bridge to close for six weeks of repairs");
}, 60_000);
