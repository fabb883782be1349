/**
 * Taglish, English mixed with Tagalog, as many readers in the Philippines type it: "Sino po yung foreign minister ng
 * Cambodia na nakipag-meeting kay Blinken?", "Ilang tao yung in-evacuate sa Yeoncheon?", "Kailan sinuspend ng US
 * yung GSP ng Cambodia?". The archive writes the English words, so "yung", "ng", "ilang" matched nothing: they
 * counted as words the archive lacks, and most such questions were refused. Each sentence is read in English words:
 * its question word first ("ilang tao": "how many people"), the Tagalog words that carry meaning in English, the
 * ones that only join the others left out ("yung", "ng", "po"), and an English verb in a Tagalog form as the verb
 * ("in-evacuate", "sinuspend", "nag-serve": "evacuate", "suspend", "serve"). Several of these words are English
 * or names of their own ("Ang", "Sino", "Mga"), so a message is read so only when it carries at least two different
 * words that only Tagalog writes. Measured on the round's Taglish set (docs/performance.md, fifty-sixth round).
 */
import { ownEntry } from "../../text/own-entry";
import { isEnglishWord } from "../../text/part-of-speech";
import { hasTwoMarkers, readBySentence, type Word, wordsOf } from "./read-by-sentence";
import {
  ASKING,
  DONE,
  ENGLISH,
  FIGURES,
  HOW,
  JOINING,
  MARKERS,
  MARKS_SUBJECT,
  NOUN_WORDS,
  PREFIXES,
  TAKES_NOUN,
} from "./taglish-words";

/** Whether a message is Taglish: two different MARKERS. */
const isTaglish = (text: string): boolean => hasTwoMarkers(text, (word) => MARKERS.has(word.toLowerCase()));

/** "in-evacuate", "nag-serve", "napag-perform-an": the English verb; "sinuspend": "suspend"; else null. */
function englishVerb(word: string): string | null {
  const lower = word.toLowerCase();
  const parts = lower.split("-");
  if (parts.length === 2) {
    // "nire-represent", "nakapag-perform", "napag-perform-an": any Tagalog affix before the English word, "-an"
    // after it; "pinaka-deadly": "most deadly".
    const [affix, root] = parts as [string, string];
    const tagalog = PREFIXES.includes(affix) || !isEnglishWord(affix);
    if (tagalog && root.length >= 3 && isEnglishWord(root)) return affix === "pinaka" ? `most ${root}` : root;
  }
  if (parts.length === 3 && parts[2] === "an") return englishVerb(`${parts[0]}-${parts[1]}`);
  if (parts.length === 1) {
    // "-in-" after the first consonant ("s-in-uspend"), or a prefix written joined ("pinarecord").
    const infixed = /^([^aeiou])in([a-z]{4,})$/.exec(lower);
    if (infixed && isEnglishWord(`${infixed[1]}${infixed[2]}`)) return `${infixed[1]}${infixed[2]}`;
    for (const prefix of PREFIXES.filter((p) => p.length >= 3)) {
      const root = lower.slice(prefix.length);
      if (lower.startsWith(prefix) && root.length >= 4 && isEnglishWord(root)) return root;
    }
  }
  return null;
}

/** A regular verb's plain form after "did"; others as they are. */
function plainForm(verb: string): string {
  if (!verb.endsWith("ed")) return verb;
  // "arrived" → "arrive", "attacked" → "attack", "stopped" → "stop".
  const [e, bare, single] = [verb.slice(0, -1), verb.slice(0, -2), verb.slice(0, -3)];
  if (isEnglishWord(e) && !isEnglishWord(bare)) return e;
  if (isEnglishWord(bare)) return bare;
  return /(.)\1ed$/.test(verb) && isEnglishWord(single) ? single : verb;
}

/** Whether a word is an English verb in a Tagalog form ("sinuspend", "in-evacuate"). */
const isUnwrapped = (typed: string): boolean =>
  !ownEntry(ENGLISH, typed.toLowerCase()) && english(typed) !== typed;

/** A word in English: translated, left out (empty) when it only joins, an English verb unwrapped, or as typed. */
function english(typed: string): string {
  const lower = typed.toLowerCase();
  if (JOINING.has(lower)) return "";
  const known = ownEntry(ENGLISH, lower);
  if (known) return known;
  // "in-evacuate", "nag-serve": a Tagalog affix on an English verb, unwrapped.
  if (lower.includes("-")) return englishVerb(typed) ?? typed;
  // A word English writes as it is, or a name, is left alone: only a word no English writes is unwrapped.
  if (/^\p{Lu}/u.test(typed) || isEnglishWord(lower)) return typed;
  return englishVerb(typed) ?? typed;
}

/** One sentence read with its question word first. */
function readSentence(sentence: string, end: string): string {
  const list = wordsOf(sentence);
  const at = list.findIndex((word) => ownEntry(ASKING, word.lower) !== undefined || word.lower === "gaano");
  const kept = (from: Word[]) => from.map((word) => english(word.typed)).filter(Boolean);
  if (at < 0) return kept(list).join(" ") + end;
  const asking = list[at] as Word;
  let head: string[];
  let taken = 1;
  // Particles may stand between the question word and what it takes: "ilang taon na po yung …".
  let next = at + 1;
  while (next < list.length && JOINING.has((list[next] as Word).lower) && !asking.after) next++;
  const following = asking.after ? undefined : list[next];
  if (asking.lower === "gaano") {
    const measure = following ? ownEntry(HOW, following.lower) : undefined;
    head = [measure ?? "how"];
    if (measure) taken = next - at + 1;
  } else if (asking.lower === "ilang" && following?.lower === "taon" && at + 1 === next) {
    // "Ilang taon na po yung presidente …", "ilang taon yung batang …": how old; "ilang taon siya doon": how long.
    const after = list.slice(next + 1).find((word) => !["na", "po", "ba", "daw"].includes(word.lower));
    const person = after && ["yung", "ang", "si", "ni", "iyong"].includes(after.lower);
    head = [person ? "how old" : "how many years"];
    taken = 2;
  } else {
    head = [ownEntry(ASKING, asking.lower) as string];
    const marked = list.slice(at + 1, next).some((word) => MARKS_SUBJECT.has(word.lower));
    const done = following ? ownEntry(ENGLISH, following.lower) : undefined;
    const verb =
      (done !== undefined && (/ed$/.test(done) || DONE.has(done))) ||
      (following !== undefined && isUnwrapped(following.typed));
    // "Sino po yung president ng …": "who is the president …"; "Sino po yung naging …", "Sino nanalo …": "who
    // became …", "who won …".
    if (marked && !verb && (asking.lower === "sino" || asking.lower === "ano")) head.push("is the");
    // "Ilan po yung bumisita sa …": "how many people visited …".
    if (asking.lower === "ilan" && marked && verb) head.push("people");
    // "Kailan po dumating ang Endeavour …": "when did arrive Endeavour …", what happened asked as English asks it.
    if (asking.lower === "kailan" && following && verb) {
      head.push("did", done ? plainForm(done) : english(following.typed));
      taken = next - at + 1;
    }
    if (TAKES_NOUN.has(asking.lower) && following && at + 1 === next) {
      // "anong government group yung …": the words up to the next joining one ("what government group").
      taken = 1;
      for (const word of list.slice(at + 1, at + 1 + NOUN_WORDS)) {
        if (JOINING.has(word.lower) || ownEntry(ASKING, word.lower) || word.before) break;
        head.push(english(word.typed));
        taken++;
        if (word.after) break;
      }
    } else if (asking.lower.startsWith("ilan") && following && FIGURES.has(following.lower)) {
      // "Ilan ba yung population ng Cambodia?": a figure by its name, "what is the population of Cambodia".
      // "ng" after it reads "of".
      head = ["what is the", following.lower];
      taken = next - at + 1;
      if (list[next + 1]?.lower !== "ng") head.push("of");
    }
  }
  // A second question word of the sentence in English too: "Ano sabi ni Peres, ano daw … ?".
  const rest = [...list.slice(0, at), ...list.slice(at + taken)].map((word) => {
    const question = ownEntry(ASKING, word.lower);
    return question ? { ...word, typed: question } : word;
  });
  return [...head, ...kept(rest)].filter(Boolean).join(" ") + end;
}

/**
 * The message in English words, each sentence its question word first, when it is written in Taglish (two
 * different MARKERS); otherwise as typed.
 */
export function withTaglishRead(text: string): string {
  return isTaglish(text) ? readBySentence(text, readSentence) : text;
}
