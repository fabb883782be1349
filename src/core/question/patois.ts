/**
 * Jamaican Patois, and Trinidad's English creole with it ("de", "dat", "wha"), as a Caribbean reader types it on the public Discord: "A who run di Cambodia Center for Human
 * Rights?", "Wah di minister seh di constitution nah allow pon Cambodian soil?", "How much party dem sign up fi run
 * inna di commune election?". The archive writes the English words, so "di", "inna", "seh", "pon" matched nothing:
 * they counted as words the archive lacks, and most such questions were refused. Read as English before searching.
 * Several of these words are English or names of their own ("Di" of Lady Di, "Inna", "dem" for a Democrat, "fi" of
 * wi-fi), so a message is read so only when it carries at least two different words that only Patois writes. A
 * message with more of Nigerian Pidgin's own words ("wetin", "wey", "dey") is read by pidgin.ts before this, each
 * word of these tables read as here.
 */
import { ownEntry } from "../../text/own-entry";
import { HAITIAN } from "./haitian-words";

/** Words only Patois writes (lower case): two different ones mark a message as Patois (pidgin.ts counts them too). */
export const MARKERS = new Set([
  "di",
  "inna",
  "seh",
  "pon",
  "fi",
  "dem",
  "wah",
  "weh",
  "deh",
  "nuh",
  "unu",
  "pickney",
  "yute",
  "mi",
  "wid",
  "ting",
  "gwan",
  "cyaan",
  "likkle",
  // Trinidad's: "Who is de teacher who call police on Ahmed and he clock, wha she name?".
  "de",
  "dat",
  "wha",
]);

/** Patois words and their English (lower case); pidgin.ts reads the ones Pidgin shares ("dem", "di") so too. */
export const ENGLISH: Record<string, string> = {
  di: "the",
  inna: "in",
  seh: "say",
  pon: "on",
  fi: "to",
  dem: "them",
  wah: "what",
  weh: "that",
  deh: "be",
  nuh: "not",
  nah: "not",
  unu: "you",
  yuh: "you",
  pickney: "children",
  yute: "youth",
  mi: "I",
  wan: "want",
  wid: "with",
  ting: "thing",
  bout: "about",
  dat: "that",
  dis: "this",
  den: "then",
  coulda: "could",
  woulda: "would",
  shoulda: "should",
  cyaan: "cannot",
  likkle: "little",
  gwan: "going on",
  nuff: "many",
  ova: "over",
  tek: "take",
  de: "the",
  wha: "what",
  doh: "don't",
  fella: "man",
};

const WORD = /(?<![\p{L}\p{N}'’-])\p{L}+(?![\p{L}\p{N}'’-])/gu;

/** Nouns "how much" asks an amount of, not a count: money and what is measured; and words that are no noun. */
const AMOUNTS =
  "money|cash|tax|taxes|rent|bail|fine|debt|cost|costs|pay|funding|aid|time|water|food|land|oil|damage|hunger|rain|snow|it|dem|di|dat|dis|more|less";
/** "how much" before a noun that is not an amount; not "by how much" (a share). */
const COUNTED_SINGULAR = new RegExp(
  String.raw`(?<!\bby\s)\b(how) much(?=\s+(?!(?:${AMOUNTS})\b)\p{L}+\s)`,
  "giu",
);

/** A word typed capitalised only because it opens a sentence ("Inna which city…", "Wah di…"). */
const OPENING = /(?:^|[.!?]\s+)$/u;

/**
 * Haitian Creole writes "de" and "di" too ("yo pale de EBA", "kisa … vle di"): a message with two different words of
 * its own (haitian-words.ts) is Creole, read by foreign-words.ts, not Patois.
 */
const CREOLE = new Set(Object.keys(HAITIAN).filter((word) => !word.includes(" ") && !MARKERS.has(word)));

/**
 * The message in English words when it is written in Patois (two different MARKERS, or "di" twice) and not in
 * Haitian Creole; otherwise as typed. "A who …" asks "who …"; "X a di Y" is "X of the Y"; "how much X dem" counts
 * ("how many X").
 */
export function withPatoisRead(text: string): string {
  const words = [...text.matchAll(WORD)].map((match) =>
    OPENING.test(text.slice(0, match.index)) ? match[0].toLowerCase() : match[0],
  );
  const markers = new Set(words.filter((word) => MARKERS.has(word)));
  if (markers.size < 2 && words.filter((word) => word === "di").length < 2) return text;
  if (new Set(words.map((word) => word.toLowerCase()).filter((word) => CREOLE.has(word))).size >= 2)
    return text;
  return (
    text
      .replace(/(^|[.!?]\s+)a who\b/giu, (_typed, start: string) => `${start}who`)
      .replace(
        /\b(how) much(?=(?:\s+\p{L}+){1,2}\s+(?:dem|pickney)\b)/giu,
        (_typed, how: string) => `${how} many`,
      )
      // "How much seat di Candlelight Party win", "how much volunteer sign up": a count, the noun not made plural.
      .replace(COUNTED_SINGULAR, (_typed, how: string) => `${how} many`)
      .replace(/(?<=\p{L}\s)a(?=\s+di\b)/gu, "of")
      .replace(/\bmi wan know\b/giu, "I want to know")
      .replace(/\bwah happen\b/giu, "what happened")
      .replace(WORD, (word, at: number) => {
        const english = ownEntry(ENGLISH, word);
        if (english) return english;
        const lower = word.toLowerCase();
        const opening = ownEntry(ENGLISH, lower);
        if (
          !opening ||
          word !== `${lower[0]?.toUpperCase()}${lower.slice(1)}` ||
          !OPENING.test(text.slice(0, at))
        )
          return word;
        return `${opening[0]?.toUpperCase()}${opening.slice(1)}`;
      })
  );
}
