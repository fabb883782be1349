/**
 * English mixed with Swahili and Sheng, as many readers in Kenya type it: "Niaje, ni nani foreign minister wa
 * Cambodia aliyekutana na Blinken huko Washington?", "Wavuvi waliokoa asylum seekers wangapi huko Aceh?", "Shuttle
 * Endeavour ilipelekwa museum gani baada ya kustaafu?". The archive writes the English words, so "wa", "huko",
 * "waliokoa" matched nothing: they counted as words the archive lacks, and most such questions were refused. Swahili
 * asks late, after the noun ("visitors wangapi", "court gani"), so each sentence is read as its question word first
 * with the noun it asks of ("how many visitors", "which court"), then its other words in their order: the Swahili
 * ones that carry meaning in English, the ones that only join the others left out ("ya", "huko", "niaje"). A Swahili
 * verb is its prefixes and a root ("a-li-ye-kutana": "met", "wa-li-okoa": "rescued"), read by the root; an English
 * verb with a Swahili prefix ("ku-record", "kuattack", "ame-resign") is the English verb. Several of these words are
 * English or names of their own ("Nani", "Ya", "Pale"), so a message is read so only when it carries at least two
 * different words that only Swahili writes. Measured on a held-back Kenyan set: 30 → 60 of its 60 facts quoted (30 → 0
 * refused); 2 of its 40 near misses lost once readable (each is also answered when asked in English); every
 * registered reply unchanged.
 */
import { ownEntry } from "../../text/own-entry";
import { isEnglishWord } from "../../text/part-of-speech";
import { hasTwoMarkers, readBySentence, type Word, wordsOf } from "./read-by-sentence";
import {
  AFTER_NOUN,
  ASKING,
  COUNTED,
  ENGLISH,
  JOINING,
  MARKERS,
  PHRASES,
  ROOTS,
  VERB_PREFIX,
} from "./swahili-words";

/** A word as read: in English (empty when it only joins), and what it is. */
interface Read {
  word: Word;
  text: string;
  kind: "joining" | "asking" | "verb" | "swahili" | "typed";
}

/** "aliyekutana": "met", by its root after the prefixes a Swahili verb takes; else null. */
function swahiliVerb(lower: string): string | null {
  for (let at = 1; at < lower.length - 1; at++) {
    const root = ownEntry(ROOTS, lower.slice(at));
    if (root && VERB_PREFIX.test(lower.slice(0, at))) return root;
  }
  return null;
}

/** "ku-record", "ame-resign", "kuattack": the English verb after a Swahili prefix; else null. */
function englishVerb(lower: string): string | null {
  const parts = lower.split("-");
  if (parts.length === 2) {
    const [prefix, root] = parts as [string, string];
    return VERB_PREFIX.test(prefix) && root.length >= 3 && isEnglishWord(root) ? root : null;
  }
  for (let at = 2; at <= 5 && at < lower.length - 3; at++) {
    const root = lower.slice(at);
    if (VERB_PREFIX.test(lower.slice(0, at)) && isEnglishWord(root)) return root;
  }
  return null;
}

/** Whether a message is Swahili: two different MARKERS, or Swahili verbs read by their root. */
function isSwahili(text: string): boolean {
  return hasTwoMarkers(text, (word) => {
    const lower = word.toLowerCase();
    // The root first: only a word that reads as a Swahili verb is looked up in English's lexicon, so an English
    // question loads no tagger.
    return MARKERS.has(lower) || (word === lower && swahiliVerb(lower) !== null && !isEnglishWord(lower));
  });
}

/** A word read: translated, left out when it only joins, a verb by its root, or as typed (a name, English). */
function read(word: Word, first: boolean): Read {
  const { lower, typed } = word;
  if (ownEntry(ASKING, lower)) return { word, text: ownEntry(ASKING, lower) as string, kind: "asking" };
  const known = ownEntry(ENGLISH, lower);
  if (known) return { word, text: known, kind: "swahili" };
  if (JOINING.has(lower)) return { word, text: "", kind: "joining" };
  if (lower.includes("-")) {
    const verb = englishVerb(lower);
    return verb ? { word, text: verb, kind: "verb" } : { word, text: typed, kind: "typed" };
  }
  // A name, or a word English writes, stays as typed; a capital opening the sentence may start a verb ("Alishinda").
  if ((/^\p{Lu}/u.test(typed) && !first) || isEnglishWord(lower)) return { word, text: typed, kind: "typed" };
  const verb = swahiliVerb(lower) ?? (typed === lower ? englishVerb(lower) : null);
  return verb ? { word, text: verb, kind: "verb" } : { word, text: typed, kind: "typed" };
}

/** The most words "ngapi" and "gani" take before them: "security holes ngapi", "high school gani". */
const NOUN_WORDS: Record<string, number> = { ngapi: 3, wangapi: 3, mingapi: 3, gani: 2 };

/**
 * What "ngapi" or "gani" asks, with the noun before it taken out of `before`: "visitors wangapi" (how many visitors),
 * "asilimia ngapi" (what percentage), "na miaka ngapi" (how old), "court gani" (which court).
 */
function askedOfNoun(before: Read[], asking: Read): string {
  let end = before.length;
  // "seats ni ngapi": "ni" between the noun and its question word.
  if (before[end - 1]?.word.lower === "ni") end--;
  let start = end;
  while (start > 0 && end - start < (NOUN_WORDS[asking.word.lower] ?? 1)) {
    const item = before[start - 1] as Read;
    const stops = item.kind !== "typed" && item.kind !== "swahili";
    if (stops || (start < end && (item.word.after || item.kind === "swahili"))) break;
    start--;
    // A Swahili noun is the whole of what is asked: "Cambodia mwaka gani" asks "which year".
    if (item.kind === "swahili") break;
  }
  const noun = before.splice(start, end - start);
  const nouns = noun.map((item) => item.text);
  if (asking.word.lower === "gani") return ["which", ...nouns].join(" ");
  const last = noun[noun.length - 1]?.word.lower ?? "";
  if (last === "miaka") {
    // "alikuwa na miaka ngapi", "ana miaka ngapi": how old; "walifungwa miaka ngapi": how many years.
    const had = ["na", "ana", "ina"].includes(before[start - 1]?.word.lower ?? "");
    // "how old" asks what "had" / "has" told: "alikuwa na", "ana" are left out.
    if (had) before.splice(start - (before[start - 2]?.text === "had" ? 2 : 1));
    return [had ? "how old" : "how many years", ...nouns.slice(0, -1)].join(" ");
  }
  const counted = ownEntry(COUNTED, last);
  if (counted) return [counted, ...nouns.slice(0, -1)].join(" ");
  return ["how many", ...nouns].join(" ");
}

/** PHRASES, each where it stands whole. */
const PHRASE = new RegExp(
  `(?<![\\p{L}'’-])(?:${Object.keys(PHRASES)
    .map((phrase) => phrase.replace(/ /gu, "\\s+"))
    .join("|")})(?![\\p{L}'’-])`,
  "giu",
);

/** One sentence read with its question word first. */
function readSentence(sentence: string, end: string): string {
  const list = wordsOf(
    sentence.replace(
      PHRASE,
      (typed) => ownEntry(PHRASES, typed.toLowerCase().replace(/\s+/gu, " ")) ?? typed,
    ),
  );
  const items: Read[] = [];
  for (const [index, word] of list.entries()) {
    const item = read(word, index === 0);
    if (item.kind === "asking" && AFTER_NOUN.has(word.lower)) item.text = askedOfNoun(items, item);
    const previous = items[items.length - 1];
    // "alikuwa na …": "had …"; "inaitwa aje": "what is … called".
    if (word.lower === "na" && previous?.text === "was") previous.text = "had";
    if ((word.lower === "aje" || word.lower === "vipi") && previous?.text === "called") item.text = "what is";
    items.push(item);
  }
  const at = items.findIndex((item) => item.kind === "asking");
  if (at >= 0) {
    const asking = items[at] as Read;
    const next = items.slice(at + 1).find((item) => item.kind !== "joining");
    // "ni nani foreign minister …": "who is …"; "nani alishinda …": "who won …".
    if (asking.word.lower === "nani" && next && next.kind !== "verb") asking.text = "who is";
    items.splice(at, 1);
    items.unshift(asking);
  }
  return (
    items
      .map((item) => item.text)
      .filter(Boolean)
      .join(" ") + end
  );
}

/**
 * The message in English words, each sentence its question word first, when it is written in Swahili or Sheng (two
 * different MARKERS); otherwise as typed.
 */
export function withSwahiliRead(text: string): string {
  return isSwahili(text) ? readBySentence(text, readSentence) : text;
}
