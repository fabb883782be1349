/**
 * `npm run eval` and `npm run test:data` without ../shared: one line saying so, exit 0, no stack trace. Run by
 * `npm run test:data` with the eval tools it checks; the data it points them at is an empty temporary folder.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { runEval } from "../tools/eval/run-eval";

const ROOT = join(__dirname, "..");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "no-shared-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function capture() {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    io: {
      stdout: { write: (t: string) => stdout.push(t) },
      stderr: { write: (t: string) => stderr.push(t) },
    },
    stdout: () => stdout.join(""),
    stderr: () => stderr.join(""),
  };
}

describe("npm run eval", () => {
  it("says in one line that the default data is absent, and exits 0", async () => {
    const out = capture();
    const code = await runEval(["--shared", join(dir, "shared"), "--work", join(dir, "work")], out.io);
    expect(code).toBe(0);
    expect(out.stderr()).toBe("");
    expect(out.stdout()).toMatch(/^eval skipped: .*realtimeqa-dev\/articles\.jsonl.* not found; [^\n]*\n$/);
  });

  it("names an input given on the command line that does not exist, in one line, and exits 1", async () => {
    // Even when the default questions are absent too (a fresh clone): the named input is the mistake.
    const out = capture();
    const missing = join(dir, "nope.jsonl");
    const args = ["--articles", missing, "--shared", join(dir, "shared"), "--work", join(dir, "work")];
    const code = await runEval(args, out.io);
    expect(code).toBe(1);
    expect(out.stdout()).toBe("");
    expect(out.stderr()).toBe(`eval: not found: ${missing}\n`);
  });
});

describe("npm run test:data", () => {
  it("says in one line that ../shared is absent, and exits 0", async () => {
    // The runner as it sits in a clone with nothing beside it: <dir>/clone/tools/run-data-tests.js.
    const tools = join(dir, "clone", "tools");
    await mkdir(tools, { recursive: true });
    await copyFile(join(ROOT, "tools", "run-data-tests.js"), join(tools, "run-data-tests.js"));
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      join(tools, "run-data-tests.js"),
    ]);
    expect(stderr).toBe("");
    expect(stdout).toBe(
      `test:data skipped: ../shared not found beside the clone (${join(dir, "shared")}); these tests need the evaluation data, npm test does not.\n`,
    );
  });
});
