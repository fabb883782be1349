/**
 * The lines of an interview or a Q&A: an interviewer's question ("Which previous Virginia Governor(s) do you most
 * admire and why?") and the answer on the line after it ("Thomas Jefferson."). Quote picking scores the answer with
 * the question's words and the headline's, which says who "you" is, and never quotes a question of the interview
 * on its own (pick-quotes.ts).
 */
import { type Source, type Span, sliceOf } from "./quote-sources";

/**
 * An interview: at least this many lines end with a question mark ("What do you need to know?" once is a story). Not
 * only lines that say "you": the McKenzie interview asks "you" once and then "Who plays in that one?" (forty-fifth
 * round, docs/performance.md: with the next change, 13 more facts quoted, one lost).
 */
const MIN_ASKED = 2;
/** "you", "your", "yours". */
const ASKS_YOU = /\byou(?:rs?)?\b/i;
/** Whether each source read is an interview (a source is read for one question). */
const interviews = new WeakMap<Source, boolean>();

/** An interview or a Q&A: MIN_ASKED lines that ask something. */
function isInterview(source: Source): boolean {
  let known = interviews.get(source);
  if (known === undefined) {
    let asked = 0;
    for (const line of source.text.split("\n")) if (/\?\s*$/.test(line) && ++asked >= MIN_ASKED) break;
    known = asked >= MIN_ASKED;
    interviews.set(source, known);
  }
  return known;
}

/**
 * Any question on a line of its own in an interview ("Where do you advertise?", "What would that be an indicator
 * of?"): not an answer, though its words may be the question's.
 */
export function interviewersLine(span: Span, source: Source): boolean {
  return /\?$/.test(span.text) && startsALine(source, span.start) && isInterview(source);
}

/** An interviewer's question to the interviewee: such a line (interviewersLine) that says "you" or "your". */
export function asksTheInterviewee(span: Span, source: Source): boolean {
  return ASKS_YOU.test(span.text) && interviewersLine(span, source);
}

/** Whether only blanks stand between the line's start (or the text's) and `at`. */
function startsALine(source: Source, at: number): boolean {
  const from = Math.max(source.offset, at - LINE_LOOKBACK);
  const before = sliceOf(source, from, at);
  const line = before.slice(before.lastIndexOf("\n") + 1);
  return line.trim() === "" && (before.includes("\n") || from === source.offset);
}
/** How far back a line's start is looked for: a sentence's span never starts far into its line's blanks. */
const LINE_LOOKBACK = 200;

/**
 * The interviewer's question a sentence answers: the line before it, when that is one (asksTheInterviewee). A line
 * of several questions ("Was that the one where you were the captain of the team, in 2005? Or was that a later
 * one?") is read whole, as one span: it starts a line, each of its sentences asks, and one says "you".
 */
export function answeredQuestion(source: Source, i: number): Span | undefined {
  const span = source.spans[i] as Span;
  const previous = source.spans[i - 1];
  if (!previous || previous.caption || !sliceOf(source, previous.end, span.start).includes("\n"))
    return undefined;
  if (asksTheInterviewee(previous, source)) return previous;
  // Back over the line's sentences while each asks something: a statement before the question ("Your Santorum
  // cocktail creation has already received media coverage … Did you think …?") is not read as the question.
  let first = i - 1;
  while (first > 0 && !newLineBetween(source, source.spans[first - 1] as Span, source.spans[first] as Span)) {
    if (!/\?$/.test((source.spans[first - 1] as Span).text)) return undefined;
    first--;
  }
  if (first === i - 1 || !/\?$/.test(previous.text)) return undefined;
  const opening = source.spans[first] as Span;
  if (opening.caption || !startsALine(source, opening.start) || !isInterview(source)) return undefined;
  let line = wholeLines.get(previous);
  if (!line) {
    line = {
      start: opening.start,
      end: previous.end,
      text: sliceOf(source, opening.start, previous.end),
      caption: false,
    };
    wholeLines.set(previous, line);
  }
  return ASKS_YOU.test(line.text) ? line : undefined;
}

/** An interviewer's line of several sentences, read as one span, by its last sentence (its terms are cached on it). */
const wholeLines = new WeakMap<Span, Span>();

const newLineBetween = (source: Source, a: Span, b: Span): boolean =>
  sliceOf(source, a.end, b.start).includes("\n");
