/** Adds each top article's lead to the passages: news puts the key fact first (the inverted pyramid). */
import type { Passage } from "../types";

/** How much of an article counts as its lead: whole paragraphs up to about this many characters. */
export const LEAD_CHARS = 600;

/** The article's opening paragraphs, cut at a paragraph break after at most LEAD_CHARS (or the first one). */
export function leadOf(text: string): string {
  let end = text.indexOf("\n\n");
  if (end < 0) return text.slice(0, LEAD_CHARS * 2);
  for (;;) {
    const next = text.indexOf("\n\n", end + 2);
    if (next < 0 || next > LEAD_CHARS) break;
    end = next;
  }
  return text.slice(0, end);
}

/**
 * For the first `articles` distinct articles among `passages`, adds a passage holding the article's lead
 * (unless a passage already starts at 0), scored like that article's best passage. Offsets stay exact.
 */
export function withLeads(
  passages: Passage[],
  textOf: (articleId: string) => string | undefined,
  articles = 3,
): Passage[] {
  const out = [...passages];
  const seen = new Set<string>();
  for (const passage of passages) {
    const id = passage.article.id;
    if (seen.has(id)) continue;
    seen.add(id);
    if (seen.size > articles) break;
    if (passages.some((p) => p.article.id === id && p.start === 0)) continue;
    const text = textOf(id);
    if (!text) continue;
    const lead = leadOf(text);
    out.push({ ...passage, chunkId: `${id}#lead`, text: lead, start: 0, end: lead.length });
  }
  return out;
}
