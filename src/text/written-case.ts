/**
 * How a text writes a word inside its sentences: in capitals ("EBA"), capitalised ("Microsoft") or in lower
 * case. A sentence's first word is capitalised whatever it is, so it is not counted; nor is a word on a
 * heading line ("Election Results", "FIRST GLOBAL CHALLENGE": no word of four letters or more in lower case).
 */

export interface CaseCounts {
  /** All capitals, two letters or more: "EBA", "NASA". */
  upper: number;
  /** A capital first and lower case after: "Microsoft", "McCarthy". */
  title: number;
  lower: number;
}

const LETTER = /[\p{L}\p{N}]/u;
/** What may stand between a sentence's end and its first word: spaces, quotes, brackets, dashes. */
const OPENING = /[\s"“‘'([—–-]/u;

/** Adds to `counts` each whole-word, mid-sentence occurrence of lower-case `word` in `text`. */
export function countCases(text: string, word: string, counts: CaseCounts): CaseCounts {
  const lowered = text.toLowerCase();
  if (lowered.length !== text.length) return counts; // a case fold that changes lengths: offsets would not match
  for (let at = lowered.indexOf(word); at >= 0; at = lowered.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if (
      (at > 0 && LETTER.test(text[at - 1] as string)) ||
      (end < text.length && LETTER.test(text[end] as string))
    )
      continue;
    if (opensSentence(text, at) || inHeadingLine(text, at)) continue;
    const written = text.slice(at, end);
    if (written === word) counts.lower++;
    else if (written.length >= 2 && written === written.toUpperCase()) counts.upper++;
    else if (written[0] !== word[0] && written.slice(1) === word.slice(1)) counts.title++;
  }
  return counts;
}

/** True when the line holding `at` has three words or more and none of over three letters in lower case. */
function inHeadingLine(text: string, at: number): boolean {
  const start = text.lastIndexOf("\n", at) + 1;
  const end = text.indexOf("\n", at);
  const words = text.slice(start, end < 0 ? text.length : end).match(/\p{L}[\p{L}\p{N}’'-]*/gu) ?? [];
  return words.length >= 3 && !words.some((w) => /^\p{Ll}/u.test(w) && w.length > 3);
}

/** True when the word at `at` starts its sentence or its line (nothing but quotes or brackets before it). */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && OPENING.test(text[i] as string) && text[i] !== "\n") i--;
  if (i < 0 || text[i] === "\n") return true;
  return /[.!?:;…]/u.test(text[i] as string);
}

/**
 * The form a text nearly always gives the word mid-sentence: "EBA" or "Microsoft" when at least `share` of
 * `atLeast` or more occurrences are so written; null otherwise.
 */
export function usualCapitals(
  word: string,
  counts: CaseCounts,
  atLeast: number,
  share: number,
): string | null {
  const total = counts.upper + counts.title + counts.lower;
  if (total < atLeast || counts.upper + counts.title < share * total) return null;
  return counts.upper > counts.title ? word.toUpperCase() : word[0]?.toUpperCase() + word.slice(1);
}
