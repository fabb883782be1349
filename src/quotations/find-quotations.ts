/**
 * Finds the direct quotations of an article: spans between double quotation marks (curly or straight) of
 * at least MIN_QUOTE_WORDS words. Shorter ones are titles, terms and scare quotes, not quotations.
 * A quotation left open at a paragraph's end, with the next paragraph opening a quote, continues there
 * (the newspaper convention); each paragraph's part is its own span, marked `continued` after the first.
 */

export const MIN_QUOTE_WORDS = 4;

export interface QuoteSpan {
  /** First quoted character and the offset after the last one (marks excluded). */
  start: number;
  end: number;
  /** Offsets of the opening mark and after the closing mark (equal to `end` when the paragraph ends open). */
  open: number;
  close: number;
  /** Index of the paragraph (blank-line separated) that holds the span. */
  paragraph: number;
  /** True for the part of a multi-paragraph quotation that is not its first. */
  continued: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
}

export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > start) paragraphs.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) paragraphs.push({ start, end: text.length });
  return paragraphs;
}

const OPEN = "“";
const CLOSE = "”";

/** Raw spans of one paragraph: [open, close) pairs; `close` is null when the paragraph ends inside a quote. */
function rawSpans(text: string, from: number, to: number): { open: number; close: number | null }[] {
  const spans: { open: number; close: number | null }[] = [];
  let open: number | null = null;
  let straight = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (open === null) {
      if (c === OPEN || c === '"') {
        open = i;
        straight = c === '"';
      }
    } else if ((straight && c === '"') || (!straight && c === CLOSE)) {
      spans.push({ open, close: i + 1 });
      open = null;
    } else if (!straight && c === OPEN) {
      // An opening mark inside an open quote: the earlier one was never closed; start again here.
      open = i;
    }
  }
  if (open !== null) spans.push({ open, close: null });
  return spans;
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function findQuoteSpans(text: string, paragraphs = paragraphsOf(text)): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openEnded = false;
  paragraphs.forEach((p, index) => {
    const raw = rawSpans(text, p.start, p.end);
    const wasOpen = openEnded;
    openEnded = false;
    raw.forEach((r, k) => {
      const start = r.open + 1;
      const closeMark = r.close ?? p.end;
      const end = r.close === null ? p.end : r.close - 1;
      const inner = trimmedSpan(text, start, end);
      if (words(text.slice(inner.start, inner.end)) < MIN_QUOTE_WORDS) return;
      const continued = wasOpen && k === 0 && r.open === p.start;
      spans.push({
        start: inner.start,
        end: inner.end,
        open: r.open,
        close: closeMark,
        paragraph: index,
        continued,
      });
      if (r.close === null && k === raw.length - 1) openEnded = true;
    });
  });
  return spans;
}

/** The span without surrounding spaces and without the comma that hands over to "she said". */
function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /[\s,]/.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}
