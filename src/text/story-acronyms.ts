/**
 * Acronyms a story spells out, for scoring its sentences: a sentence that names one has the expansion's words
 * too (pick-quotes.ts).
 */
import { acronymsIn, findExpansion } from "./acronyms";
import { terms, wordStart } from "./tokenize";

/**
 * A sentence that names an acronym its story spells out elsewhere ("the GSP", after "the Generalized Scheme of
 * Preferences (GSP)") also has the expansion's words: "What year did the United States pull Cambodia's trade
 * preferences?" finds "The U.S in 2020 suspended the GSP". Only a question word the sentence lacks can gain,
 * and only from an acronym one of whose letters starts it, so the expansion is looked for only around the
 * story's capitalised uses of that word ("Preferences"), on their lines: reading whole stories for every
 * acronym of every sentence ("US", "CNN") cost ~6 ms a question at archive scale. Remembered per story for
 * the question.
 */
export function storyExpansions(): (sentence: string, story: string, lacking: string[]) => string[] {
  /** Per story: a question word → whether the story has it capitalised; acronym and word → expansion terms. */
  const byStory = new Map<string, { capitalised: Map<string, boolean>; known: Map<string, string[]> }>();
  return (sentence, story, lacking) => {
    if (lacking.length === 0) return [];
    let own = byStory.get(story);
    if (!own) {
      own = { capitalised: new Map(), known: new Map() };
      byStory.set(story, own);
    }
    const { capitalised, known } = own;
    const hopeful = lacking.filter((word) => {
      let has = capitalised.get(word);
      if (has === undefined) {
        has = story.includes(capitalisedStem(word));
        capitalised.set(word, has);
      }
      return has;
    });
    // Two capitals in a row: no acronym without them, and a far cheaper test than acronymsIn's.
    if (hopeful.length === 0 || !/\p{Lu}[\p{Lu}\d]/u.test(sentence)) return [];
    const out: string[] = [];
    for (const acronym of acronymsIn(sentence)) {
      const letters = acronym.toLowerCase();
      for (const word of hopeful) {
        if (!letters.includes(word.charAt(0))) continue;
        const key = `${acronym} ${word}`;
        let words = known.get(key);
        if (!words) {
          words = spelledAround(acronym, word, story);
          known.set(key, words);
        }
        out.push(...words);
      }
    }
    return out;
  };
}

/**
 * The terms of `acronym`'s expansion, looked for around the first few capitalised uses of `word` in `story`:
 * within EXPANSION_REACH characters on each side, on the same line (an expansion never crosses one), cut at
 * spaces so no word is split. Empty when none of them is part of an expansion.
 */
function spelledAround(acronym: string, word: string, story: string): string[] {
  const capitalised = capitalisedStem(word);
  let at = story.indexOf(capitalised);
  for (let tries = 0; at >= 0 && tries < EXPANSION_TRIES; tries++) {
    const lineStart = story.lastIndexOf("\n", at) + 1;
    const newline = story.indexOf("\n", at);
    const lineEnd = newline < 0 ? story.length : newline;
    const from = at - lineStart <= EXPANSION_REACH ? lineStart : story.indexOf(" ", at - EXPANSION_REACH) + 1;
    const space = story.indexOf(" ", at + EXPANSION_REACH);
    const to = lineEnd - at <= EXPANSION_REACH || space < 0 ? lineEnd : Math.min(lineEnd, space);
    const window = story.slice(Math.min(from, at), to);
    const span = findExpansion(acronym, window);
    if (span) return terms(window.slice(span[0], span[1]));
    at = story.indexOf(capitalised, at + capitalised.length);
  }
  return [];
}
/** "Preferen" for "preferences", "Prefer" for "preferred": the start of the word, capitalised as in a name. */
function capitalisedStem(word: string): string {
  const stem = wordStart(word);
  return stem.charAt(0).toUpperCase() + stem.slice(1);
}

/** Capitalised uses of a word searched for an expansion, and how far on each side of one (characters). */
const EXPANSION_TRIES = 3;
const EXPANSION_REACH = 300;
