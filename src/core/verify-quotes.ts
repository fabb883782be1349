/** Pure: checks a written answer's quotes against the cited articles and keeps only the claims they support. */
import { contentTerms } from "../text/tokenize";
import { buildCitations, type QuoteInput } from "./cite";
import type { Citation, Passage } from "./types";

/** A quote as the writer gave it: `n` is the 1-based number of the passage it was shown. */
export interface DraftQuote {
  n: number;
  quote: string;
}

/** A written answer before checking: prose with [n] passage markers, and its supporting quotes. */
export interface DraftAnswer {
  text: string;
  quotes: DraftQuote[];
}

export interface VerifyOptions {
  /** The passages in the order they were numbered for the writer (passage n is `passages[n - 1]`). */
  passages: Passage[];
  /** The normalised text of an article (Retriever.articleText). */
  articleText: (articleId: string) => string | undefined;
  maxQuotes?: number;
  maxQuoteChars?: number;
  maxTextChars?: number;
}

export interface VerifiedAnswer {
  /** The surviving sentences, markers renumbered to match `citations`. */
  text: string;
  citations: Citation[];
  droppedQuotes: number;
  droppedSentences: number;
}

/** Shorter quotes prove nothing ("the council"), so they do not count as support. */
export const MIN_QUOTE_CHARS = 12;
/** Share of a sentence's content words that must appear in the quotes backing it. */
export const MIN_GROUNDING = 0.5;
const DEFAULTS = { maxQuotes: 6, maxQuoteChars: 400, maxTextChars: 1200 };

const SINGLE_QUOTES = new Set(["\u2018", "\u2019", "\u201A", "\u201B", "\u2032"]);
const DOUBLE_QUOTES = new Set(["\u201C", "\u201D", "\u201E", "\u201F", "\u2033", "\u00AB", "\u00BB"]);
const DASHES = new Set(["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"]);
const INVISIBLE = new Set(["\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"]);

/**
 * Folds the differences a writer may introduce without changing the words: runs of whitespace become one
 * space, curly quotes straight, dashes "-", "…" "...", invisible characters vanish. `offsets[i]` is the
 * index in `text` of the character that produced normalised character i, so a match maps back exactly.
 */
export function normaliseForMatch(text: string): { text: string; offsets: number[] } {
  let out = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    let mapped: string;
    if (/\s/.test(ch)) {
      if (out.endsWith(" ")) continue;
      mapped = " ";
    } else if (INVISIBLE.has(ch)) continue;
    else if (SINGLE_QUOTES.has(ch)) mapped = "'";
    else if (DOUBLE_QUOTES.has(ch)) mapped = '"';
    else if (DASHES.has(ch)) mapped = "-";
    else if (ch === "\u2026") mapped = "...";
    else mapped = ch;
    out += mapped;
    for (let k = 0; k < mapped.length; k++) offsets.push(i);
  }
  return { text: out, offsets };
}

function locateNormalised(quote: string, source: string): string | undefined {
  const needle = normaliseForMatch(quote).text.trim();
  if (needle.length < MIN_QUOTE_CHARS) return undefined;
  const haystack = normaliseForMatch(source);
  const at = haystack.text.indexOf(needle);
  if (at < 0) return undefined;
  const start = haystack.offsets[at] as number;
  const end = (haystack.offsets[at + needle.length - 1] as number) + 1;
  return source.slice(start, end);
}

/**
 * The exact substring of `source` that `quote` matches after normalising both, or undefined. A quote
 * wrapped in quotation marks or ellipses that the source does not have is tried again without them.
 */
export function locateVerbatim(quote: string, source: string): string | undefined {
  const unwrapped = quote
    .trim()
    .replace(/^(?:\.\.\.|\u2026|["'\u2018\u201C])+\s*/, "")
    .replace(/\s*(?:\.\.\.|\u2026|["'\u2019\u201D])+$/, "");
  return locateNormalised(quote, source) ?? locateNormalised(unwrapped, source);
}

/** Cuts an over-long quote at a word boundary; a prefix is still verbatim. */
function clip(quote: string, max: number): string {
  if (quote.length <= max) return quote;
  const cut = quote.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:]+$/, "");
}

const MARKER_GROUP = /\[(\d+(?:\s*,\s*\d+)*)\]/g;
const LEADING_MARKERS = /^\s*((?:\[\d+(?:\s*,\s*\d+)*\]\s*)+)/;
const QUOTED_SPAN = /["\u201C]([^"\u201C\u201D]{12,})["\u201D]/g;
const LINK = /\bhttps?:\/\/[^\s)\]]+|\bwww\.[^\s)\]]+|\b(?:[a-z0-9-]+\.)+(?:[a-z]{2,})(?:\/[^\s)\]]*)?/gi;
const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Sentences of the answer, with markers that open a sentence ("… closes. [1] It …") moved back to the one they close. */
function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of sentenceSegmenter.segment(text)) {
    let sentence = segment;
    const lead = LEADING_MARKERS.exec(sentence);
    if (lead && out.length > 0) {
      out[out.length - 1] = `${out[out.length - 1]} ${lead[1]?.trim()}`;
      sentence = sentence.slice(lead[0].length);
    }
    if (sentence.trim()) out.push(sentence.trim());
  }
  return out;
}

function markersOf(sentence: string): number[] {
  return [...sentence.matchAll(MARKER_GROUP)].flatMap((m) =>
    (m[1] ?? "").split(",").map((n) => Number(n.trim())),
  );
}

/**
 * A sentence must say mostly what its quotes say (half its content words appear in them), and any words
 * it puts in quotation marks or links it gives must be in the articles it cites.
 */
function proseIsSupported(
  sentence: string,
  cited: Passage[],
  textOf: (p: Passage) => string,
  quoteTerms: ReadonlySet<string>,
): boolean {
  const words = new Set(contentTerms(sentence.replace(MARKER_GROUP, " ")));
  let grounded = 0;
  for (const word of words) if (quoteTerms.has(word)) grounded++;
  if (words.size > 0 && grounded / words.size < MIN_GROUNDING) return false;
  const sources = cited.map(textOf);
  for (const span of sentence.matchAll(QUOTED_SPAN)) {
    if (!sources.some((source) => locateVerbatim(span[1] ?? "", source) !== undefined)) return false;
  }
  const withoutMarkers = sentence.replace(MARKER_GROUP, " ");
  for (const link of withoutMarkers.match(LINK) ?? []) {
    const bare = link.replace(/[.,;:!?'"]+$/, "").toLowerCase();
    const known = cited.some(
      (p, i) =>
        (sources[i] ?? "").toLowerCase().includes(bare) || (p.article.url ?? "").toLowerCase().includes(bare),
    );
    if (!known) return false;
  }
  return true;
}

/**
 * Keeps a quote only if it is verbatim (after normalising whitespace, quote marks and dashes) in the
 * article of the passage it cites, and emits the article's exact substring. A sentence survives only if
 * it carries a marker backed by a kept quote, at least half its content words are in those quotes (so an
 * injected insult or instruction cannot ride on a genuine citation), and any words it puts in quotation
 * marks or links it gives are in the articles it cites; markers without a kept quote are removed.
 * Citations are numbered in order of first citation in the surviving text. Returns null when nothing
 * verified is left (the caller falls back to the extractive answer).
 */
export function verifyQuotes(draft: DraftAnswer, options: VerifyOptions): VerifiedAnswer | null {
  const limits = { ...DEFAULTS, ...options };
  const passageOf = (n: number): Passage | undefined =>
    Number.isInteger(n) ? options.passages[n - 1] : undefined;
  const textOf = (p: Passage) => options.articleText(p.article.id) ?? p.text;

  const verified: QuoteInput[] = [];
  for (const draftQuote of draft.quotes) {
    const passage = passageOf(draftQuote.n);
    const exact = passage && locateVerbatim(draftQuote.quote, textOf(passage));
    if (!passage || !exact) continue;
    const quote = clip(exact, limits.maxQuoteChars);
    if (!verified.some((v) => v.passage.article.id === passage.article.id && v.quote === quote)) {
      verified.push({ passage, quote });
    }
  }
  const supported = new Set(verified.map((v) => v.passage.article.id));

  const kept: { sentence: string; articles: string[] }[] = [];
  const sentences = splitSentences(draft.text);
  let length = 0;
  for (const sentence of sentences) {
    const cited = markersOf(sentence)
      .map(passageOf)
      .filter((p): p is Passage => p !== undefined && supported.has(p.article.id));
    const articles = new Set(cited.map((p) => p.article.id));
    const quoteTerms = new Set(
      verified.filter((v) => articles.has(v.passage.article.id)).flatMap((v) => contentTerms(v.quote)),
    );
    if (cited.length === 0 || !proseIsSupported(sentence, cited, textOf, quoteTerms)) continue;
    if (length + sentence.length > limits.maxTextChars) break;
    length += sentence.length + 1;
    kept.push({ sentence, articles: [...articles] });
  }
  if (kept.length === 0) return null;

  const order = [...new Set(kept.flatMap((k) => k.articles))];
  const firsts = order.map((id) => verified.find((v) => v.passage.article.id === id) as QuoteInput);
  const extras = verified.filter((v) => order.includes(v.passage.article.id) && !firsts.includes(v));
  const chosen = [...firsts, ...extras.slice(0, Math.max(0, limits.maxQuotes - firsts.length))];
  chosen.sort((a, b) => order.indexOf(a.passage.article.id) - order.indexOf(b.passage.article.id));
  const { citations, numberOf } = buildCitations(chosen);

  const renumber = (group: string): string => {
    const numbers = group
      .split(",")
      .map((n) => passageOf(Number(n.trim())))
      .filter((p): p is Passage => p !== undefined && supported.has(p.article.id))
      .map((p) => numberOf(p.article.id));
    return [...new Set(numbers)].map((n) => `[${n}]`).join("");
  };
  const text = kept
    .map((k) =>
      k.sentence.replace(MARKER_GROUP, (_, group: string) => renumber(group)).replace(/ +([.,;:!?])/g, "$1"),
    )
    .join(" ")
    .replace(/\s{2,}/g, " ")
    .trim();
  return {
    text,
    citations,
    droppedQuotes: draft.quotes.length - verified.length,
    droppedSentences: sentences.length - kept.length,
  };
}
