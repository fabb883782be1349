/** Chooses the sentences of the retrieved passages that best answer a question, as verbatim quotes. */
import { contentTerms, terms } from "../text/tokenize";
import type { Passage } from "./types";
import { LEAD_CHARS } from "./with-leads";

export interface PickedQuote {
  passage: Passage;
  /** The scored sentence itself, in article offsets (the quote may be widened around it). */
  core: { start: number; end: number };
  /** Offsets in the article's normalised text. */
  start: number;
  end: number;
  quote: string;
  score: number;
}

interface Span {
  start: number;
  end: number;
  text: string;
}

const MAX_QUOTE_CHARS = 400;
/** A quote grown to cover an overlapping second sentence may reach this (500, 600 and 800 measured alike). */
const MERGED_QUOTE_CHARS = 500;
const sentences = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * Intl.Segmenter ends a sentence at "U.S. Secretary", "D.C., Foreign" or "Mr. Smith". A segment whose
 * last word is an initialism (U.S., D.C.) or a title/abbreviation (Mr., Gen., Jan.) is joined to the next.
 */
const ABBREVIATION =
  /(?:^|[\s(“"])(?:(?:[A-Za-z]\.){2,}|[A-Z]\.|(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|Gen|Lt|Col|Capt|Sgt|Gov|Sen|Rep|Rev|Hon|Pres|Supt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|Inc|Corp|Co|Ltd|vs|etc|approx|est|Fig|Ft|Ave|Blvd)\.)\s*$/;

/** Sentence segments of `text` as [start, end) offsets, with abbreviation splits merged. */
export function sentenceBounds(text: string): [number, number][] {
  const bounds: [number, number][] = [];
  for (const part of sentences.segment(text)) {
    const start = part.index;
    const end = start + part.segment.length;
    const last = bounds[bounds.length - 1];
    if (
      last &&
      ABBREVIATION.test(text.slice(last[0], last[1])) &&
      !text.slice(last[0], last[1]).includes("\n")
    ) {
      last[1] = end;
    } else {
      bounds.push([start, end]);
    }
  }
  return bounds;
}

/** Sentence spans of a passage, in article offsets, trimmed, one line at most each. */
function sentenceSpans(passage: Passage): Span[] {
  const spans: Span[] = [];
  for (const [from, to] of sentenceBounds(passage.text)) {
    const segment = passage.text.slice(from, to);
    let cursor = 0;
    const parts = segment.split(/\n+/);
    parts.forEach((piece) => {
      const offsetInPart = segment.indexOf(piece, cursor);
      cursor = offsetInPart + piece.length;
      const lead = piece.length - piece.trimStart().length;
      const text = piece.trim();
      if (text.length < 12) return;
      const start = passage.start + from + offsetInPart + lead;
      spans.push({ start, end: start + text.length, text });
    });
  }
  return spans;
}

/** Cuts an over-long sentence at a word boundary; the result is still a prefix, so still verbatim. */
function clip(text: string): string {
  if (text.length <= MAX_QUOTE_CHARS) return text;
  const cut = text.slice(0, MAX_QUOTE_CHARS);
  return cut.slice(0, Math.max(cut.lastIndexOf(" "), MAX_QUOTE_CHARS / 2)).replace(/[\s,;:]+$/, "");
}

/**
 * The sentence widened by the one before it, then the one after it, while the whole stays within
 * MAX_QUOTE_CHARS: news leads and follow-up sentences often hold the fact the matched sentence refers to
 * (measured on realtimeqa-dev: answer-hit +10 points, docs/performance.md). Still one verbatim slice.
 */
function withNeighbours(spans: Span[], i: number): { start: number; end: number } {
  const span = spans[i] as Span;
  let start = span.start;
  let end = span.end;
  const previous = spans[i - 1];
  const next = spans[i + 1];
  if (previous && end - previous.start <= MAX_QUOTE_CHARS) start = previous.start;
  if (next && next.end - start <= MAX_QUOTE_CHARS) end = next.end;
  return { start, end };
}

/** News states its key fact first (the inverted pyramid): a sentence in the article's lead gets this bonus. */
const LEAD_BONUS = 0.1;
/** A question is usually about one story: sentences of the best-ranked article get this bonus (answer-hit 66 → 68 %). */
const TOP_STORY_BONUS = 0.1;

/**
 * Scores each sentence by the IDF-weighted share of the question's content words it contains (words
 * from earlier questions in the thread count half), plus a small prior from the passage's rank, and
 * returns up to `max` non-overlapping quotes (each sentence with its neighbours, see withNeighbours) whose
 * score is at least half the best one.
 */
export function pickQuotes(options: {
  question: string;
  context: string[];
  passages: Passage[];
  weight: (token: string) => number;
  max: number;
}): PickedQuote[] {
  const weights = new Map<string, number>();
  for (const token of options.context.flatMap(contentTerms)) weights.set(token, options.weight(token) * 0.5);
  for (const token of contentTerms(options.question)) weights.set(token, options.weight(token));
  let total = 0;
  for (const w of weights.values()) total += w;
  if (total === 0) return [];
  const topArticle = options.passages[0]?.article.id;
  const topScore = Math.max(...options.passages.map((p) => p.score), Number.MIN_VALUE);

  const candidates: PickedQuote[] = [];
  options.passages.forEach((passage, rank) => {
    const spans = sentenceSpans(passage);
    spans.forEach((span, i) => {
      const present = new Set(terms(span.text));
      let found = 0;
      for (const [token, w] of weights) if (present.has(token)) found += w;
      if (found === 0) return;
      const short = span.text.length < 40 ? 0.6 : 1;
      const score =
        (found / total) * short +
        0.15 * (passage.score / topScore) +
        (passage.article.id === topArticle ? TOP_STORY_BONUS : 0) -
        0.01 * rank +
        (span.start < LEAD_CHARS ? LEAD_BONUS : 0);
      const { start, end } = withNeighbours(spans, i);
      const quote = clip(passage.text.slice(start - passage.start, end - passage.start));
      candidates.push({ passage, start, end: start + quote.length, quote, score, core: span });
    });
  });
  candidates.sort((a, b) => b.score - a.score);

  const picked: PickedQuote[] = [];
  for (const candidate of candidates) {
    if (picked.length >= options.max) break;
    const best = picked[0];
    if (best && candidate.score < best.score * 0.5) break;
    take(picked, candidate);
  }
  return picked;
}

const overlaps = (a: PickedQuote, b: { passage: Passage; start: number; end: number; quote: string }) =>
  (a.passage.article.id === b.passage.article.id && a.start < b.end && b.start < a.end) ||
  a.quote === b.quote;

/**
 * Adds a candidate to the picked quotes. One whose context overlaps a quote already taken is added as its
 * sentence alone if that is new; failing that, the quote it overlaps grows to cover it, up to
 * MERGED_QUOTE_CHARS (both are slices of one passage, so the union is one verbatim slice too). So a second
 * good sentence beside the first is not lost (realtimeqa-dev: answer-hit +2 points in every mode).
 */
function take(picked: PickedQuote[], candidate: PickedQuote): void {
  if (!picked.some((p) => overlaps(p, candidate))) {
    picked.push(candidate);
    return;
  }
  const { passage, core } = candidate;
  const sentence = clip(passage.text.slice(core.start - passage.start, core.end - passage.start));
  const alone = { ...candidate, start: core.start, end: core.start + sentence.length, quote: sentence };
  if (!picked.some((p) => overlaps(p, alone))) {
    picked.push(alone);
    return;
  }
  const host = picked.find(
    (p) => p.passage === passage && p.start < candidate.end && candidate.start < p.end,
  );
  if (!host) return;
  const start = Math.min(host.start, candidate.start);
  const end = Math.max(host.end, candidate.end);
  if (end - start > MERGED_QUOTE_CHARS) return;
  host.start = start;
  host.end = end;
  host.quote = passage.text.slice(start - passage.start, end - passage.start);
}
