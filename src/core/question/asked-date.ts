/**
 * "What year did Shimon Peres win the Nobel Peace Prize?" asked of a story that names him and dates other things
 * (a meeting "on Monday", a war "in 1967"), none of them the prize: the story cannot say when. A when-question is
 * answerable from a story only when some sentence there carries a date and one of the question's own words.
 * When the question says what happened in words of its own, not only in names ("What year was Frank Messina
 * born?", "In what year did Noam Chomsky retire…?"), that sentence must also say what happened, in the question's
 * words or a near one: a story that dates Chomsky's books does not date his retirement.
 */
import { baseTerm, termsWithBaseForms } from "../../text/irregular-forms";
import { tagWords } from "../../text/part-of-speech";
import { sentenceBounds } from "../../text/split-sentences";
import { contentTokens } from "../../text/tokenize";
import { answerKind, askedSentence, carrierOf, DATE_ASKED, MONTHS } from "./answer-kind";
import { draftClaims } from "./checked-claims";

/**
 * "When…", "What year / date / month…", "Since when…", "what's the release date for IE9?", "IE9 final release date?"
 * (answer-kind.ts DATE_ASKED; since the forty-seventh round: 7 more near misses refused, no answer lost, 2
 * rtqa-archive-2023 replies reordered): a calendar date. Not "what time" (often a duration: "solved
 * a Rubik's Cube in what time?") nor "what / which day" (a weekday or a holiday: "Which day this week marked the
 * unofficial end of summer?"), which news writes in ways the date pattern does not read ("Mondays", "Labor Day").
 */
const ASKS_DATE = new RegExp(
  String.raw`^(?:and |so )?when\b|\b(?:what|which) (?:[a-z]+ )?(?:year|date|month)\b|\b(?:since|by) when\b|${DATE_ASKED}`,
  "u",
);

/** What a fact-checker asks of the story ("what year do we say?", "What release date do we give?"), not an event. */
const CHECKING = new Set(
  "say says said give gives have has had report reports name names draft piece story article interview copy para".split(
    " ",
  ),
);

/** Words that only ask for the date ("what date", "exactly", "officially"), not what it is the date of. */
const ASKING = new Set([
  "date",
  "year",
  "day",
  "month",
  "time",
  "exactly",
  "officially",
  "actually",
  // "IE9 final release date?": which date, not what happened ("final" is near "complete" in a lede's "almost complete").
  "exact",
  "official",
  "actual",
  "final",
]);

/**
 * A near word counts for what happened from this cosine up (word vectors). A lenient bar: "What year did the
 * United States pull Cambodia's trade preferences?" keeps its answer because "trade" is 0.65 from a word of the
 * story's dated lede (about a summit), not because "pull" finds "suspended" (0.41). Chosen on the reporter sets
 * (docs/performance.md, twenty-third round): 0.6 refused 2 more near misses and lost no answer; 0.5 refused 1;
 * 0.7 lost 4 answers.
 */
export const NEAR_EVENT = 0.6;

/**
 * Reporting words, which date the report rather than what happened ("Microsoft announced on Friday …" does not say
 * when IE9 was released): they are not read as near words for it. Measured on the reporter sets, realtimeqa-dev
 * and rtqa-archive-2023 (docs/performance.md, thirty-fifth round): 1 more near miss refused, no answer lost, no
 * realtimeqa-dev or rtqa-archive-2023 reply changed. A question that asks when something was announced still
 * finds "announced" as its own word.
 */
const REPORTING =
  /\b(?:sa(?:y|ys|id)|announc(?:e|es|ed|ing)|t(?:ell|ells|old)|report(?:s|ed)?|stat(?:e|es|ed)|add(?:s|ed)|not(?:e|es|ed)|according|confirm(?:s|ed)?)\b/gi;

/**
 * The date itself: a month, a weekday, a year. It says when, not what happened: "March" is 0.63 from "released" in
 * the word vectors ("released in March"), so "as of March 4, 2011, IE6 has 277 vulnerabilities" dated IE9's release.
 */
const DATE_WORDS = new RegExp(
  `\\b(?:${MONTHS}|May|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\b\\d{1,4}(?:st|nd|rd|th)?\\b`,
  "g",
);

/** "the date of the ASEAN-US summit where …": the thing whose date is asked, up to a clause or a mark. */
const DATE_OF =
  /\b(?:what|which)(?:['’]s|\s+(?:is|was|were|are))\s+the\s+(?:exact\s+)?date\s+of\s+(?:the\s+)?(.+?)(?=\s+(?:where|when|that|which|at which|in which|during which)\b|\s*[?,;:]|\s*$)/iu;

/** A word written in lower case (not a name): "born", "retire", "pull". */
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}'’-]*/gu;
/** "did Microsoft release", "will the IOC award": the word after an auxiliary and a name of one to three words. */
const VERB_AFTER_NAME =
  /\b(?:did|does|do|will|would|has|have|had)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){1,3}(\p{Ll}+)\b/gu;
/** A word written capitalised: "Internet", "Explorer". */
const UPPER_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'’-]*/gu;

/**
 * What happened, in the asking sentence's lower-case words: its verbs that the story writes somewhere
 * ("released" in "when was IE9 officially released to the public", which the story writes of Chrome, not
 * "public", which is near "users" in a lede dated "on Friday"), else all of them ("when did washington yank…",
 * "when is the commune election").
 */
function eventWords(asking: string, text: string, question = asking): string[] {
  // A name typed in lower case ("when did internet explorer nine come out") says what, not what happened: a word
  // the story writes only capitalised is left out, unless the question writes it capitalised too ("dissolved by the
  // Supreme Court … which court"), so knows it as a name and types its lower-case word as a common one.
  const storyLower = new Set((text.match(LOWER_WORD) ?? []).flatMap(contentTokens).map(baseTerm));
  const askedNames = new Set((question.match(UPPER_WORD) ?? []).flatMap(contentTokens).map(baseTerm));
  const storyNames = new Set(
    (text.match(UPPER_WORD) ?? [])
      .flatMap(contentTokens)
      .map(baseTerm)
      .filter((name) => !askedNames.has(name)),
  );
  const lower = (asking.match(LOWER_WORD) ?? [])
    .flatMap(contentTokens)
    .filter((t) => !ASKING.has(t))
    .filter((t) => storyLower.has(baseTerm(t)) || !storyNames.has(baseTerm(t)));
  const verbs = new Set(
    tagWords(asking)
      .filter((word) => word.tag === "VERB")
      .map((word) => word.word.toLowerCase()),
  );
  // The word after "did" and a name is its verb, whatever the tagger says: "did Microsoft release the final version".
  for (const [, verb] of asking.matchAll(VERB_AFTER_NAME)) verbs.add((verb as string).toLowerCase());
  const written = termsWithBaseForms(text);
  const asVerbs = lower.filter((word) => verbs.has(word) && written.has(baseTerm(word)));
  return asVerbs.length ? asVerbs : lower;
}

/**
 * True when the question asks for a calendar date (ASKS_DATE) and no sentence of `text` carries a date together with one of
 * the question's words, and with one of its lower-case words of the asking sentence (or a word within NEAR_EVENT
 * of one) when it has any; false for other questions, and for a question of asking words alone.
 */
export function dateMissing(
  question: string,
  text: string,
  nearest?: (words: string[], texts: string[]) => Map<string, number>,
): boolean {
  const asking = askedSentence(question);
  if (!ASKS_DATE.test(asking.toLowerCase()) || answerKind(question) !== "date") return false;
  const terms = [
    ...new Set(
      contentTokens(question)
        .filter((t) => !ASKING.has(t))
        .map(baseTerm),
    ),
  ];
  if (terms.length === 0) return false;
  // What happened, in the question's own words: for a draft's claim to check ("Draft says IE9 shipped on March 14,
  // 2011. What release date do we give?"), in the claim's and the asking sentence's, without the words that only
  // ask what the story says ("do we give", "does our story say").
  const claims = draftClaims(question).spans.map(([from, to]) => question.slice(from, to));
  const events = claims.length
    ? eventWords(`${claims.join(" ")} ${asking}`, text, question).filter((word) => !CHECKING.has(word))
    : eventWords(asking, text, question);
  // "what was the date of the ASEAN-US summit where the FM sat down with Blinken?": the event is the thing named
  // after "date of", which a dated sentence may hold as a name ("the May 13 ASEAN-U.S. Special Summit"); the clause
  // after it only says which one. Its lower-case words, when it has any ("release" of "IE9 final release"): its
  // names say which thing, not what happened.
  const named = DATE_OF.exec(asking)?.[1];
  const namedWords = (named?.match(LOWER_WORD) ?? []).flatMap(contentTokens).filter((t) => !ASKING.has(t));
  const eventTerms = [...new Set((namedWords.length ? namedWords : events).map(baseTerm))];
  const dated = carrierOf("date", question);
  for (const [from, to] of sentenceBounds(text)) {
    const sentence = text.slice(from, to);
    if (!dated(sentence)) continue;
    const held = termsWithBaseForms(sentence);
    if (!terms.some((term) => held.has(term))) continue;
    if (eventTerms.length === 0 || eventTerms.some((term) => held.has(term))) return false;
    const near = nearest?.(events, [sentence.replace(REPORTING, " ").replace(DATE_WORDS, " ")]);
    if (events.some((word) => (near?.get(word) ?? 0) >= NEAR_EVENT)) return false;
  }
  return true;
}
