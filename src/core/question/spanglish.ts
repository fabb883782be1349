/**
 * Spanglish, English mixed with Spanish, as many readers in the US type it: "oye, quién es el foreign minister de
 * Cambodia que se sentó con Blinken?", "¿cuántos partidos políticos se registraron pa' las elecciones?", "el
 * documento de Environment Canada, en qué calle estaba?". The archive writes the English words, so "quién",
 * "cuántos", "elecciones" matched nothing: they counted as words the archive lacks, and such questions were refused.
 * Each sentence is read in English words: its question word first, with the noun it takes ("en qué calle": "in which
 * street"), a few phrases as one ("por cuánto tiempo": "how long"), the Spanish words that carry meaning in English,
 * the ones that only join left out ("el", "que", "pues"), and a Spanish word written like its English one by its
 * ending ("elecciones": "elections", "universidad": "university"). Several of these words are English or parts of
 * names of their own ("El Paso", "Los Angeles", "Que"), so a message is read so only when it carries at least two
 * different words that only Spanish writes, not as part of a name. Measured on the round's Spanglish set
 * (docs/performance.md, fifty-seventh round).
 */
import { ownEntry } from "../../text/own-entry";
import { isEnglishWord } from "../../text/part-of-speech";
import {
  askingHead,
  hasTwoMarkers,
  headFirst,
  readBySentence,
  type Word,
  wordInEnglish,
  wordsOf,
} from "./read-by-sentence";
import {
  ASKING,
  BEFORE_ASKING,
  ENGLISH,
  JOINING,
  MARKERS,
  PHRASES,
  TAKES_NOUN,
  VERBS,
} from "./spanglish-words";

/** Whether a message is Spanglish: two different MARKERS, not as the first word of a name ("El Paso"). */
function isSpanglish(text: string): boolean {
  return hasTwoMarkers(
    text,
    (word, after) =>
      MARKERS.has(word.toLowerCase()) && !(/^\p{Lu}/u.test(word) && /^\s*\p{Lu}\p{Ll}/u.test(after)),
    /[\p{L}'’]+/gu,
  );
}

/** Spanish endings and the English ones of the same word: "elecciones" → "elections", "universidad" → "university". */
const COGNATE_ENDINGS: [RegExp, string[]][] = [
  [/ciones$/, ["tions"]],
  // Read without accents: "resolución" as "resolucion" (written "ción" here, it never matched).
  [/cion$/, ["tion"]],
  [/dades$/, ["ties"]],
  [/dad$/, ["ty"]],
  [/(?:ic|it)(?:os|as)$/, ["ical", "ics"]],
  [/(?:ic|it)[oa]$/, ["ical", "ic"]],
  [/encias?$/, ["ence"]],
  [/ancias?$/, ["ance"]],
  [/ales$/, ["al"]],
  // "registrados", "registraron": "registered".
  [/r(?:ados?|adas?|aron)$/, ["ered"]],
  [/istas$/, ["ists"]],
  [/ista$/, ["ist"]],
  [/os[oa]s?$/, ["ous"]],
  [/mente$/, ["ly"]],
  [/aron$/, ["ated", "ed", "ered"]],
  [/ados?$|adas?$/, ["ated", "ed"]],
  [/antes$/, ["ants"]],
  [/ante$/, ["ant"]],
  [/entes$/, ["ents"]],
  [/ente$/, ["ent"]],
];

/** A Spanish word written like an English one, by its ending; else null. */
function cognate(lower: string): string | null {
  const plain = lower.normalize("NFD").replace(/\p{M}/gu, "");
  for (const [ending, english] of COGNATE_ENDINGS) {
    if (!ending.test(plain)) continue;
    for (const suffix of english) {
      const word = plain.replace(ending, suffix);
      if (word.length >= 5 && isEnglishWord(word)) return word;
    }
  }
  return null;
}

/** A word in English: left out (empty) when it only joins, translated, a phrase's words, or as typed. */
const english = (typed: string): string =>
  wordInEnglish(typed, { joining: JOINING, asking: ASKING, english: ENGLISH }, cognate);

/** Whether a word is a Spanish verb ("qué dijo": "what said", not "which said"). */
const isVerb = (word: Word): boolean => ownEntry(VERBS, word.lower) !== undefined;

/** One sentence read with its question word first, with what it takes. */
function readSentence(sentence: string, end: string): string {
  const joined = PHRASES.reduce((text, [phrase, read]) => text.replace(phrase, read), sentence);
  const list = wordsOf(joined);
  const at = list.findIndex((word) => ownEntry(ASKING, word.lower) !== undefined);
  const kept = (from: Word[]) => from.map((word) => english(word.typed)).filter(Boolean);
  if (at < 0) return kept(list).join(" ") + end;
  // "en qué año": "in which year".
  let { asking, head, from, to } = askingHead(list, at, {
    asking: ASKING,
    beforeAsking: BEFORE_ASKING,
    takesNoun: TAKES_NOUN,
  });
  const following = asking.after ? undefined : list[at + 1];
  if (TAKES_NOUN.has(asking.lower) && following && !JOINING.has(following.lower) && !isVerb(following)) {
    // "qué court": "which court"; "cuántos partidos políticos": "how many parties political".
    if (asking.lower === "qué") head = [...head.slice(0, -1), "which"];
    for (const word of list.slice(at + 1, at + 3)) {
      if (JOINING.has(word.lower) || ownEntry(ASKING, word.lower) || isVerb(word) || word.before) break;
      head.push(english(word.typed));
      to++;
      if (word.after) break;
    }
  }
  return headFirst(head, list, { from, to }, kept, end);
}

/**
 * The message in English words, each sentence its question word first, when it is written in Spanglish (two
 * different MARKERS); otherwise as typed.
 */
export function withSpanglishRead(text: string): string {
  return isSpanglish(text) ? readBySentence(text, readSentence) : text;
}
