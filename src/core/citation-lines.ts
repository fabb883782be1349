/** Plain-text pieces of a citation that every renderer shows: its dates, its other copies, its correction note. */
import type { Citation } from "./types";

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
