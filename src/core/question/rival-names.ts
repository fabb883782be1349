/**
 * "how much do milan's catholic schools owe in back property taxes", asked of a story whose only sum is what two
 * schools in Livorno owe: the figure is there, but of another place. A sentence that gives the asked figure and
 * lacks a name of the question answers it only when it names no rival in its stead: a name the question does not
 * have whose word vector is close to the missing one's ("Livorno" for "Milan", "Indonesia" for "Malaysia",
 * "West" for "East" in "New Territories East"). Measured on the reporter sets, realtimeqa-dev and rtqa-archive-2023
 * (docs/performance.md, thirty-fourth round): 7 more near misses refused (Milan's schools three times, Rohingya
 * landed in Thailand or taken in by Malaysia four times), no answer lost, no realtimeqa-dev or rtqa-archive-2023
 * reply changed.
 */
import { tokenize } from "../../text/tokenize";
import { missingEntities, NOT_NAMES, questionEntities } from "./question-entities";

type Nearest = (words: string[], texts: string[]) => Map<string, number>;

/**
 * A name of the sentence stands in for a missing name of the question from this cosine up (word vectors): 0.5
 * refused one near miss more and lost two answers (a Brazilian team's prize "at Fan Expo Canada"); 0.6 refused
 * only the four Rohingya questions ("milan"–"livorno" is 0.58).
 */
export const RIVAL_NEAR = 0.55;

/**
 * Runs of capitalised words of a sentence ("Santo Spirito", "the 1991 Paris Agreement"): its names, and its first
 * word, which a missing name is seldom near by chance.
 */
const CAPITALISED_RUNS = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*(?:[ -]\p{Lu}[\p{L}\p{N}]*)*/gu;

/**
 * For a question, a test of a sentence (with the one before it, if wanted): does it lack a name of the question
 * and name a rival instead? Always false for a question without names, or without word vectors to compare them.
 */
export function namesRival(
  question: string,
  nearest?: Nearest,
  /** Whether a passage names the question's name another way ("the U.S." for "American": named-otherwise.ts). */
  namedOtherwise: (name: string, passage: string) => boolean = () => false,
): (text: string) => boolean {
  if (!nearest) return () => false;
  // Read on the first sentence tested: most questions ask no figure, and never test one.
  let read: { names: string[]; asked: Set<string> } | undefined;
  return (text) => {
    read ??= {
      names: questionEntities(question).filter((name) => !/^\d/.test(name)),
      asked: new Set(tokenize(question)),
    };
    const { names, asked } = read;
    if (names.length === 0) return false;
    const missing = missingEntities(names, [text]).filter((name) => !namedOtherwise(name, text));
    if (missing.length === 0) return false;
    // A run that holds a name of the question is that name, written out ("Paris Agreement" for "the Paris accords").
    const others = [...text.matchAll(CAPITALISED_RUNS)]
      .map((match) => tokenize(match[0]))
      .filter((run) => !run.some((word) => asked.has(word)))
      .flat()
      .filter((word) => word.length >= 3 && !NOT_NAMES.has(word));
    if (others.length === 0) return false;
    const near = nearest(missing, [others.join(" ")]);
    return missing.some((name) => (near.get(name) ?? 0) >= RIVAL_NEAR);
  };
}
