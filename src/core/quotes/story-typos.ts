/**
 * A story's own typos, for scoring its sentences: "She chose the hastag #IStandWithAhmed and posted to Twitter."
 * answers "who started the #IStandWithAhmed hashtag?", but its "hastag" is not "hashtag", and the sentence that
 * spells it right (about the hashtag's spread) was quoted instead. A word of a sentence that no English lexicon
 * holds, written in lower case and one keystroke from a question word the sentence lacks (typo-words.ts), counts as
 * that word. A real word never does ("trail" is not "trial"), nor a name ("Antarctica" is not "antarctic"), nor a
 * short one: short words have too many neighbours. Measured on the reporter sets (docs/performance.md, fifty-first
 * round): 16 more facts quoted (9 on the odd-numbered sets, 7 on the even), none lost; no realtimeqa-dev or
 * rtqa-archive-2023 answer changed. Read in capitalised words too, it lost 2 ("What chemical were the Antarctic
 * anemone specimens stored in?" quoted the sentence on the return "from Antarctica").
 */
import { isEnglishWord } from "../../text/part-of-speech";
import { toTerm } from "../../text/tokenize";
import { LOWER_WORD, oneKeystrokeApart } from "../question/typo-words";

/** Question words shorter than this are not looked for among a story's typos. */
const MIN_LETTERS = 6;

/**
 * For a question's words, a reader of sentences: the index terms of the question words (`lacking`, as the
 * question writes them) that a sentence writes with one wrong keystroke, in a word written in lower case (a name,
 * "Antarctica" for "antarctic", is no typo). Each pair is checked as it comes (oneKeystrokeApart), and whether a
 * story's word is English is looked up once a question.
 */
export function storyTypos(words: Iterable<string>): (sentence: string, lacking: string[]) => string[] {
  const long = [...new Set(words)].filter((word) => word.length >= MIN_LETTERS && /^\p{Ll}+$/u.test(word));
  const english = new Map<string, boolean>();
  const isEnglish = (token: string): boolean => {
    let known = english.get(token);
    if (known === undefined) {
      known = isEnglishWord(token);
      english.set(token, known);
    }
    return known;
  };
  return (sentence, lacking) => {
    const wanted = long.filter((word) => lacking.includes(word));
    if (wanted.length === 0) return [];
    const found: string[] = [];
    for (const [token] of sentence.matchAll(LOWER_WORD)) {
      if (token.length < MIN_LETTERS - 1) continue;
      // The first letter is kept, or swapped with the second (oneKeystrokeAway).
      for (const word of wanted)
        if (
          (token[0] === word[0] || token[0] === word[1]) &&
          oneKeystrokeApart(token, word) &&
          !isEnglish(token)
        )
          found.push(toTerm(word));
    }
    return found;
  };
}
