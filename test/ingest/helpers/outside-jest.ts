/**
 * Runs src functions in a plain Node child process and returns their JSON results. For code that
 * parses HTML: linkedom needs require(esm) (css-select is ESM-only), which jest on Node 20 lacks.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

export interface OutsideCall {
  /** Module path relative to the project root, e.g. "src/ingest/html-to-text". */
  module: string;
  fn: string;
  args: unknown[];
}

const ROOT = path.resolve(__dirname, "../../..");

/** Calls each function in order (awaiting promises) in one child process; results come back as JSON. */
export function callOutsideJest(calls: OutsideCall[]): unknown[] {
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "outside-jest-child.ts")],
    {
      cwd: ROOT,
      input: JSON.stringify(calls),
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "" },
      timeout: 60_000,
    },
  );
  if (child.status !== 0) {
    throw new Error(`child process failed (${child.status ?? child.signal}): ${child.stderr || child.error}`);
  }
  return JSON.parse(child.stdout) as unknown[];
}
