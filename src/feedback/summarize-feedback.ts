/** Pure: an editor-readable summary of feedback votes (counts per platform, the most recent 👎). */
import type { FeedbackEntry } from "./feedback-store";

/** Pure: the summary text for `entries` (any order); `recent` caps the list of 👎. */
export function summarizeFeedback(
  entries: FeedbackEntry[],
  options: { file: string; recent?: number },
): string {
  if (entries.length === 0) return `No feedback yet in ${options.file}.\n`;
  const platforms = [...new Set(entries.map((entry) => entry.platform))].sort();
  const count = (platform: string | undefined, vote: FeedbackEntry["vote"]) =>
    entries.filter((entry) => (platform === undefined || entry.platform === platform) && entry.vote === vote)
      .length;
  const rows = [
    ...platforms.map((platform) => [platform, count(platform, "up"), count(platform, "down")] as const),
    ["total", count(undefined, "up"), count(undefined, "down")] as const,
  ];
  const lines = [`Feedback in ${options.file}: ${entries.length} vote${entries.length === 1 ? "" : "s"}`, ""];
  lines.push(`  ${"".padEnd(10)}${"👍".padStart(6)}${"👎".padStart(6)}`);
  for (const [name, up, down] of rows)
    lines.push(`  ${name.padEnd(10)}${String(up).padStart(6)}${String(down).padStart(6)}`);

  const downs = entries.filter((entry) => entry.vote === "down").sort((a, b) => b.at.localeCompare(a.at));
  const shown = downs.slice(0, options.recent ?? 10);
  lines.push("");
  if (shown.length === 0) {
    lines.push("No 👎 so far.");
  } else {
    lines.push(`Most recent 👎 (${shown.length} of ${downs.length}, newest first):`);
    for (const entry of shown) {
      lines.push("");
      lines.push(`  ${entry.at.slice(0, 16).replace("T", " ")}  ${entry.platform}  user ${entry.user}`);
      lines.push(`    Q: ${oneLine(entry.question, 200)}`);
      lines.push(`    A: ${oneLine(entry.answerText, 200)}`);
      if (entry.articleIds.length > 0) lines.push(`    cited: ${entry.articleIds.join(", ")}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
