/** Runs a command of src/cli/ from the sources (tsx) as a user would, with a clean environment. */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const ROOT = join(__dirname, "..", "..");
const run = promisify(execFile);

export function cli(script: string, args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, ["-r", "tsx/cjs", `src/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    // The question log is off unless a test turns it on, so no run writes data/ in the clone.
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "silent", QUESTION_LOG_RETENTION_DAYS: "0", ...env },
    timeout: 60_000,
  });
}
