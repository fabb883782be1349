/**
 * A draft with a blank to fill: 'drafting the tweet: "Cambodia's top diplomat ___ sat down with Blinken in DC" - who
 * goes in the blank?', 'IG caption draft: "… it cuts their death rate by __" what number goes there?'. The draft's
 * words say what is asked and the words after it say what kind of answer: read as the draft with the question word
 * in the blank ("Cambodia's top diplomat who sat down with Blinken in DC?", "… it cuts their death rate by how
 * much?"). Asked as typed, "goes", "blank" and the asker's label were searched, and both were refused.
 */

/** A quoted draft (up to 400 characters: a regular expression that looked for the blank inside took cubic time). */
const QUOTED = /["“]([^"“”]{1,400})["”]/gu;
/** A blank: two or more underscores, or "[blank]". */
const BLANK = /_{2,}|\[blank\]/i;

/** What goes in the blank: "who goes in the blank?", "what number goes there?", "which year fits here". */
const FILLS =
  /\b(who|what(?:\s+(?:number|figure|percentage|percent|share|word|name|year|date|day|month|city|country|place))?|which\s+\p{L}+|how\s+(?:many|much))\s+(?:goes|go|belongs|fits|should\s+go)\s+(?:in(?:to)?\s+(?:the|that|this)\s+(?:blank|gap|space)|there|here|in\s+there)\b/iu;

/** The question word a blank is read as, for the kind of answer asked. */
function questionWord(fills: string): string {
  const lower = fills.toLowerCase().replace(/\s+/g, " ");
  if (/^what (?:number|figure|percentage|percent|share)$/.test(lower)) return "how much";
  if (/^what (?:word|name)$/.test(lower)) return "what";
  return lower;
}

/** The question with a draft's blank asked as a question word, or the question as it was. */
export function withBlankAsked(question: string): string {
  const draft = [...question.matchAll(QUOTED)].find((quoted) => BLANK.test(quoted[1] as string));
  const fills = draft ? FILLS.exec(question.slice((draft.index ?? 0) + draft[0].length)) : null;
  if (!draft || !fills) return question;
  const asked = (draft[1] as string).replace(BLANK, questionWord(fills[1] as string));
  return `${asked.replace(/[\s.,;:!?]+$/u, "")}?`;
}
