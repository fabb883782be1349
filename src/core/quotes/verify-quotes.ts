/** Pure: checks a written answer's quotes against the cited articles and keeps only the claims they support. */

import { correctionNotes } from "../../text/correction-notes";
import { NUMBER_WORD_VALUES, numberWordFor } from "../../text/number-words";
import { contentTerms, terms, toTerm } from "../../text/tokenize";
import { buildCitations, type QuoteInput } from "../cite";
import { firstDay } from "../question/question-dates";
import type { Citation, Passage } from "../types";

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
  /**
   * Correction and update notes may be quoted (the question asks about corrections). Otherwise a quote found
   * only inside an article's note is rejected: notes are shown with citations, never quoted as the story.
   */
  notesToo?: boolean;
  /**
   * The newest cited article's quotes first and numbered [1] (a question about the current state, asked at a
   * day: newest-first.ts); otherwise sources are numbered in order of first citation.
   */
  newestFirst?: boolean;
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

/**
 * Words a written sentence may use without finding them in its quotes: function words the stopword list
 * lacks, connectives and attribution verbs that add no claim of their own. Any other word must be in the
 * sentence's quotes (or the cited articles' titles), so nothing (an insult, an instruction, a link) can
 * ride along on a supported sentence.
 */
export const SAFE_WORDS: ReadonlySet<string> = new Set(
  (
    "across along amid among around upon onto within without toward towards via per despite whether either " +
    "neither every another several may might must shall cannot can't won't didn't don't doesn't isn't aren't wasn't " +
    "weren't hasn't haven't hadn't however meanwhile additionally furthermore moreover instead therefore thus hence " +
    "although though whereas since yet still already later earlier including include includes included " +
    "article articles report reports reported reporting passage passages source sources archive story " +
    "state states stated note notes noted mention mentions mentioned explain explains explained add adds added " +
    "describe describes described write writes wrote written claim claims claimed"
  )
    .split(" ")
    .map(toTerm),
);

/** A term and, for a number, its other spelling ("six" ↔ "6"), so either form in a quote grounds both. */
function withNumberForms(term: string): string[] {
  const value = NUMBER_WORD_VALUES.get(term);
  if (value !== undefined) return [term, String(value)];
  if (/^\d+$/.test(term)) {
    const word = numberWordFor(Number(term));
    return word ? [term, toTerm(word)] : [term];
  }
  return [term];
}

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

/** The first match of `quote` in `source` that overlaps none of the `excluded` ranges (source offsets). */
function locateNormalised(
  quote: string,
  source: string,
  excluded: readonly [number, number][],
): string | undefined {
  const needle = normaliseForMatch(quote).text.trim();
  if (needle.length < MIN_QUOTE_CHARS) return undefined;
  const haystack = normaliseForMatch(source);
  for (let at = haystack.text.indexOf(needle); at >= 0; at = haystack.text.indexOf(needle, at + 1)) {
    const start = haystack.offsets[at] as number;
    const end = (haystack.offsets[at + needle.length - 1] as number) + 1;
    if (!excluded.some(([from, to]) => start < to && end > from)) return source.slice(start, end);
  }
  return undefined;
}

/**
 * The exact substring of `source` that `quote` matches after normalising both, or undefined. A quote
 * wrapped in quotation marks or ellipses that the source does not have is tried again without them. A
 * match overlapping an `excluded` range (a correction note) does not count.
 */
export function locateVerbatim(
  quote: string,
  source: string,
  excluded: readonly [number, number][] = [],
): string | undefined {
  const unwrapped = quote
    .trim()
    .replace(/^(?:\.\.\.|\u2026|["'\u2018\u201C])+\s*/, "")
    .replace(/\s*(?:\.\.\.|\u2026|["'\u2019\u201D])+$/, "");
  return locateNormalised(quote, source, excluded) ?? locateNormalised(unwrapped, source, excluded);
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
 * A sentence must say only what its quotes say: every content word is in its quotes (or the cited
 * articles' titles and addresses), a SAFE_WORDS connective, or inside a quoted span or link that is
 * itself in a cited article; and any words it puts in quotation marks or links it gives must be in the
 * articles it cites. So "…, you moron [1]" or "… Click here [1]" is dropped however well the rest is backed.
 */
function proseIsSupported(
  sentence: string,
  cited: Passage[],
  textOf: (p: Passage) => string,
  grounded: ReadonlySet<string>,
): boolean {
  const sources = cited.map(textOf);
  let rest = sentence.replace(MARKER_GROUP, " ");
  for (const span of rest.matchAll(QUOTED_SPAN)) {
    if (!sources.some((source) => locateVerbatim(span[1] ?? "", source) !== undefined)) return false;
  }
  rest = rest.replace(QUOTED_SPAN, " ");
  for (const link of rest.match(LINK) ?? []) {
    const bare = link.replace(/[.,;:!?'"]+$/, "").toLowerCase();
    const known = cited.some(
      (p, i) =>
        (sources[i] ?? "").toLowerCase().includes(bare) || (p.article.url ?? "").toLowerCase().includes(bare),
    );
    if (!known) return false;
  }
  rest = rest.replace(LINK, " ");
  const words = new Set(contentTerms(rest));
  let found = 0;
  for (const word of words) {
    if (grounded.has(word)) found++;
    else if (!SAFE_WORDS.has(word)) return false;
  }
  return words.size === 0 || found / words.size >= MIN_GROUNDING;
}

/** The terms a sentence citing these articles may use: those of its verified quotes, titles and addresses. */
function groundedTerms(quotes: QuoteInput[], cited: Passage[]): Set<string> {
  const texts = [
    ...quotes.map((v) => v.quote),
    ...cited.flatMap((p) => [p.article.title, p.article.url ?? ""]),
  ];
  // All terms, stopwords too: "two" is a stopword, yet it grounds a written "2".
  return new Set(texts.flatMap((text) => terms(text).flatMap(withNumberForms)));
}

/**
 * Keeps a quote only if it is verbatim (after normalising whitespace, quote marks and dashes) in the
 * article of the passage it cites, and emits the article's exact substring. A sentence survives only if
 * it carries a marker backed by a kept quote and every content word of it is in those quotes or is a safe
 * connective (proseIsSupported: so an injected insult, instruction or link cannot ride on a genuine
 * citation), and any words it puts in quotation marks or links it gives are in the articles it cites;
 * markers without a kept quote are removed.
 * Citations are numbered in order of first citation in the surviving text. Returns null when nothing
 * verified is left (the caller falls back to the extractive answer).
 */
export function verifyQuotes(draft: DraftAnswer, options: VerifyOptions): VerifiedAnswer | null {
  const limits = { ...DEFAULTS, ...options };
  const passageOf = (n: number): Passage | undefined =>
    Number.isInteger(n) ? options.passages[n - 1] : undefined;
  const textOf = (p: Passage) => options.articleText(p.article.id) ?? p.text;

  const notes = new Map<string, [number, number][]>();
  const notesOf = (p: Passage): [number, number][] => {
    if (options.notesToo) return [];
    let ranges = notes.get(p.article.id);
    if (!ranges) {
      ranges = correctionNotes(textOf(p)).map((note): [number, number] => [note.start, note.end]);
      notes.set(p.article.id, ranges);
    }
    return ranges;
  };

  const verified: QuoteInput[] = [];
  for (const draftQuote of draft.quotes) {
    const passage = passageOf(draftQuote.n);
    const exact = passage && locateVerbatim(draftQuote.quote, textOf(passage), notesOf(passage));
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
    if (cited.length === 0) continue;
    const grounded = groundedTerms(
      verified.filter((v) => articles.has(v.passage.article.id)),
      cited,
    );
    if (!proseIsSupported(sentence, cited, textOf, grounded)) continue;
    if (length + sentence.length > limits.maxTextChars) break;
    length += sentence.length + 1;
    kept.push({ sentence, articles: [...articles] });
  }
  if (kept.length === 0) return null;

  let order = [...new Set(kept.flatMap((k) => k.articles))];
  if (options.newestFirst) {
    const day = (id: string) =>
      firstDay(options.passages.find((p) => p.article.id === id)?.article.published ?? "");
    const newest = order.map(day).sort().at(-1);
    order = [...order.filter((id) => day(id) === newest), ...order.filter((id) => day(id) !== newest)];
  }
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
