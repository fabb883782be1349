/**
 * Where quotes are cut from: the sentence spans of an article's lines (never a photo caption, credit or
 * correction note, unless asked), each widened by its neighbours, as verbatim slices of the article's text.
 */
import { captionRanges } from "../../text/caption-lines";
import { correctionNotes } from "../../text/correction-notes";
import { sentenceBounds } from "../../text/split-sentences";
import type { Passage } from "../types";

export interface Span {
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

export const MAX_QUOTE_CHARS = 400;
/** A quote grown to cover an overlapping second sentence may reach this (500, 600 and 800 measured alike). */
export const MERGED_QUOTE_CHARS = 500;
/** The text quotes are cut from: the whole article when known (else the passage), and where it starts. */
export interface Source {
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
export function clip(text: string): string {
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
export function withNeighbours(
  spans: Span[],
  i: number,
  /** Take the sentence before it too (not when that one is quoted already: pick-quotes.ts `take`). */
  before = true,
  /** Take the sentence after it first: it gives what the sentence lacks (pick-quotes.ts `answerFollows`). */
  nextFirst = false,
): { start: number; end: number } {
  const span = spans[i] as Span;
  let start = span.start;
  let end = span.end;
  const previous = before ? spans[i - 1] : undefined;
  const next = spans[i + 1];
  const canTake = (s: Span | undefined, from: number) => s && !s.caption && s.end - from <= MAX_QUOTE_CHARS;
  const previousFits = (from: number) =>
    previous && !previous.caption && !startsNoSentence(previous) && from - previous.start <= MAX_QUOTE_CHARS;
  if (nextFirst && canTake(next, start) && !introduces(span)) {
    end = (next as Span).end;
    if (previousFits(end)) start = (previous as Span).start;
    return { start, end };
  }
  const after = spans[i + 2];
  // A subheading ("What lawmakers left out") or a question introduces what follows: it is quoted with the
  // sentence after it, never as a quote's last words.
  if (introduces(span)) return { start, end: next && !next.caption ? next.end : end };
  if (previousFits(end)) start = (previous as Span).start;
  if (next && introduces(next)) {
    if (canTake(next, start) && canTake(after, start) && !introduces(after as Span))
      end = (after as Span).end;
  } else if (canTake(next, start)) end = (next as Span).end;
  return { start, end };
}

/**
 * A sentence before the matched one is not taken in when the quote would then not start a sentence: a line
 * starting in lower case (a caption's tail, "pilgrims at Mecca's Grand Mosque in 2008.", or a line broken
 * mid-sentence; "iPhone" and "eBay" start sentences). A short line without a closing mark still is: it is a
 * photo caption at times ("The Plains of Arafat on the day of Hajj"), but more often a subheading that holds
 * the fact ("Jodie Comer wins best actress for harrowing 'Prima Facie'"; leaving those out lost 3
 * rtqa-archive-2023 answers, docs/performance.md).
 */
const startsNoSentence = (span: Span) => /^\p{Ll}(?!\p{Ll}*\p{Lu})/u.test(span.text);

/**
 * A line that introduces what follows: a subheading or a list label (short, without a sentence's closing
 * mark), or a question ("Where do you advertise?" in an interview, "What happens next?" in a story).
 */
const introduces = (span: Span) =>
  (span.text.length <= 100 && !/[.!?…:;"”’)\]]$/u.test(span.text)) || /\?["”’]?$/u.test(span.text);

export const sliceOf = (source: Source, start: number, end: number) =>
  source.text.slice(start - source.offset, end - source.offset);

/**
 * Where each passage's quotes come from: its article's whole text when `articleText` knows it and the passage is
 * a slice of it, else the passage's own text. Only the lines the passage overlaps (and the nearest non-empty
 * line on each side, for neighbours) are split into sentences: sentences never cross a line, and splitting
 * whole articles per question was most of the answering time. `whole` gives every line of the article.
 */
export function sources(
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
