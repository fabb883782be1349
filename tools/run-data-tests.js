#!/usr/bin/env node
/**
 * `npm run test:data [-- jest options]`: the tests that read the evaluation data in ../shared (the real
 * seed page, realtimeqa-dev), with jest.data.config.js. Without that data beside the clone it says so in one
 * line and exits 0: `npm test` never needs it, and CI, which has it, runs both.
 */
const { spawnSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const SHARED = join(ROOT, "..", "shared");
/** What the *.data.test.ts files read, relative to ../shared. */
const NEEDED = [
  "seed/000_f873d9679f9f3411.txt",
  "eval/realtimeqa-dev/articles.jsonl",
  "eval/realtimeqa-dev/questions.jsonl",
];

const missing = NEEDED.filter((file) => !existsSync(join(SHARED, file)));
if (missing.length > 0) {
  const what = existsSync(SHARED) ? missing.map((file) => `../shared/${file}`).join(", ") : "../shared";
  process.stdout.write(
    `test:data skipped: ${what} not found beside the clone (${SHARED}); these tests need the evaluation data, npm test does not.\n`,
  );
  process.exit(0);
}

const nodeOptions = [
  process.env.NODE_OPTIONS,
  "--experimental-vm-modules --disable-warning=ExperimentalWarning",
];
const result = spawnSync(
  process.execPath,
  [require.resolve("jest/bin/jest"), "--config", join(ROOT, "jest.data.config.js"), ...process.argv.slice(2)],
  {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NODE_OPTIONS: nodeOptions.filter(Boolean).join(" ") },
  },
);
if (result.error) throw result.error;
process.exit(result.status ?? 1);
