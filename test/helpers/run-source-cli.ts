/** Runs a command of src/cli/ from the sources (tsx) as a user would, with a clean environment. */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const ROOT = join(__dirname, "..", "..");
const run = promisify(execFile);

export function cli(script: string, args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, ["-r", "tsx/cjs", `src/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "silent", ...env },
    timeout: 60_000,
  });
}
