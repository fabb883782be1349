/**
 * Punctuation and letters as speech-to-text writes them when a question is dictated on a phone: "chin ma lin from
 * the justice ministry comma what government human rights body is he in charge of question mark", "what does g s p
 * stand for". Read as written ("…, what … of?", "GSP"): the question mark ends the question, which sentence
 * splitting, the asking clause and the acronym checks read, and "comma" is no word a story is about.
 */

/**
 * Spoken marks and what they write. "question mark" and "exclamation mark" are seldom a question's own words, and then
 * after "the", "a" or "this" ("what does the question mark in the headline mean?").
 */
const ALWAYS = /(?<!\b(?:the|a|an|this|that)\s)\b(?:question mark|exclamation (?:mark|point))\b/gi;
/**
 * These are words too ("the Oxford comma", "a period of", "the colon"), read as marks only in a message with no
 * punctuation of its own, as dictation leaves it (ALWAYS aside); "period" and "colon" only last ("what is the period of
 * the orbit" keeps it).
 */
const DICTATED = /\b(?:comma|full stop|new line|new paragraph|(?:period|colon)(?=\s*$))\b/gi;
const MARKS: Readonly<Record<string, string>> = {
  "question mark": "?",
  "exclamation mark": "!",
  "exclamation point": "!",
  comma: ",",
  "full stop": ".",
  period: ".",
  colon: ":",
  "new line": " ",
  "new paragraph": " ",
};
/** Punctuation a typed message has: with any of it, "comma" and "period" are the words. */
const TYPED_MARKS = /[?.!,:;]/;

const markOf = (spoken: string): string => MARKS[spoken.trim().toLowerCase().replace(/\s+/g, " ")] ?? spoken;

/**
 * Letters said one by one, in lower case ("g s p", "e b a", "u s") or in capitals, as some dictation writes them
 * ("What does the abbreviation E B A stand for … question mark"). Two or more single letters of one case, not "a"
 * or "i" first ("a u s senator" is "a US senator"; "i" and "a" are words).
 */
const SPELLED =
  /(?<![\p{L}\p{N}'’])(?:(?![ai]\b)\p{Ll}(?: \p{Ll}(?![\p{L}\p{N}'’]))+|(?![AI]\b)\p{Lu}(?: \p{Lu}(?![\p{L}\p{N}'’]))+)(?![\p{L}\p{N}'’])/gu;

/** The question with its spoken punctuation written as marks, and letters said one by one as one word. */
export function withSpokenPunctuation(question: string): string {
  const dictated = !TYPED_MARKS.test(question.replace(ALWAYS, ""));
  let written = question.replace(ALWAYS, markOf);
  if (dictated) written = written.replace(DICTATED, markOf);
  if (dictated || written !== question)
    written = written.replace(SPELLED, (letters) => letters.replace(/ /g, "").toUpperCase());
  // A typed question stays as typed ("Prak Sokhonn ?" with a French space); a dictated one loses the spaces its
  // marks were said with.
  if (written === question) return question;
  return written
    .replace(/\s+([?!,.:])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}
