/** The package's `newsroom-qa` bin, built as `npm run build` builds it, dispatching to each command. */
import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { buildProgram } from "../helpers/build-program";
import { createTestArchive, type TestArchive } from "../helpers/test-archive";

const run = promisify(execFile);
let bin: string;
let t: TestArchive;

beforeAll(async () => {
  [t, bin] = await Promise.all([
    createTestArchive(),
    buildProgram("bin").then((main) => join(dirname(main), "cli", "newsroom-qa.js")),
  ]);
}, 120_000);
afterAll(() => t.cleanup());

const cli = (args: string[]) =>
  run(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "silent" },
    timeout: 30_000,
  });

describe("newsroom-qa bin", () => {
  it("prints usage and fails without a command", async () => {
    const error = await cli([]).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toMatch(/Usage: newsroom-qa <command>/);
  });

  it("answers through `newsroom-qa ask`", async () => {
    const { stdout } = await cli([
      "ask",
      "--index",
      t.indexDir,
      "--json",
      "How many visitors came to the lantern festival?",
    ]);
    const answer = JSON.parse(stdout);
    expect(answer.status).toBe("answered");
    expect(answer.citations[0].title).toBe("Lantern festival draws record crowd");
  });

  it("ingests through `newsroom-qa ingest`", async () => {
    const { stdout } = await cli(["ingest", "--corpus", t.corpusDir, "--index", t.indexDir]);
    expect(stdout).toMatch(/unchanged 5/);
  });

  it("summarises feedback through `newsroom-qa feedback`", async () => {
    const { stdout } = await cli(["feedback", "--file", `${t.indexDir}/../no-votes.jsonl`]);
    expect(stdout).toMatch(/No feedback yet/);
  });
});
