/**
 * Plain-text pieces of a citation that every renderer shows: its quote line, its dates, its other copies, its
 * correction note.
 */

import type { Citation } from "../types";
import { showQuote } from "./show-quote";
import { showSpeaker } from "./show-speaker";

/**
 * A quote as a line of an answer's text: `“…” — Speaker, role [n] (2024-01-22)`. Every quote shows its
 * article's date: news changes, and the reader weighs a quote by its day.
 */
export function quoteLine(citation: Citation): string {
  const date = citation.published ? ` (${citation.published})` : "";
  return `${showQuote(citation.quote)}${showSpeaker(citation.speaker)} [${citation.n}]${date}`;
}

/** "2024-03-01", or "published 2024-03-01, updated 2024-03-02" for an updated story; null when undated. */
export function citationDates(citation: Citation): string | null {
  if (citation.updated) return `published ${citation.published ?? "undated"}, updated ${citation.updated}`;
  return citation.published;
}

/** "also in: Reuters (2024-03-01), The Sun (2024-03-02)"; null when the story has no other copy. */
export function alsoInLine(citation: Citation): string | null {
  if (!citation.alsoIn?.length) return null;
  const copies = citation.alsoIn.map((copy) => {
    const name = copy.publisher?.trim() || copy.title.trim() || copy.url || "another copy";
    return copy.published ? `${name} (${copy.published})` : name;
  });
  return `also in: ${copies.join(", ")}`;
}
