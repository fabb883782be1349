/**
 * "What share of New Zealand schoolkids are iodine deficient?" asked of a story that gives the share of Australian
 * children: a share of a named group the story does not give, a near miss (asked-figure.ts `figureMissing`).
 */
import { PHRASE_TAGS, tagWords } from "../../text/part-of-speech";
import { sentenceBounds } from "../../text/split-sentences";
import { askedSentence } from "./answer-kind";
import { isAWord, startsAWord } from "./question-entities";

/** "What share of New Zealand schoolkids…", "what % of British teenage girls…": a share of a group. */
const ASKS_SHARE =
  /\b(?:what|which)(?:'s|’s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?(?:share|percentage|percent|per\s?cent|%|proportion|fraction)\s+of\s+(.+)$/i;
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
  for (const { word, tag } of tagWords(match[1] as string)) {
    if (!started && tag === "DET") continue;
    if (/^['’]s$/.test(word)) {
      if (/^\p{Lu}/u.test(names[names.length - 1] ?? "")) names.pop();
      continue;
    }
    if (!PHRASE_TAGS.has(tag)) break;
    started = true;
    if (/^\p{Lu}/u.test(word)) names.push(word);
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
  const initials = names.map((name) => name[0]).join("");
  return initials.length >= 2 && isAWord(sentence, initials);
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
