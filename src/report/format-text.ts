/** The report as plain text for a terminal. */
import type { Report } from "./build-report";

const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;
const oneLine = (text: string, max = 200) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function formatText(report: Report): string {
  const { totals } = report;
  const lines: string[] = [];
  const period = report.period ? `${report.period.from} to ${report.period.to}` : "no questions or votes";
  lines.push(`The archive's gaps: ${period}${report.since ? ` (since ${report.since})` : ""}`);
  lines.push(
    `${plural(totals.questions, "question")}: ${totals.answered} answered, ${totals.refused} refused, ${plural(totals.problems, "problem")}; ` +
      `votes 👍 ${totals.upVotes}, 👎 ${totals.downVotes}`,
  );

  lines.push("", `Refused questions, grouped by similarity (Jaccard ≥ ${report.similarityThreshold}):`);
  if (report.refusedGroups.length === 0) lines.push("  none");
  for (const group of report.refusedGroups) {
    lines.push(`  ${String(group.count).padStart(4)}  ${oneLine(group.label)}`);
    for (const variant of group.variants.slice(1, 4))
      lines.push(
        `        also: ${oneLine(variant.question)}${variant.count > 1 ? ` (×${variant.count})` : ""}`,
      );
    if (group.variants.length > 4) lines.push(`        … ${group.variants.length - 4} more wordings`);
  }

  lines.push("", "Answers marked 👎 (newest first):");
  if (report.downVoted.length === 0) lines.push("  none");
  for (const down of report.downVoted) {
    lines.push(`  ${down.at.slice(0, 16).replace("T", " ")}  ${down.platform}`);
    lines.push(`    Q: ${oneLine(down.question)}`);
    lines.push(`    A: ${oneLine(down.answerText)}`);
    for (const article of down.articles)
      lines.push(`    cited: ${article.title ?? "(title unknown)"} [${article.id}]`);
  }

  lines.push("", "Questions per day:");
  if (report.days.length === 0) lines.push("  none");
  else lines.push(`  ${"day".padEnd(10)}  ${"asked".padStart(5)}  ${"refused".padStart(7)}  refusal rate`);
  for (const day of report.days)
    lines.push(
      `  ${day.day}  ${String(day.questions).padStart(5)}  ${String(day.refused).padStart(7)}  ${day.questions ? percent(day.refusalRate) : "-"}`,
    );

  lines.push("", "Most cited articles:");
  if (report.topArticles.length === 0) lines.push("  none");
  for (const article of report.topArticles)
    lines.push(`  ${String(article.citations).padStart(4)}  ${oneLine(article.title)} [${article.id}]`);

  lines.push("", `Handed to an editor ("Ask an editor"): ${report.handOffs.length}`);
  for (const handOff of report.handOffs)
    lines.push(
      `  ${handOff.at.slice(0, 16).replace("T", " ")}  ${handOff.platform}  ${handOff.status === "not_found" ? "refused" : "answered"}: ${oneLine(handOff.question)}`,
    );
  return `${lines.join("\n")}\n`;
}
