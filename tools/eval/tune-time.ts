/**
 * `npx tsx tools/eval/tune-time.ts [--set dev|archive-2023]`: the recency priors on the TUNING half only
 * (earlier weeks), hybrid retrieval with each question asked as of its date. Prints one row per setting.
 */
import { join } from "node:path";
import type { RECENCY_PRIORS } from "../../src/core/answer-question";
import { prepareTuning, runQuestion, summarise } from "./eval-lib";

const ROOT = join(__dirname, "..", "..");

async function main(): Promise<void> {
  const set = process.argv.includes("archive-2023") ? "rtqa-archive-2023" : "realtimeqa-dev";
  const articles = [join(ROOT, `../shared/eval/${set}/articles.jsonl`)];
  if (set === "realtimeqa-dev") articles.push(join(ROOT, "../shared/eval/gum-wikinews"));
  const { tune, prepared, idByUrl } = await prepareTuning(
    { articles, questions: [join(ROOT, `../shared/eval/${set}/questions.jsonl`)] },
    `tune-${set}`,
  );
  const ctx = { retriever: prepared.retriever, idByUrl, dated: true };
  const grid: (typeof RECENCY_PRIORS)[] = [];
  // The article-led ranking weighs age by half-life and floor (the prior's `weight` is the older ranking's).
  for (const rh of [3, 7, 14])
    for (const rf of [0.2, 0.5])
      for (const oh of [7, 30])
        for (const of of [0.5, 0.8, 1])
          grid.push({
            recent: { halfLifeDays: rh, weight: 2, floor: rf, newestFirst: true },
            other: { halfLifeDays: oh, weight: 2, floor: of },
          });
  process.stdout.write(
    `${tune.length} tuning questions\nrecent(h,floor) other(h,floor) | r@1 r@5 hit notfound\n`,
  );
  for (const priors of grid) {
    const results = [];
    for (const q of tune) results.push(await runQuestion(q, "hybrid", { ...ctx, priors }));
    const s = summarise("hybrid+dates", tune, results);
    const f = (v: number | null) => (v === null ? "-" : v.toFixed(3));
    process.stdout.write(
      `${priors.recent.halfLifeDays},${priors.recent.floor} ${priors.other.halfLifeDays},${priors.other.floor} | ${f(s.recallAt1)} ${f(s.recallAt5)} ${f(s.answerHit)} ${f(s.notFoundRate)}\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
