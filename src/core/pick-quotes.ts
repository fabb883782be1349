/** Chooses the sentences of the retrieved passages that best answer a question, as verbatim quotes. */
import { contentTokens, tokenize } from "../text/tokenize";
import type { Passage } from "./types";

export interface PickedQuote {
  passage: Passage;
  /** Offsets in the article's normalised text. */
  start: number;
  end: number;
  quote: string;
  score: number;
}

const MAX_QUOTE_CHARS = 400;
const sentences = new Intl.Segmenter("en", { granularity: "sentence" });

/** Sentence spans of a passage, in article offsets, trimmed of surrounding whitespace. */
function sentenceSpans(passage: Passage): { start: number; end: number; text: string }[] {
  const spans: { start: number; end: number; text: string }[] = [];
  for (const part of sentences.segment(passage.text)) {
    let cursor = 0;
    for (const line of part.segment.split(/\n+/)) {
      const offsetInPart = part.segment.indexOf(line, cursor);
      cursor = offsetInPart + line.length;
      const lead = line.length - line.trimStart().length;
      const text = line.trim();
      if (text.length < 12) continue;
      const start = passage.start + part.index + offsetInPart + lead;
      spans.push({ start, end: start + text.length, text });
    }
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
 * Scores each sentence by the IDF-weighted share of the question's content words it contains (words
 * from earlier questions in the thread count half), plus a small prior from the passage's rank, and
 * returns up to `max` non-overlapping sentences whose score is at least half the best one.
 */
export function pickQuotes(options: {
  question: string;
  context: string[];
  passages: Passage[];
  weight: (token: string) => number;
  max: number;
}): PickedQuote[] {
  const weights = new Map<string, number>();
  for (const token of options.context.flatMap(contentTokens)) weights.set(token, options.weight(token) * 0.5);
  for (const token of contentTokens(options.question)) weights.set(token, options.weight(token));
  let total = 0;
  for (const w of weights.values()) total += w;
  if (total === 0) return [];
  const topScore = Math.max(...options.passages.map((p) => p.score), Number.MIN_VALUE);

  const candidates: PickedQuote[] = [];
  options.passages.forEach((passage, rank) => {
    for (const span of sentenceSpans(passage)) {
      const present = new Set(tokenize(span.text));
      let found = 0;
      for (const [token, w] of weights) if (present.has(token)) found += w;
      if (found === 0) continue;
      const short = span.text.length < 40 ? 0.6 : 1;
      const score = (found / total) * short + 0.15 * (passage.score / topScore) - 0.01 * rank;
      const quote = clip(span.text);
      candidates.push({ passage, start: span.start, end: span.start + quote.length, quote, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score);

  const picked: PickedQuote[] = [];
  for (const candidate of candidates) {
    if (picked.length >= options.max) break;
    const best = picked[0];
    if (best && candidate.score < best.score * 0.5) break;
    const overlaps = picked.some(
      (p) =>
        (p.passage.article.id === candidate.passage.article.id && p.start < candidate.end && candidate.start < p.end) ||
        p.quote === candidate.quote,
    );
    if (!overlaps) picked.push(candidate);
  }
  return picked;
}
