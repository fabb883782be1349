/** Chooses the sentences of the retrieved passages that best answer a question, as verbatim quotes. */

import { asksForExpansion, EXPANSION_WORDS, findExpansion } from "../../text/acronyms";
import { captionRanges } from "../../text/caption-lines";
import { asksAboutCorrections, correctionNotes } from "../../text/correction-notes";
import { sentenceBounds } from "../../text/split-sentences";
import { storyExpansions } from "../../text/story-acronyms";
import { contentTerms, contentTokens, terms, toTerm } from "../../text/tokenize";
import { answerKind, carrierOf, dateFit } from "../question/answer-kind";
import { countedWords, countingSentence } from "../question/asked-figure";
import type { Passage } from "../types";
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
  /** On a photo caption or credit line. */
  caption: boolean;
  /** Its index terms, computed on first use (a span is scored once per passage overlapping it). */
  terms?: Set<string>;
  /** The question's missing words → their nearest word's cosine here, computed on first use. */
  near?: Map<string, number>;
}

const MAX_QUOTE_CHARS = 400;
/** A quote grown to cover an overlapping second sentence may reach this (500, 600 and 800 measured alike). */
const MERGED_QUOTE_CHARS = 500;
/** The text quotes are cut from: the whole article when known (else the passage), and where it starts. */
interface Source {
  /** The article's whole text (not only a passage's). */
  whole: boolean;
  text: string;
  offset: number;
  spans: Span[];
}

/**
 * Sentence spans of a text, in article offsets, trimmed, one line at most each; a span on a photo caption,
 * credit or byline line is marked so it is never quoted, nor taken in as a neighbour.
 */
function sentenceSpans(text: string, offset: number, notesToo = false): Span[] {
  const captions = captionRanges(text, offset);
  // Correction and update notes are never quoted either, unless the question asks about them.
  if (!notesToo) for (const note of correctionNotes(text)) captions.push([note.start, note.end]);
  const inCaption = (at: number) => captions.some(([from, to]) => at >= from && at < to);
  const spans: Span[] = [];
  for (const [from, to] of sentenceBounds(text)) {
    const segment = text.slice(from, to);
    let cursor = 0;
    for (const piece of segment.split(/\n+/)) {
      const offsetInPart = segment.indexOf(piece, cursor);
      cursor = offsetInPart + piece.length;
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed.length < 12) continue;
      const at = from + offsetInPart + lead;
      spans.push({
        start: offset + at,
        end: offset + at + trimmed.length,
        text: trimmed,
        caption: inCaption(at),
      });
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
 * The sentence widened by the one before it, then the one after it, while the whole stays within
 * MAX_QUOTE_CHARS: news leads and follow-up sentences often hold the fact the matched sentence refers to
 * (measured on realtimeqa-dev: answer-hit +10 points, docs/performance.md). Still one verbatim slice. A caption
 * line is never taken in.
 */
function withNeighbours(spans: Span[], i: number): { start: number; end: number } {
  const span = spans[i] as Span;
  let start = span.start;
  let end = span.end;
  const previous = spans[i - 1];
  const next = spans[i + 1];
  const after = spans[i + 2];
  const canTake = (s: Span | undefined, from: number) => s && !s.caption && s.end - from <= MAX_QUOTE_CHARS;
  // A subheading ("What lawmakers left out") or a question introduces what follows: it is quoted with the
  // sentence after it, never as a quote's last words.
  if (introduces(span)) return { start, end: next && !next.caption ? next.end : end };
  if (previous && !previous.caption && end - previous.start <= MAX_QUOTE_CHARS) start = previous.start;
  if (next && introduces(next)) {
    if (canTake(next, start) && canTake(after, start) && !introduces(after as Span))
      end = (after as Span).end;
  } else if (canTake(next, start)) end = (next as Span).end;
  return { start, end };
}

/**
 * A line that introduces what follows: a subheading or a list label (short, without a sentence's closing
 * mark), or a question ("Where do you advertise?" in an interview, "What happens next?" in a story).
 */
const introduces = (span: Span) =>
  (span.text.length <= 100 && !/[.!?…:;"”’)\]]$/u.test(span.text)) || /\?["”’]?$/u.test(span.text);

/**
 * A question word missing from a sentence counts SOFT × its weight × how far its nearest word there is above
 * SOFT_FLOOR (cosine, scaled to 0..1): "withdrawn" finds "suspended". Chosen on realtimeqa-dev's tuning half
 * and the reporter paraphrases (docs/performance.md): 0.5 / 0.5 quoted the fact for 84 of 118 paraphrases
 * against 82 without, tuning half dated answer-hit 78.7 % against 76.6 %; SOFT 1 lost on the check half.
 */
const SOFT = 0.5;
const SOFT_FLOOR = 0.5;

/** News states its key fact first (the inverted pyramid): a sentence in the article's lead gets this bonus. */
const LEAD_BONUS = 0.1;
/** A question is usually about one story: sentences of the best-ranked article get this bonus (answer-hit 66 → 68 %). */
const TOP_STORY_BONUS = 0.1;
/**
 * For a when/who/how-many question, the word match of a sentence that carries no date, name or number counts
 * this much (answer-kind.ts): "When was the CNRP dissolved?" quotes the sentence with "November 2017".
 */
const WRONG_KIND = 0.5;

/**
 * For "How many <things>…", a sentence whose numbers count something else ("500 institutions received the
 * invitation" for "How many Warhol pictures…") fits this much; one that counts the things asked (asked-figure.ts)
 * fits fully. Chosen on the reporter paraphrases and rtqa-archive-2023's tuning half (docs/performance.md):
 * 0.65 and 0.5 quoted 85 of 118 facts against 84, archive answer-hit 274 of 618 against 273; 0.8 quoted 83.
 */
const COUNT_ELSEWHERE = 0.65;

interface Candidate extends PickedQuote {
  source: Source;
  /** The question's words the sentence lacks, and the most their near words could add to the score. */
  soft?: { absent: string[]; scale: number; room: number };
}

/**
 * Scores each sentence by the IDF-weighted share of the question's content words it contains (words
 * from earlier questions in the thread count half), plus a small prior from the passage's rank, and
 * returns up to `max` non-overlapping quotes (each sentence with its neighbours, see withNeighbours) whose
 * score is at least half the best one. With `articleText`, sentences are those of the whole article, so a
 * passage cut mid-sentence is quoted from its sentence's start; caption and credit lines are never quoted.
 */
export function pickQuotes(options: {
  question: string;
  context: string[];
  passages: Passage[];
  weight: (token: string) => number;
  max: number;
  articleText?: (articleId: string) => string | undefined;
  /** Each word → the cosine of its nearest word in the texts (retriever.nearestWords): paraphrase credit. */
  nearest?: (words: string[], texts: string[]) => Map<string, number>;
}): PickedQuote[] {
  const weights = new Map<string, number>();
  for (const token of options.context.flatMap(contentTerms)) weights.set(token, options.weight(token) * 0.5);
  const acronym = asksForExpansion(options.question);
  /** Index term → the question's word for it (word vectors know words, not stems). */
  const wordOf = new Map<string, string>();
  for (const token of contentTokens(options.question))
    if (!acronym || !EXPANSION_WORDS.has(token)) {
      weights.set(toTerm(token), options.weight(toTerm(token)));
      wordOf.set(toTerm(token), token);
    }
  let total = 0;
  for (const w of weights.values()) total += w;
  if (total === 0) return [];
  const topArticle = options.passages[0]?.article.id;
  const topScore = Math.max(...options.passages.map((p) => p.score), Number.MIN_VALUE);
  const kind = answerKind(options.question);
  const carriesAsked = kind ? carrierOf(kind, options.question) : null;
  // "How many <things>": the things counted are known, so a sentence can be checked for counting them.
  const counted = kind === "number" ? countedWords(options.question) : [];
  const countsAsked = counted.length ? countingSentence(counted, options.nearest) : null;
  const expanded = storyExpansions();
  const { sourceOf, wholeOf } = sources(options.articleText, asksAboutCorrections(options.question));

  const candidates: Candidate[] = [];
  const consider = (passage: Passage, rank: number, source: Source, inRange: (span: Span) => boolean) => {
    source.spans.forEach((span, i) => {
      if (span.caption || !inRange(span)) return;
      if (!span.terms) {
        const own = new Set(terms(span.text));
        const lacking: string[] = [];
        for (const [term, word] of wordOf) if (!own.has(term)) lacking.push(word);
        for (const term of expanded(span.text, source.text, lacking)) own.add(term);
        span.terms = own;
      }
      const present = span.terms;
      let found = 0;
      const absent: string[] = [];
      for (const [token, w] of weights) {
        if (present.has(token)) found += w;
        else if (wordOf.has(token)) absent.push(token);
      }
      const defines = acronym !== null && spellsOut(acronym, span) ? DEFINITION_BONUS : 0;
      if (found === 0 && defines === 0) return;
      const short = span.text.length < 40 ? 0.6 : 1;
      const fits =
        kind === null
          ? 1
          : kind === "date"
            ? Math.max(WRONG_KIND, dateFit(span.text))
            : !carriesAsked?.(span.text)
              ? WRONG_KIND
              : countsAsked && !countsAsked(span.text)
                ? COUNT_ELSEWHERE
                : 1;
      const score =
        (found / total) * short * fits +
        0.15 * (passage.score / topScore) +
        (passage.article.id === topArticle ? TOP_STORY_BONUS : 0) -
        0.01 * rank +
        (span.start < LEAD_CHARS ? LEAD_BONUS : 0) +
        defines;
      const { start, end } = withNeighbours(source.spans, i);
      const quote = clip(sliceOf(source, start, end));
      // What the sentence's other words for the missing question words may add (scored below, when it can
      // matter): up to SOFT of their weight.
      const scale = (short * fits) / total;
      let room = 0;
      if (options.nearest && found > 0) for (const term of absent) room += (weights.get(term) ?? 0) * SOFT;
      candidates.push({
        passage,
        source,
        start,
        end: start + quote.length,
        quote,
        score,
        core: span,
        soft: room > 0 ? { absent, scale, room: room * scale } : undefined,
      });
    });
  };
  const within = (passage: Passage) => (span: Span) => span.end > passage.start && span.start < passage.end;
  options.passages.forEach((passage, rank) => {
    consider(passage, rank, sourceOf(passage), within(passage));
  });
  // For a when/who/how-many question, the rest of the top story too (the date may sit in a passage not
  // retrieved), scored like its weakest retrieved passage ranked last. For every question: answer-hit −1 point.
  // Also for "What does X stand for?": the story may spell X out away from the passages that name it.
  const top = options.passages[0];
  if (top && (kind !== null || acronym !== null)) {
    const source = wholeOf(top);
    const retrieved = options.passages.filter((p) => p.article.id === top.article.id);
    if (source && sourceOf(top).whole) {
      const weakest = Math.min(...retrieved.map((p) => p.score));
      consider({ ...top, score: weakest }, options.passages.length, source, (span) =>
        retrieved.every((p) => !within(p)(span)),
      );
    }
  }
  // A question word the sentence says another way ("withdrawn" for "suspended") counts in part. Only for
  // sentences that could still be quoted with the most it adds (a quote needs half the best score): the word
  // vectors are the costly part of scoring.
  const nearest = options.nearest;
  if (nearest) {
    const best = Math.max(0, ...candidates.map((c) => c.score));
    for (const candidate of candidates) {
      const soft = candidate.soft;
      if (!soft || candidate.score + soft.room < best * 0.5) continue;
      const span = candidate.core as Span;
      span.near ??= nearest(
        soft.absent.map((t) => wordOf.get(t) as string),
        [span.text],
      );
      let gained = 0;
      for (const term of soft.absent) {
        const cos = span.near.get(wordOf.get(term) as string) ?? 0;
        gained += (weights.get(term) ?? 0) * SOFT * Math.max(0, (cos - SOFT_FLOOR) / (1 - SOFT_FLOOR));
      }
      candidate.score += gained * soft.scale;
    }
  }
  candidates.sort((a, b) => b.score - a.score);

  const picked: Candidate[] = [];
  for (const candidate of candidates) {
    if (picked.length >= options.max) break;
    const best = picked[0];
    if (best && candidate.score < best.score * 0.5) break;
    take(picked, candidate);
  }
  if (carriesAsked) carrierFirst(picked, carriesAsked);
  return picked.map(({ source: _, ...quote }) => quote);
}

/**
 * For a when/who/how-many question, the first story's first quote that carries the asked kind of fact (a date,
 * a name, a number: answer-kind.ts) is shown first: "When was the CNRP dissolved?" opens with "in November
 * 2017 disbanded the CNRP", not with a quote that only names the dissolved party. The stories' order, and so
 * the citation numbers, do not change.
 */
function carrierFirst(picked: PickedQuote[], carries: (sentence: string) => boolean): void {
  const first = picked[0];
  if (!first || carries(first.quote)) return;
  const at = picked.findIndex((q) => q.passage.article.id === first.passage.article.id && carries(q.quote));
  if (at > 0) picked.unshift(...picked.splice(at, 1));
}

/** "What does EBA stand for?": the sentence that spells the acronym out is the answer. */
const DEFINITION_BONUS = 1;

/** Does this sentence spell the acronym out (acronyms.ts)? */
const spellsOut = (acronym: string, span: Span) => findExpansion(acronym, span.text) !== null;

const sliceOf = (source: Source, start: number, end: number) =>
  source.text.slice(start - source.offset, end - source.offset);

/**
 * Where each passage's quotes come from: its article's whole text when `articleText` knows it and the passage is
 * a slice of it, else the passage's own text. Only the lines the passage overlaps (and the nearest non-empty
 * line on each side, for neighbours) are split into sentences: sentences never cross a line, and splitting
 * whole articles per question was most of the answering time. `whole` gives every line of the article.
 */
function sources(
  articleText: ((articleId: string) => string | undefined) | undefined,
  /** Correction and update notes may be quoted (the question asks about corrections). */
  notesToo: boolean,
): {
  sourceOf: (passage: Passage) => Source;
  wholeOf: (passage: Passage) => Source | undefined;
} {
  const texts = new Map<string, string | null>();
  /** article → line start → that line's sentence spans. */
  const lines = new Map<string, Map<number, Span[]>>();
  const byPassage = new Map<Passage, Source>();
  /** article → its correction notes' ranges (found on the whole text: they sit at its top or bottom). */
  const notes = new Map<string, [number, number][]>();
  const textOf = (id: string): string | null => {
    if (!articleText) return null;
    if (!texts.has(id)) texts.set(id, articleText(id) ?? null);
    return texts.get(id) ?? null;
  };
  const notesOf = (id: string, text: string): [number, number][] => {
    let ranges = notes.get(id);
    if (!ranges) {
      ranges = notesToo ? [] : correctionNotes(text).map((note): [number, number] => [note.start, note.end]);
      notes.set(id, ranges);
    }
    return ranges;
  };
  /** Spans of the lines from the one holding `from` to the one holding `to - 1`, in article offsets. */
  const spansOf = (id: string, text: string, from: number, to: number): Span[] => {
    let cache = lines.get(id);
    if (!cache) {
      cache = new Map();
      lines.set(id, cache);
    }
    const out: Span[] = [];
    let start = text.lastIndexOf("\n", Math.max(0, from - 1)) + 1;
    if (from === 0) start = 0;
    while (start <= text.length) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = text.length;
      let spans = cache.get(start);
      if (!spans) {
        const inNote = notesOf(id, text);
        // Notes are found on the whole text above; per line, only photo captions and credits are.
        spans = sentenceSpans(text.slice(start, end), start, true).map((span) =>
          inNote.some(([from, to]) => span.start >= from && span.start < to)
            ? { ...span, caption: true }
            : span,
        );
        cache.set(start, spans);
      }
      out.push(...spans);
      if (end >= to || end >= text.length) break;
      start = end + 1;
    }
    return out;
  };
  /** The nearest non-empty line's start before `at` (a line start), or `at` itself. */
  const lineBefore = (text: string, at: number): number => {
    let end = at - 1;
    while (end > 0 && text[end - 1] === "\n") end--;
    return end <= 0 ? 0 : text.lastIndexOf("\n", end - 1) + 1;
  };
  /** The end of the nearest non-empty line after the line ending at `at`. */
  const lineAfter = (text: string, at: number): number => {
    let start = at;
    while (start < text.length && text[start] === "\n") start++;
    const end = text.indexOf("\n", start);
    return end < 0 ? text.length : end;
  };
  const sourceOf = (passage: Passage): Source => {
    const cached = byPassage.get(passage);
    if (cached) return cached;
    const text = textOf(passage.article.id);
    let source: Source;
    if (text !== null && text.slice(passage.start, passage.end) === passage.text) {
      const lineStart = passage.start === 0 ? 0 : text.lastIndexOf("\n", passage.start - 1) + 1;
      const lineEndAt = text.indexOf("\n", passage.end);
      const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
      const from = lineBefore(text, lineStart);
      const to = lineAfter(text, lineEnd);
      source = { whole: true, text, offset: 0, spans: spansOf(passage.article.id, text, from, to) };
    } else {
      source = {
        whole: false,
        text: passage.text,
        offset: passage.start,
        spans: sentenceSpans(passage.text, passage.start, notesToo),
      };
    }
    byPassage.set(passage, source);
    return source;
  };
  const wholeOf = (passage: Passage): Source | undefined => {
    const text = textOf(passage.article.id);
    if (text === null) return undefined;
    return { whole: true, text, offset: 0, spans: spansOf(passage.article.id, text, 0, text.length) };
  };
  return { sourceOf, wholeOf };
}

const overlaps = (a: PickedQuote, b: { passage: Passage; start: number; end: number; quote: string }) =>
  (a.passage.article.id === b.passage.article.id && a.start < b.end && b.start < a.end) ||
  a.quote === b.quote;

/**
 * Adds a candidate to the picked quotes. One whose context overlaps a quote already taken is added as its
 * sentence alone if that is new; failing that, the quote it overlaps grows to cover it, up to
 * MERGED_QUOTE_CHARS (both are slices of one text, so the union is one verbatim slice too). So a second
 * good sentence beside the first is not lost (realtimeqa-dev: answer-hit +2 points in every mode).
 */
function take(picked: Candidate[], candidate: Candidate): void {
  if (!picked.some((p) => overlaps(p, candidate))) {
    picked.push(candidate);
    return;
  }
  const { source, core } = candidate;
  const sentence = clip(sliceOf(source, core.start, core.end));
  const alone = { ...candidate, start: core.start, end: core.start + sentence.length, quote: sentence };
  if (!picked.some((p) => overlaps(p, alone))) {
    picked.push(alone);
    return;
  }
  const host = picked.find(
    (p) =>
      p.source.text === source.text &&
      p.source.offset === source.offset &&
      p.start < candidate.end &&
      candidate.start < p.end,
  );
  if (!host) return;
  const start = Math.min(host.start, candidate.start);
  const end = Math.max(host.end, candidate.end);
  if (end - start > MERGED_QUOTE_CHARS) return;
  host.start = start;
  host.end = end;
  host.quote = sliceOf(source, start, end);
}
