/**
 * "How old is Chak Sopheap?": an age the story may not give. A story that gives no age at all, in any of the ways
 * copy writes one, cannot say how old anyone is: a near miss (asked-figure.ts `figureMissing`).
 */
import { baseTerm, termsWithBaseForms } from "../../text/irregular-forms";
import { sentenceBounds } from "../../text/split-sentences";
import { contentTokens } from "../../text/tokenize";
import { askedSentence } from "./answer-kind";

/**
 * "How old is …", "at what age did …", "what was his age when …": an age asked. Also as an Italian, a Spaniard or a
 * Brazilian asks it in English ("how many years he had when he was elected?", from "quanti anni aveva"): a pronoun
 * and "had" or "has" right after, then the question's end, "when", "at" or "in"; not "how many years has she had the
 * company" nor "how many years they have been jailed" (a time).
 */
const ASKS_AGE =
  /\bhow old\b|\bwhat age\b|\bwhat(?:'s|’s|\s+is|\s+was|\s+were|\s+are)\s+(?:the\s+|his\s+|her\s+|their\s+)?ages?\b|\bhow many years (?:he|she|they|you) (?:had|has|have)(?=\s*(?:[?,.]|$|when\b|at\b|in\b|then\b))/i;

/** True when the question's asking sentence asks someone's (or something's) age. */
export function asksAge(question: string): boolean {
  return ASKS_AGE.test(askedSentence(question));
}

const NUMBER_WORD =
  "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" +
  "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few";

/**
 * An age as news writes it: "a 14-year-old boy", "their nine-month-old child", "22 years old", "aged 61", "at
 * the age of 22", "died at 118", "Daniel Montalvo, 19, a member…", "I am 61 now", "born in 1962", "in her thirties",
 * "teenagers", "centuries-old". A story with none of these cannot say how old anyone or anything is.
 */
const AGE_WORDS = new RegExp(
  [
    `\\b(?:${NUMBER_WORD})(?:[- ](?:and[- ])?a[- ]half)?[- ](?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))[- ]old\\b`,
    "\\b(?:years|months|decades|centuries)[- ]old\\b",
    `\\b(?:${NUMBER_WORD})\\s+years?\\s+of\\s+age\\b`,
    `\\baged?\\s+(?:of\\s+)?(?:${NUMBER_WORD})\\b`,
    "\\b(?:I am|I'm|I’m|he is|she is|he's|she's|he’s|she’s|turned|turns|turning)\\s+\\d{1,3}\\b(?!\\s*(?:%|percent|per\\b|years?\\s+ago))",
    // "died at 118", "at 22 years old"; not a time of day.
    "\\bat\\s+\\d{1,3}\\b(?!\\s*(?:[ap]\\.?m\\b|%|percent|per\\b|o'clock|[:.]\\d))",
    "\\bborn\\s+(?:in|on)\\b",
    "\\bin\\s+(?:his|her|their)\\s+(?:early\\s+|mid[- ]|late\\s+)?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\\d0s)\\b",
    "\\bteen(?:age|aged|agers?|s)\\b",
  ].join("|"),
  "i",
);
/** A name with its age beside it, as copy writes it: "Daniel Montalvo, 19, a member…", "Ms Sam (37)". */
const AGE_BY_NAME = /\p{Lu}\p{Ll}+(?:,\s\d{1,3},|\s\(\d{1,3}\))/u;

/** Does `text` give an age (AGE_WORDS, AGE_BY_NAME)? */
export const givesAge = (text: string) => AGE_WORDS.test(text) || AGE_BY_NAME.test(text);

/** "How old is Christopher Hill now?", "what's her age?": an age today. */
const ASKS_AGE_NOW =
  /\bhow old (?:is|are)\b|\bhow old\b.*\b(?:now|today|currently)\b|\bwhat(?:'s|’s|\s+is|\s+are)\s+(?:the\s+|his\s+|her\s+|their\s+)?ages?\b/i;
/**
 * An age when something happened: "I took the Oath to our Constitution at 22 years old", "at the age of 22"; not
 * an age at death ("she died at 118"), which stays someone's age.
 */
const AGE_AT =
  /(?<!\b(?:died|dies|dead|death)\s+)\bat\s+(?:the\s+age\s+of\s+)?\d{1,3}(?:[- ]years?[- ]old)?\b/gi;

/**
 * True when the question asks an age the story does not give (givesAge); an age today is not given by an age when
 * something happened ("How old is Christopher Hill now?" of an interview where he "took the Oath … at 22 years old").
 */
export function ageMissing(question: string, text: string): boolean {
  const asked = askedSentence(question);
  const story = ASKS_AGE_NOW.test(asked) ? text.replace(AGE_AT, "") : text;
  if (!givesAge(story)) return true;
  const event = eventWords(asked);
  return event.length > 0 && !ageBesideEvent(story, event);
}

/** "How old was Noam Chomsky when he first started teaching at MIT?": the event whose age is asked. */
const WHEN_EVENT = /\b(?:how old|what age|how many years)\b.*?\bwhen\s+(.+)$/i;
/** Words of an event that say when, not what happened ("when he first started…", "when he did that interview"). */
const NOT_EVENT = new Set(
  "first finally ever actually really later then still just already up back that this those these".split(" "),
);

/** The words of the event an age is asked at ("started", "teaching", "mit"), or none when no event is asked. */
function eventWords(asked: string): string[] {
  const clause = WHEN_EVENT.exec(asked)?.[1];
  if (!clause) return [];
  return contentTokens(clause).filter((word) => !NOT_EVENT.has(word));
}

/**
 * Whether the story gives an age beside a word of the event asked: in the age's sentence or the one before or
 * after it ("… the death of their nine-month-old child, Gloria. She died from infection …"). "At age 80 he
 * continues to write books" gives Chomsky's age, not his age when he started teaching.
 */
function ageBesideEvent(text: string, event: string[]): boolean {
  const terms = event.map(baseTerm);
  const bounds = sentenceBounds(text);
  return bounds.some(([from, to], i) => {
    if (!givesAge(text.slice(from, to))) return false;
    const held = termsWithBaseForms(text.slice((bounds[i - 1] ?? [from])[0], (bounds[i + 1] ?? [0, to])[1]));
    return terms.some((term) => held.has(term));
  });
}
