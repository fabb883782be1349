/** Child side of outside-jest.ts: reads calls as JSON on stdin, prints their results as JSON on stdout. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { OutsideCall } from "./outside-jest";

async function main(): Promise<void> {
  const calls = JSON.parse(readFileSync(0, "utf8")) as OutsideCall[];
  const results: unknown[] = [];
  for (const call of calls) {
    const mod = require(path.resolve(call.module)) as Record<string, (...args: unknown[]) => unknown>;
    const fn = mod[call.fn];
    if (typeof fn !== "function") throw new Error(`${call.module} has no export ${call.fn}`);
    results.push(await fn(...call.args));
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
