/**
 * Pure: a timeline Answer's entries as Discord markdown blocks, one per article in the answer's (date)
 * order: the date in bold, the linked headline and publisher, then the verbatim quote as a block quote.
 */
import type { Citation } from "../../core/types";
import { toSafeText, toSafeUrl, truncate } from "./safe-text";

const TITLE_MAX = 200;

export const TIMELINE_HEADING = "**Timeline from the archive, oldest first**";

/** One entry; the quote is cut to `quoteCap` characters when the whole timeline must shrink. */
export function timelineEntry(citation: Citation, quoteCap: number): string {
  const title = toSafeText(truncate(citation.title.trim() || "Untitled article", TITLE_MAX));
  const url = toSafeUrl(citation.url);
  const headline = url ? `[${title}](${url})` : `**${title}**`;
  const date = citation.published ? `**${toSafeText(citation.published)}**` : "**undated**";
  const publisher = citation.publisher?.trim()
    ? ` · ${toSafeText(truncate(citation.publisher, TITLE_MAX))}`
    : "";
  const quote = toSafeText(truncate(citation.quote, quoteCap))
    .split(/\n+/)
    .map((line) => `> ${line}`)
    .join("\n");
  return `${date} · **[${citation.n}]** ${headline}${publisher}\n${quote}`;
}
