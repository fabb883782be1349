/**
 * "How should I house-train a puppy?", "my iphone battery drains fast, how do i fix it": a question about the
 * asker's own situation. A news archive answers one only when a story is about that very thing, so such a
 * question needs one passage holding most of its words (answerability.ts); sharing a word or two with a story
 * ("house", "train") is not enough.
 */

/**
 * The asker speaking of themselves: I, me, my… Not "I" inside a quotation the question cites, not a road's
 * "I-95", and not "mine", which news uses as a noun ("a landslide at a jade mine").
 */
const FIRST_PERSON = /\b(?:i(?!-\d)|i'm|i've|i'd|i'll|me|my|myself)\b/i;
/** Quoted words: “shattered my reputation”, "I, too, am human". */
const QUOTED = /“[^”]*”|"[^"]*"|‘[^’]*’/g;

/** True when the question speaks of the asker's own situation. */
export function asksAdvice(question: string): boolean {
  return FIRST_PERSON.test(question.replace(/[’`]/g, "'").replace(QUOTED, " "));
}
