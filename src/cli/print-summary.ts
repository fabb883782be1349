/** Renders an ingest summary for the terminal. */
import type { IngestSummary } from "../core/types";

export function formatSummary(summary: IngestSummary): string {
  const lines = [
    `Ingest finished in ${summary.seconds.toFixed(1)} s: ${summary.articles} articles, ${summary.chunks} chunks (index ${summary.indexVersion}).`,
    `  added ${summary.added}, updated ${summary.updated}, removed ${summary.removed}, unchanged ${summary.unchanged}, skipped ${summary.skipped.length}`,
    `  embeddings reused ${summary.reusedEmbeddings} of ${summary.chunks}`,
  ];
  if (summary.skipped.length > 0) {
    lines.push("  skipped:");
    for (const item of summary.skipped) lines.push(`    ${item.source}: ${item.reason}`);
  }
  return lines.join("\n");
}
