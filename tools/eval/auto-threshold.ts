/**
 * `npx tsx tools/eval/auto-threshold.ts`: chooses the auto-answer threshold (AUTO_ANSWER.minAnswerability in
 * src/adapters/chat/auto-answer.ts). Over the shipped article and the Wikinews fixtures, asks every question of
 * eval/reporter-qa.jsonl (answerable) and eval/out-of-archive-qa.jsonl (not) and records the answerability
 * probability the core puts on each answer; then, per threshold, counts what an auto channel would post:
 * answers quoting the expected fact ("good"), other answers to answerable questions ("off"), and answers to
 * near misses and unrelated questions (noise). Needs nothing outside the clone. With `../shared` (or
 * `--shared DIR`) there, also the realtimeqa-dev CHECK half (weeks the answerability fit never saw): in-archive
 * questions posted with the answer in the reply, and out-of-archive questions posted. Figures in
 * docs/performance.md.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  defaultDataset,
  idsByUrl,
  missingPaths,
  prepareArchive,
  prepareTuning,
  readQuestions,
  runQuestion,
  sharedDirFrom,
} from "./eval-lib";

const THRESHOLDS = [0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

const ROOT = join(__dirname, "..", "..");

interface Scored {
  kind: "answerable" | "near_miss" | "unrelated";
  answered: boolean;
  good: boolean;
  probability: number;
}

async function main(): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), "newsroom-qa-auto-"));
  try {
    const prepared = await prepareArchive({
      articles: [join(ROOT, "corpus"), join(ROOT, "test", "fixtures", "gum-wikinews")],
      workDir,
    });
    const base = { retriever: prepared.retriever, idByUrl: idsByUrl(prepared.articles) };
    const scored: Scored[] = [];
    const ask = async (file: string, kindOf: (i: number) => Scored["kind"]) => {
      for (const [i, q] of (await readQuestions(join(ROOT, "eval", file))).entries()) {
        let probability = 0;
        const result = await runQuestion(q, "hybrid", {
          ...base,
          onSignals: (_signals, p) => {
            probability = p;
          },
        });
        scored.push({
          kind: kindOf(i),
          answered: result.status === "answered",
          good: result.expectedFound === true,
          probability,
        });
      }
    };
    await ask("reporter-qa.jsonl", () => "answerable");
    const kinds = (await readFile(join(ROOT, "eval", "out-of-archive-qa.jsonl"), "utf8"))
      .split("\n")
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { kind: Scored["kind"] }).kind);
    await ask("out-of-archive-qa.jsonl", (i) => kinds[i] ?? "unrelated");

    const count = (kind: Scored["kind"]) => scored.filter((s) => s.kind === kind).length;
    process.stdout.write(
      `${count("answerable")} answerable, ${count("near_miss")} near misses, ${count("unrelated")} unrelated\n\n`,
    );
    process.stdout.write(
      "| threshold | good posts (expected fact quoted) | off posts (answerable, fact not quoted) | near misses posted | unrelated posted | share of posts that are good |\n|---|---|---|---|---|---|\n",
    );
    for (const t of THRESHOLDS) {
      const posted = scored.filter((s) => s.answered && s.probability >= t);
      const good = posted.filter((s) => s.kind === "answerable" && s.good).length;
      const off = posted.filter((s) => s.kind === "answerable" && !s.good).length;
      const near = posted.filter((s) => s.kind === "near_miss").length;
      const unrelated = posted.filter((s) => s.kind === "unrelated").length;
      const share = posted.length ? (good / posted.length).toFixed(3) : "-";
      process.stdout.write(
        `| ${t.toFixed(2)} | ${good}/${count("answerable")} | ${off} | ${near}/${count("near_miss")} | ${unrelated}/${count("unrelated")} | ${share} |\n`,
      );
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  await heldOut(sharedDirFrom(process.argv.slice(2)));
}

/** The realtimeqa-dev check half, undated, when the shared data is there. */
async function heldOut(sharedDir: string): Promise<void> {
  const dataset = defaultDataset(sharedDir);
  if ((await missingPaths([...dataset.articles, ...dataset.questions])).length > 0) {
    process.stdout.write("\n(no ../shared/eval/realtimeqa-dev: held-out check skipped)\n");
    return;
  }
  const { check, prepared, idByUrl } = await prepareTuning(dataset, "auto-threshold");
  const rows: { outside: boolean; answered: boolean; hit: boolean; probability: number }[] = [];
  for (const q of check) {
    let probability = 0;
    const result = await runQuestion(q, "hybrid", {
      retriever: prepared.retriever,
      idByUrl,
      onSignals: (_signals, p) => {
        probability = p;
      },
    });
    rows.push({
      outside: q.outOfArchive,
      answered: result.status === "answered",
      hit: result.answerHit === true,
      probability,
    });
  }
  const inside = rows.filter((r) => !r.outside).length;
  const outside = rows.filter((r) => r.outside).length;
  process.stdout.write(
    `\nrealtimeqa-dev check half, undated: ${inside} in-archive, ${outside} out-of-archive\n\n` +
      "| threshold | in-archive posted | of which the answer is in the reply | out-of-archive posted |\n|---|---|---|---|\n",
  );
  for (const t of THRESHOLDS) {
    const posted = rows.filter((r) => r.answered && r.probability >= t);
    const hits = posted.filter((r) => !r.outside && r.hit).length;
    const inPosted = posted.filter((r) => !r.outside).length;
    process.stdout.write(
      `| ${t.toFixed(2)} | ${inPosted}/${inside} | ${hits} | ${posted.filter((r) => r.outside).length}/${outside} |\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
