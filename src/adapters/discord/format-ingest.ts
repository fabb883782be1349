/** Pure: the re-ingest progress line and summary, as shown to the admin who ran /reingest. */
import type { IngestProgress, IngestSummary } from "../../core/types";
import { CANNED, reingestSummaryLines } from "../chat/canned-texts";
import { DISCORD_LIMITS } from "./render-answer";
import { toSafeText, truncate } from "./safe-text";

export const formatProgress = (progress: IngestProgress): string =>
  toSafeText(CANNED.reingestProgress(progress));

export function formatSummary(summary: IngestSummary): string {
  const { headline, skips, more } = reingestSummaryLines(summary, 5);
  const lines = [toSafeText(headline)];
  if (summary.corrected !== undefined)
    lines.push(`With corrections: ${summary.corrected}; near-duplicate copies: ${summary.duplicates ?? 0}.`);
  for (const skip of skips) {
    lines.push(`- ${toSafeText(truncate(skip.source, 120))}: ${toSafeText(truncate(skip.reason, 120))}`);
  }
  if (more) lines.push(`- ${more}`);
  return truncate(lines.join("\n"), DISCORD_LIMITS.content);
}
