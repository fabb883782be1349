/**
 * Gives a citation its speaker when its quote is a direct quotation with a known speaker: quotation spans
 * (found at ingest) cover at least half of the quote, every span it touches has that same speaker, and every
 * sentence of the quote touches one ("…,” Sokhonn stated in the release." does; a reporter's sentence after it,
 * "However, … observers have long refuted official statements such as this.", does not, and would be shown as
 * the speaker's words). Anything less sure leaves `speaker` out: a wrong attribution is worse than none.
 */
import { sentenceBounds } from "../../text/split-sentences";
import type { Quotation, Speaker } from "../quotation-types";
import type { Retriever } from "../retriever";
import type { Citation } from "../types";

export function speakerOfQuote(quote: string, text: string, quotations: Quotation[]): Speaker | undefined {
  const start = text.indexOf(quote);
  if (start < 0 || quotations.length === 0) return undefined;
  const end = start + quote.length;
  const touching = quotations.filter((q) => q.start < end && q.end > start);
  if (touching.length === 0) return undefined;
  const covered = touching.reduce((sum, q) => sum + Math.min(end, q.end) - Math.max(start, q.start), 0);
  if (covered < quote.length / 2) return undefined;
  const narrated = sentenceBounds(quote).some(
    ([from, to]) => !touching.some((q) => q.start < start + to && q.end > start + from),
  );
  if (narrated) return undefined;
  const names = new Set(touching.map((q) => q.speaker?.name ?? null));
  const speaker = touching[0]?.speaker;
  return names.size === 1 && speaker ? speaker : undefined;
}

export function attachSpeakers(citations: Citation[], retriever: Retriever): Citation[] {
  if (!retriever.quotations) return citations;
  return citations.map((citation) => {
    if (citation.speaker) return citation;
    const text = retriever.articleText(citation.articleId);
    const quotations = retriever.quotations?.(citation.articleId) ?? [];
    const speaker = text ? speakerOfQuote(citation.quote, text, quotations) : undefined;
    return speaker ? { ...citation, speaker } : citation;
  });
}
