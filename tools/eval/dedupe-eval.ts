/**
 * `npx tsx tools/eval/dedupe-eval.ts [--shared DIR] [--threshold 0.7] [--labels eval/near-duplicates.jsonl]`: precision and recall of near-duplicate
 * detection (src/index/build/near-duplicates.ts) on synthetic copies of real articles (tools/eval/near-dup-set.ts).
 *
 * Sets: "fixtures" (the 43 Wikinews articles in test/fixtures/gum-wikinews and the shipped article; the same
 * set test/eval/near-duplicates.test.ts checks), and with ../shared beside the clone "realtimeqa-dev" (100
 * CNN articles of one summer, many on the same topics) and "archive-2023" (the first 1,000 articles of
 * rtqa-archive-2023 as originals). Articles that already cluster with another article of the same real set
 * (wire copies and updated versions the archive holds, unlabelled) are left out of the set and counted.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { clusterArticles } from "../../src/index/build/near-duplicates";
import { type BaseArticle, type LabelledDoc, makeNearDupSet, scoreNearDup } from "./near-dup-set";

/** The labels of the fixtures set, one JSON line per document (its text is made again from the fixtures). */
export function labelLines(docs: LabelledDoc[]): string {
  return docs
    .map(({ id, kind, story, published }) => `${JSON.stringify({ id, kind, story, published })}\n`)
    .join("");
}

const ROOT = join(__dirname, "..", "..");

/** The Wikinews fixtures and the shipped article, as bases for the set. */
export function fixtureBases(): BaseArticle[] {
  const folder = join(ROOT, "test", "fixtures", "gum-wikinews");
  const files = [
    ...readdirSync(folder)
      .sort()
      .map((name) => join(folder, name)),
    join(ROOT, "corpus", "2022-05-cambodia-foreign-minister-us-human-rights.md"),
  ];
  return files.map((file) => {
    const { data, content } = matter(readFileSync(file, "utf8"));
    const published = data.published
      ? String(data.published instanceof Date ? data.published.toISOString().slice(0, 10) : data.published)
      : null;
    return { id: file.slice(ROOT.length + 1), text: content, published };
  });
}

function jsonlBases(file: string, limit: number): BaseArticle[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .slice(0, limit)
    .map((line, i) => {
      const record = JSON.parse(line) as { url?: string; text: string; published?: string };
      return { id: record.url ?? `#${i}`, text: record.text, published: record.published ?? null };
    });
}

function report(name: string, all: BaseArticle[], threshold?: number): void {
  // Articles that already are copies of one another in the real data are not labelled: left out.
  const real = clusterArticles(all, threshold);
  const stories = new Map<string, number>();
  for (const cluster of real.values()) stories.set(cluster, (stories.get(cluster) ?? 0) + 1);
  const bases = all.filter((base) => stories.get(real.get(base.id) ?? base.id) === 1);
  const docs = makeNearDupSet(bases);
  const started = performance.now();
  const score = scoreNearDup(docs, threshold);
  const ms = performance.now() - started;
  const originals = docs.filter((d) => d.kind === "original");
  const merged = all.length - bases.length;
  const kinds = Object.entries(score.byKind)
    .map(([kind, { found, of }]) => `${kind} ${found}/${of}`)
    .join(", ");
  console.log(
    `${name}: ${originals.length} originals, ${docs.length} documents; precision ${score.precision.toFixed(4)} ` +
      `(${score.correctPairs}/${score.foundPairs} pairs), recall ${score.recall.toFixed(4)} (${score.correctPairs}/${score.truePairs}); ` +
      `follow-ups merged ${score.followUpsMerged}; articles left out as real copies of one another ${merged}; ${Math.round(ms)} ms\n  copies found: ${kinds}`,
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const threshold = flag("--threshold") ? Number(flag("--threshold")) : undefined;
  const shared = flag("--shared") ?? join(ROOT, "..", "shared");
  report("fixtures", fixtureBases(), threshold);
  const labels = flag("--labels");
  if (labels) writeFileSync(labels, labelLines(makeNearDupSet(fixtureBases())));
  const dev = join(shared, "eval", "realtimeqa-dev", "articles.jsonl");
  const archive = join(shared, "eval", "rtqa-archive-2023", "articles.jsonl");
  if (!existsSync(dev)) {
    console.log(`No ${dev}: only the fixtures set was measured.`);
    return;
  }
  report("realtimeqa-dev", jsonlBases(dev, 100), threshold);
  if (existsSync(archive)) report("archive-2023 (first 1,000)", jsonlBases(archive, 1000), threshold);
}

if (require.main === module) main();
