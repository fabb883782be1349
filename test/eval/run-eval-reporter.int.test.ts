/**
 * `npm run eval -- --set reporter`: the in-repo reporter-style sets over the shipped article and the Wikinews
 * fixtures, with nothing beside the clone; one table per question file, in the printout and the report.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPORTER_SETS } from "../../tools/eval/eval-lib";
import { runEval } from "../../tools/eval/run-eval";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "eval-reporter-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it("reports each reporter set in its own table, beside the baseline", async () => {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out = join(dir, "report.json");
  const code = await runEval(
    ["--set", "reporter", "--shared", join(dir, "no-shared"), "--work", join(dir, "work"), "--out", out],
    { stdout: { write: (t: string) => stdout.push(t) }, stderr: { write: (t: string) => stderr.push(t) } },
  );
  expect(code).toBe(0);
  const printed = stdout.join("");
  for (const file of REPORTER_SETS) expect(printed).toContain(`eval/${file} (`);
  const report = JSON.parse(await readFile(out, "utf8")) as {
    tables: {
      title: string;
      summaries: { mode: string; expectedFound: number | null; refusalAccuracy: number | null }[];
    }[];
  };
  expect(report.tables).toHaveLength(REPORTER_SETS.length + 1);
  const row = (file: string, mode: string) =>
    report.tables.find((t) => t.title.startsWith(`eval/${file} `))?.summaries.find((s) => s.mode === mode);
  expect(row("reporter-qa.jsonl", "hybrid")?.expectedFound).toBeGreaterThanOrEqual(0.75);
  expect(row("unrelated-blind.jsonl", "hybrid")?.refusalAccuracy).toBeGreaterThanOrEqual(0.85);
  expect(row("reporter-qa.jsonl", "baseline")).toBeDefined();
  // The whole reporter eval (over 8,000 questions in two modes) runs here: about a minute on a 2-core VM beside the
  // other int suites, and it grows with each blind set.
}, 240_000);
