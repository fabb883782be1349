/** Pure: the re-ingest progress line and summary, as shown to the admin who ran /reingest. */
import type { IngestProgress, IngestSummary } from "../../core/types";
import { DISCORD_LIMITS } from "./render-answer";
import { toSafeText, truncate } from "./safe-text";

const PHASES: Record<IngestProgress["phase"], string> = {
  read: "reading articles",
  embed: "embedding passages",
  index: "building the index",
  save: "saving",
};

export function formatProgress(progress: IngestProgress): string {
  const count = progress.total > 0 ? ` (${progress.done}/${progress.total})` : "";
  return `Re-ingesting the archive: ${PHASES[progress.phase]}${count}…`;
}

export function formatSummary(summary: IngestSummary): string {
  const lines = [
    `Re-ingest finished in ${summary.seconds.toFixed(1)} s. Now answering from index ${summary.indexVersion}.`,
    `${summary.articles} articles, ${summary.chunks} passages: ${summary.added} added, ${summary.updated} updated, ` +
      `${summary.removed} removed, ${summary.unchanged} unchanged.`,
  ];
  if (summary.corrected !== undefined)
    lines.push(`With corrections: ${summary.corrected}; near-duplicate copies: ${summary.duplicates ?? 0}.`);
  if (summary.skipped.length > 0) {
    lines.push(`Skipped ${summary.skipped.length}:`);
    for (const skip of summary.skipped.slice(0, 5)) {
      lines.push(`- ${toSafeText(truncate(skip.source, 120))}: ${toSafeText(truncate(skip.reason, 120))}`);
    }
    if (summary.skipped.length > 5) lines.push(`- …and ${summary.skipped.length - 5} more (see the logs)`);
  }
  return truncate(lines.join("\n"), DISCORD_LIMITS.content);
}
