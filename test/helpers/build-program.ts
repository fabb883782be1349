/**
 * Builds the program as `npm run build` does, into a private folder per suite (parallel suites never race),
 * inside this checkout (.cache/), so checkouts sharing one node_modules never build into each other.
 */
import { type ChildProcess, execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const ROOT = join(__dirname, "..", "..");

/** Compiles src/ with tsconfig.build.json and returns the path of main.js; a type error fails the build. */
export async function buildProgram(name: string): Promise<string> {
  const out = join(ROOT, ".cache", "e2e-build", name, "dist");
  const args = [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", out];
  args.push("--incremental", "--tsBuildInfoFile", `${out}.tsbuildinfo`);
  try {
    await promisify(execFile)(process.execPath, args, { cwd: ROOT, timeout: 120_000 });
  } catch (error) {
    const { stdout, message } = error as { stdout?: string; message: string };
    throw new Error(`npm run build would fail: ${stdout || message}`);
  }
  return join(out, "main.js");
}

/** A spawned program's exit code, once it has exited (at once when it already has). */
export const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
