/**
 * "Who found the Environment Canada document on Castlefrank Road?" asked of a story that says it "was found … by a
 * passerby": the question asks who did something, and the story tells of the deed only done by someone it does not
 * name ("by someone", "by a passerby", a passive with no one doing it). A story that names the doer ("Maxime Bernier
 * … left sensitive documents") answers; one that never writes the deed says nothing either way.
 */
import { baseTerm, termsWithBaseForms } from "../../text/irregular-forms";
import { sentenceBounds } from "../../text/split-sentences";
import { contentTokens } from "../../text/tokenize";
import { askedSentence } from "./answer-kind";

/**
 * "Who found…", "who actually dropped…", "who left…": who did a deed, asked by its past tense. Not the verbs of a
 * post or a role (asked-post.ts, asked-role.ts) nor of winning or saying, which other signals read.
 */
const ASKS_DOER =
  /^(?:and |so )?who\s+(?:actually\s+|first\s+|originally\s+|really\s+|eventually\s+)?(found|discovered|dropped|left|lost|leaked|stole|spotted|picked up|handed)\b/i;

/** Words for someone not named, doing the deed: "by someone", "a passerby found". */
const UNNAMED =
  "(?:someone|somebody|a\\s+passer-?by|passers-?by|a\\s+bystander|a\\s+(?:local\\s+)?resident|a\\s+member\\s+of\\s+the\\s+public|an?\\s+(?:unnamed|unidentified|anonymous)\\s+\\w+)";
/** "was found … by someone", "were found stuffed in the trash": a passive, its doer unnamed or not given. */
const PASSIVE = (verb: string) =>
  new RegExp(`\\b(?:was|were|been|being|is|are|be)\\s+(?:\\w+ly\\s+)?${verb}\\b`, "i");
const BY_NAMED = /\bby\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}/u;
const BY_UNNAMED = new RegExp(`\\bby\\s+${UNNAMED}`, "i");
const UNNAMED_DID = (verb: string) =>
  new RegExp(`\\b${UNNAMED}\\s+(?:who\\s+)?(?:\\w+\\s+){0,2}?${verb}\\b`, "i");

/**
 * A headline, which drops the passive's "was" and tells no doer: the story's own ("Sensitive Canadian document found
 * on rainy streets"), or one in a list of sources ('"Document found on street not secret, say feds" — The Canadian
 * Press, August 15, 2008'). It ends with no full stop.
 */
const HEADLINE = /[^.!?…\s"”’)]\s*["”’)]?\s*$/;

/** The deed a who-question asks about ("found"), lower-cased, or null. */
export function askedDeed(question: string): string | null {
  // Read in the asking sentence, or from the question's start: "who found that doc on the street, like whats their
  // name lol" asks its name in a clause after it.
  const deed = ASKS_DOER.exec(askedSentence(question).trim()) ?? ASKS_DOER.exec(question.trim());
  return deed?.[1]?.toLowerCase() ?? null;
}

/**
 * True when the question asks who did a deed (ASKS_DOER), `text` writes the deed beside another word of the question,
 * and every such sentence leaves the doer unnamed: "by someone", "by a passerby", "a passerby found", or a passive
 * with no "by" at all. False when a sentence names the doer or tells the deed in the active voice of a named subject,
 * and when the story never writes the deed.
 */
export function doerMissing(question: string, text: string): boolean {
  const deed = askedDeed(question);
  if (!deed) return false;
  const deedTerm = baseTerm(deed.split(" ")[0] as string);
  const others = [
    ...new Set(
      contentTokens(question)
        .map(baseTerm)
        .filter((term) => term !== deedTerm),
    ),
  ];
  const verb = deed.replace(/\s+/g, "\\s+");
  const writesDeed = new RegExp(`\\b${verb}\\b`, "i");
  const unnamedDid = UNNAMED_DID(verb);
  const passive = PASSIVE(verb);
  let told = false;
  for (const [from, to] of sentenceBounds(text)) {
    const sentence = text.slice(from, to);
    if (!writesDeed.test(sentence) || HEADLINE.test(sentence)) continue;
    const held = termsWithBaseForms(sentence);
    if (!others.some((term) => held.has(term))) continue;
    told = true;
    const at = sentence.search(passive);
    const unnamed =
      BY_UNNAMED.test(sentence) ||
      unnamedDid.test(sentence) ||
      (at >= 0 && !BY_NAMED.test(sentence.slice(at)));
    if (!unnamed) return false;
  }
  return told;
}
