/** Renders an ingest summary for the terminal. */
import type { IngestSummary } from "../core/types";

/** Control, line-separator and bidi-override characters (a file name may hold any of them). */
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** A name or reason as one safe line: unprintable characters escaped as \xNN or \uNNNN. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

export function formatSummary(summary: IngestSummary): string {
  const warnings = summary.warnings ?? [];
  const lines = [
    `Ingest finished in ${summary.seconds.toFixed(1)} s: ${summary.articles} articles, ${summary.chunks} chunks (index ${summary.indexVersion}).`,
    `  added ${summary.added}, updated ${summary.updated}, removed ${summary.removed}, unchanged ${summary.unchanged}, skipped ${summary.skipped.length}` +
      (warnings.length > 0 ? `, warnings ${warnings.length}` : ""),
    `  embeddings reused ${summary.reusedEmbeddings} of ${summary.chunks}`,
  ];
  if (summary.corrected !== undefined)
    lines.push(`  with corrections ${summary.corrected}, near-duplicate copies ${summary.duplicates ?? 0}`);
  if (summary.skipped.length > 0) {
    lines.push("  skipped:");
    for (const item of summary.skipped)
      lines.push(`    ${escapeForTerminal(item.source)}: ${escapeForTerminal(item.reason)}`);
  }
  if (warnings.length > 0) {
    lines.push("  kept with warnings:");
    for (const item of warnings)
      lines.push(`    ${escapeForTerminal(item.source)}: ${escapeForTerminal(item.warning)}`);
  }
  return lines.join("\n");
}
