/**
 * `npx tsx tools/eval/auto-threshold.ts`: chooses the auto-answer threshold (AUTO_ANSWER.minAnswerability in
 * src/adapters/chat/auto-answer.ts). Over the shipped article and the Wikinews fixtures, asks every question of
 * eval/reporter-qa.jsonl (answerable) and eval/out-of-archive-qa.jsonl (not) and records the answerability
 * probability the core puts on each answer; then, per threshold, counts what an auto channel would post:
 * answers quoting the expected fact ("good"), other answers to answerable questions ("off"), and answers to
 * near misses and unrelated questions (noise). Needs nothing outside the clone. Figures in docs/performance.md.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { idsByUrl, prepareArchive, readQuestions, runQuestion } from "./eval-lib";

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
    for (const t of [0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
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
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
