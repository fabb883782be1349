/**
 * Québécois Franglais, English mixed with French, as many readers in Quebec type it: "c'est qui le foreign minister
 * du Cambodge qui a rencontré Blinken?", "combien de personnes sont mortes dans le crash?", "ça s'est passé quand,
 * la game?", "l'Europe a coupé combien du EBA?". The archive writes the English words, so "combien", "mortes",
 * "Cambodge" matched nothing: they counted as words the archive lacks, and such questions were refused. French asks
 * anywhere in a sentence, first or last ("c'est qui", "il fait quoi", "ça s'est passé quand"), so each sentence is
 * read as its question word first, with the noun it takes ("combien de sénateurs": "how many senators", "en quelle
 * année": "in which year"), a few phrases as one ("qu'est-ce que": "what", "c'est quoi": "what is"), elisions written
 * apart ("l'Europe": "Europe"), the French words that carry meaning in English, the ones that only join left out
 * ("le", "ça", "genre", "pis" read "and"), and a French word written like its English one by its ending
 * ("élections": "elections", "université": "university", "sénateurs": "senators", "arrêté": "arrested"). "de",
 * "que", "la", "le" are Spanish too, and "genre", "pour" English, so a message is read so only when it carries at
 * least two different words that only French writes, not as part of a name ("Ben Chan"); it is read before
 * Spanglish, which then finds no Spanish left in it. Measured on a dev list of 44 such questions about the archive's
 * stories: 2 → 41 facts quoted (42 → 2 refused); every registered reply unchanged.
 */
import { ownEntry } from "../../text/own-entry";
import { isEnglishWord } from "../../text/part-of-speech";
import { demonymsIn } from "./demonyms";
import {
  ALSO_JOINING,
  ASKING,
  BEFORE_ASKING,
  ELIDED,
  ENDS_NOUN,
  ENGLISH,
  FOLLOWS_NOUN,
  FRENCH_FORM,
  JOINING,
  MARKERS,
  NOT_FRENCH_FORM,
  PHRASES,
  TAKES_NOUN,
  UNELIDED,
  VERBS,
} from "./franglais-words";
import { countryNames } from "./question-entities";
import {
  askingHead,
  hasTwoMarkers,
  headFirst,
  readBySentence,
  type Word,
  wordInEnglish,
  wordsOf,
} from "./read-by-sentence";

/**
 * Whether a message is Franglais: two different MARKERS or words of a FRENCH_FORM, not as the first word of a name
 * ("Ben Chan").
 */
function isFranglais(text: string): boolean {
  return hasTwoMarkers(text, (word, after) => {
    const lower = word.toLowerCase();
    if (FRENCH_FORM.test(word)) return !NOT_FRENCH_FORM.has(lower);
    return (
      MARKERS.has(lower) && (word === lower || (/^\p{Lu}\p{Ll}*$/u.test(word) && !/^\s*\p{Lu}/u.test(after)))
    );
  });
}

/**
 * French endings and the English ones of the same word, and whether the word is an adjective, which French writes
 * after its noun: "université" → "university", "sénateurs" → "senators", "politiques" → "political".
 */
const COGNATE_ENDINGS: [RegExp, string[], "adjective"?][] = [
  [/ités$/, ["ities"]],
  [/ité$/, ["ity"]],
  [/tés$/, ["ties"]],
  [/té$/, ["ty"]],
  [/ties?$/, ["cy"]],
  [/iques$/, ["ical", "ics"], "adjective"],
  [/ique$/, ["ical", "ic"], "adjective"],
  [/ières$|iers$/, ["ers"]],
  [/ière$|ier$/, ["er"]],
  [/eurs$/, ["ors", "ers"]],
  [/eur$/, ["or", "er"]],
  [/euses?$|eux$/, ["ous"], "adjective"],
  [/aires$/, ["aries", "ars"]],
  [/aire$/, ["ary", "ar"]],
  [/istes$/, ["ists"]],
  [/iste$/, ["ist"]],
  [/ismes?$/, ["ism"]],
  [/ifs$|ives?$|if$/, ["ive"], "adjective"],
  [/aux$/, ["al"], "adjective"],
  [/ales?$/, ["al"], "adjective"],
  [/ains?$|aines?$/, ["an"], "adjective"],
  [/(?:ai|oi)s$|(?:ai|oi)ses?$/, ["ese"], "adjective"],
  [/iens?$|iennes?$/, ["ian"], "adjective"],
  [/emment$/, ["ently"]],
  [/amment$/, ["antly"]],
  [/ement$/, ["ly"]],
  [/ies$/, ["ies"]],
  [/ie$/, ["y"]],
  [/ée?s?$/, ["ed", "d"]],
  [/ue?s?$/, ["ed"]],
  [/es$/, ["s"]],
  [/e$/, [""]],
  [/er$/, [""]],
];

/** Without accents: "élection" → "election". */
const plain = (word: string): string => word.normalize("NFD").replace(/\p{M}/gu, "");

/** A French word written like an English one, and whether it is an adjective French writes after its noun. */
interface Cognate {
  word: string;
  adjective: boolean;
}

/** A French word written like an English one: with its accents off, by its ending; else null. */
function cognate(lower: string): Cognate | null {
  // A circumflex often stands where English writes an s: "arrêté" → "arrested", "coûte" → "costs".
  const forms = [lower, lower.replace(/([âêîôû])(?=\p{L})/gu, "$1s")];
  for (const form of forms) {
    const word = plain(form);
    if (word !== lower && word.length >= 4 && isEnglishWord(word))
      return {
        word,
        adjective: COGNATE_ENDINGS.some(([ending, , adjective]) => adjective && ending.test(form)),
      };
  }
  for (const form of forms) {
    for (const [ending, english, adjective] of COGNATE_ENDINGS) {
      if (!ending.test(form)) continue;
      for (const suffix of english) {
        const word = plain(form.replace(ending, suffix));
        if (word.length < 4 || !isEnglishWord(word)) continue;
        // A people's adjective is written with its capital: "indonésienne" → "Indonesian".
        const people = adjective && demonymsIn(word, countryNames()).length > 0;
        return {
          word: people ? word[0]?.toUpperCase() + word.slice(1) : word,
          adjective: adjective !== undefined,
        };
      }
    }
  }
  return null;
}

/** Whether a word is French for itself: a word of a table, or one English writes as typed. */
const isKnown = (lower: string): boolean =>
  JOINING.has(lower) || ownEntry(ASKING, lower) !== undefined || ownEntry(ENGLISH, lower) !== undefined;

/**
 * A word in English: left out (empty) when it only joins, translated, a phrase's words, or as typed; a word that
 * starts a name is the name's ("Ben Chan", "Le Devoir").
 */
function english(typed: string, next?: Word): string {
  if (/^\p{Lu}/u.test(typed) && next && /^\p{Lu}/u.test(next.typed)) return typed;
  return wordInEnglish(
    typed,
    { joining: JOINING, asking: ASKING, english: ENGLISH },
    (lower) => cognate(lower)?.word,
  );
}

/** Whether a word is a French verb ("quel a gagné": "what won", not "which won"). */
const isVerb = (word: Word): boolean => ownEntry(VERBS, word.lower) !== undefined;

/** Whether a word is an adjective French writes after its noun: "partis politiques", "armée indonésienne". */
function followsNoun(word: Word): boolean {
  if (word.typed !== word.lower || word.before) return false;
  if (FOLLOWS_NOUN.has(word.lower)) return true;
  return !isKnown(word.lower) && !isEnglishWord(word.lower) && cognate(word.lower)?.adjective === true;
}

/** Whether a word may be the noun an adjective after it goes with: not a name, a joining word, a verb or a phrase. */
const isNoun = (word: Word): boolean =>
  word.typed === word.lower &&
  !word.after &&
  !/[\p{N}_]/u.test(word.typed) &&
  !JOINING.has(word.lower) &&
  !ENDS_NOUN.has(word.lower) &&
  ownEntry(ASKING, word.lower) === undefined &&
  !isVerb(word) &&
  !followsNoun(word);

/** The words with each adjective French writes after its noun put before it, as English writes it. */
function adjectivesFirst(list: Word[]): Word[] {
  const read = [...list];
  for (let at = 1; at < read.length; at++) {
    const [noun, adjective] = [read[at - 1] as Word, read[at] as Word];
    if (!followsNoun(adjective) || !isNoun(noun)) continue;
    // The words change places, their marks stay: "partis politiques," → "politiques partis,".
    read[at - 1] = { ...adjective, before: noun.before, after: noun.after };
    read[at] = { ...noun, before: adjective.before, after: adjective.after };
  }
  return read;
}

/** Words a question word that also joins is asked by: "c'est qui", "à qui", "avec qui". */
const ASKS_AFTER = new Set(["est", "était", "à", "de", "avec", "pour", "par", "chez", "sur", "contre"]);

/** Whether a word is a verb a question word that also joins asks after: "a rencontré qui", "est né où" (a phrase). */
const asksAfter = (word: Word): boolean =>
  ASKS_AFTER.has(word.lower) || isVerb(word) || /\p{Ll}(?:é|ée|és|ées)$|_/u.test(word.typed);

/**
 * Where the sentence's question word is: the first that only asks ("combien", "quel", "quoi"); else the first of
 * ALSO_JOINING that asks where it stands (first, last, before a comma, after "c'est", a preposition or a verb).
 */
function askingAt(list: Word[]): number {
  const asks = (word: Word) => ownEntry(ASKING, word.lower) !== undefined;
  const only = list.findIndex((word) => asks(word) && !ALSO_JOINING.has(word.lower));
  if (only >= 0) return only;
  return list.findIndex(
    (word, at) =>
      asks(word) &&
      (at === 0 || at === list.length - 1 || word.after !== "" || asksAfter(list[at - 1] as Word)),
  );
}

/** One sentence read with its question word first, with what it takes. */
function readSentence(sentence: string, end: string): string {
  const split = sentence.replace(
    ELIDED,
    (_, elided: string) => `${ownEntry(UNELIDED, elided.toLowerCase()) ?? elided} `,
  );
  const joined = PHRASES.reduce((text, [phrase, read]) => text.replace(phrase, read), split)
    // "a-t-il", "est-elle", "c'est-tu": the pronoun or "tu" after a verb, left out.
    .replace(/(?<=(?<![\p{L}])\p{Ll}+)-(?:t-)?(?:il|ils|elle|elles|on|tu)(?![\p{L}-])/gu, "");
  const list = adjectivesFirst(wordsOf(joined));
  const at = askingAt(list);
  const kept = (from: Word[]) => from.map((word, at) => english(word.typed, from[at + 1])).filter(Boolean);
  if (at < 0) return kept(list).join(" ") + end;
  // "en quelle année": "in which year".
  let { asking, head, from, to } = askingHead(list, at, {
    asking: ASKING,
    beforeAsking: BEFORE_ASKING,
    takesNoun: TAKES_NOUN,
  });
  if (TAKES_NOUN.has(asking.lower) && !asking.after) {
    // "combien de partis politiques": "how many political parties"; "combien d'obus": "how many shells".
    const counted = asking.lower === "combien";
    const start = counted && list[to]?.lower === "de" ? to + 1 : to;
    let taken = 0;
    for (const word of list.slice(start, start + 2)) {
      const ends = JOINING.has(word.lower) || ENDS_NOUN.has(word.lower) || ownEntry(ASKING, word.lower);
      if (ends || isVerb(word) || word.before) break;
      head.push(english(word.typed));
      taken++;
      if (word.after) break;
    }
    if (taken > 0) {
      if (counted) head[head.length - taken - 1] = "how many";
      to = start + taken;
    }
  }
  return headFirst(head, list, { from, to }, kept, end);
}

/**
 * The message in English words, each sentence its question word first, when it is written in Franglais (two
 * different MARKERS); otherwise as typed.
 */
export function withFranglaisRead(text: string): string {
  return isFranglais(text) ? readBySentence(text, readSentence) : text;
}
