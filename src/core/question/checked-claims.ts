/**
 * Questions that check a claim or choose between two readings: "fact-check: Washington pulled Cambodia's GSP in
 * 2019?", "Did Tina McKenzie captain the Gliders in 2005 or in 2010?", "Is it Ed Markey or Edward Markey?". The
 * claim's year may be wrong and one of the two readings is not the story's: neither is a name or a date the story
 * must hold, nor a period to search in (question-dates.ts).
 */
import { missingEntities, questionEntities } from "./question-entities";

/** "fact-check: …", "fact check …", "true or false: …", "is it true that …", "verify: …". */
const CHECKS = /^\s*(?:fact[- ]?check(?:ing)?\b|true or false\b|is it true that\b|verify\s*:)/i;

/** Whether the question checks a claim ("fact-check: …"). */
export function checksClaim(question: string): boolean {
  return CHECKS.test(question);
}

/** A name or a year, of up to four capitalised words or one number: "Ed Markey", "2005", "Foreign Affairs". */
const READING = String.raw`(?:[\p{Lu}\d][\p{L}\d'’.-]*)(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}`;
/** Two readings joined by "or": "Ed Markey or Edward Markey", "2005 or in 2010", "Justice or Interior". */
const ALTERNATIVES = new RegExp(`(${READING})\\s+or\\s+(?:in\\s+|on\\s+|the\\s+)?(${READING})`, "gu");

/** The spans of the question that are one of two readings joined by "or", as [start, end) offsets. */
export function alternativeSpans(question: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of question.matchAll(ALTERNATIVES))
    spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/**
 * The question's entities (question-entities.ts) that `texts` need not hold: of two readings joined by "or", the
 * one the texts lack when they hold the other; and a checked claim's years and numbers.
 */
export function unaskedEntities(question: string, texts: string[]): Set<string> {
  const unasked = new Set<string>();
  if (checksClaim(question))
    for (const entity of questionEntities(question)) if (/^\d/.test(entity)) unasked.add(entity);
  for (const match of question.matchAll(ALTERNATIVES)) {
    // Read inside a sentence, so a reading's first word counts as a name ("Edward" in "Edward Markey").
    const lacking = (reading = "") => missingEntities(questionEntities(`x ${reading}`), texts);
    const [lackFirst, lackSecond] = [lacking(match[1]), lacking(match[2])];
    if (lackFirst.length === 0) for (const entity of lackSecond) unasked.add(entity);
    if (lackSecond.length === 0) for (const entity of lackFirst) unasked.add(entity);
  }
  return unasked;
}
