/**
 * `npx tsx tools/eval/tune-ranking.ts [--shared DIR] [--check]`: the article-led ranking's weights
 * (src/index/search/article-led.ts) on the TUNING half of realtimeqa-dev only (earlier weeks), each setting
 * asked undated and as of each question's date. `--check` prints the check half too (for the report of
 * the chosen setting only: never choose by it). One row per setting.
 */
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { RECENCY_PRIORS } from "../../src/core/answer-question";
import { ARTICLE_LED, type ArticleLedSettings } from "../../src/index/search/article-led";
import type { HybridRetriever } from "../../src/index/search/hybrid-retriever";
import {
  defaultDataset,
  prepareArchive,
  prepareTuning,
  readQuestions,
  runQuestion,
  sharedDirFrom,
  summarise,
} from "./eval-lib";

const ROOT = join(__dirname, "..", "..");

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const { tune, check, prepared, idByUrl } = await prepareTuning(
    defaultDataset(sharedDirFrom(argv)),
    "tune-ranking",
  );
  const retriever = prepared.retriever as HybridRetriever;
  // The reporter-style paraphrases (eval/reporter-qa.jsonl) over the shipped article and the Wikinews set:
  // their gold is the article's file name.
  const reporter = await prepareArchive({
    articles: [join(ROOT, "corpus"), join(ROOT, "test", "fixtures", "gum-wikinews")],
    workDir: join(ROOT, ".eval", "tune-ranking-reporter"),
  });
  const reporterRetriever = reporter.retriever as HybridRetriever;
  const reporterIds = new Map(reporter.articles.map((a) => [basename(a.meta.source), a.meta.id]));
  const reporterFile = join(ROOT, "eval", "reporter-qa.jsonl");
  const articleOf = (await readFile(reporterFile, "utf8"))
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => String((JSON.parse(l) as { article?: string }).article ?? ""));
  const reporterQs = (await readQuestions(reporterFile)).map((q, i) => ({
    ...q,
    goldUrls: [articleOf[i] ?? ""],
  }));
  const grid: { led: ArticleLedSettings | null; priors?: typeof RECENCY_PRIORS }[] = [
    { led: null },
    { led: ARTICLE_LED },
  ];
  if (process.env.QUICK) grid.splice(2);
  if (!process.env.QUICK)
    for (const titleTf of [0, 1, 2, 4])
      for (const passageWeight of [0, 0.15, 0.3])
        for (const vectorWeight of [0, 0.1])
          grid.push({ led: { ...ARTICLE_LED, titleTf, passageWeight, vectorWeight } });
  if (process.env.TWO)
    for (const twoPassages of [0, 1, 2, 3, 8]) grid.push({ led: { ...ARTICLE_LED, twoPassages } });
  if (process.env.FLOORS)
    for (const recencyFloor of [0, 0.2, 0.5])
      for (const relevantShare of [0.3, 0.5, 0.7, 1.01])
        grid.push({ led: { ...ARTICLE_LED, recencyFloor, relevantShare } });
  if (process.env.PRIORS)
    for (const recent of [3, 7])
      for (const other of [3, 7, 14, 30])
        grid.push({
          led: ARTICLE_LED,
          priors: {
            recent: { halfLifeDays: recent, weight: 2, newestFirst: true },
            other: { halfLifeDays: other, weight: 2 },
          },
        });
  const halves = argv.includes("--check") ? { tune, check } : { tune };
  const f = (v: number | null) => (v === null ? "-" : v.toFixed(3));
  process.stdout.write("setting | half: r@1 r@5 hit nf | dated: r@1 r@5 hit nf\n");
  for (const { led, priors } of grid) {
    retriever.articleLed = led;
    const name = led
      ? `title ${led.titleTf} pw ${led.passageWeight} vw ${led.vectorWeight} floor ${led.recencyFloor} share ${led.relevantShare} two ${led.twoPassages}${priors ? ` half-lives ${priors.recent.halfLifeDays}/${priors.other.halfLifeDays}` : ""}`
      : "fused ranks (before)";
    const cells: string[] = [];
    for (const [half, list] of Object.entries(halves))
      for (const dated of [false, true]) {
        const results = [];
        for (const q of list)
          results.push(await runQuestion(q, "hybrid", { retriever, idByUrl, dated, priors }));
        const s = summarise(half, list, results);
        cells.push(
          `${half}${dated ? "+dates" : ""}: ${f(s.recallAt1)} ${f(s.recallAt5)} ${f(s.answerHit)} ${f(s.notFoundRate)}`,
        );
      }
    reporterRetriever.articleLed = led;
    const results = [];
    for (const q of reporterQs)
      results.push(await runQuestion(q, "hybrid", { retriever: reporterRetriever, idByUrl: reporterIds }));
    const s = summarise("reporter", reporterQs, results);
    cells.push(
      `reporter: ${f(s.recallAt1)} ${f(s.recallAt5)} expected ${f(s.expectedFound)} ${f(s.notFoundRate)}`,
    );
    process.stdout.write(`${name} | ${cells.join(" | ")}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
