/**
 * Part-of-speech tags by wink-nlp's tagger with its English lite model (its weights ship in the npm package;
 * nothing is fetched). Loaded on first use: about 0.2 s, once per process.
 */
import model from "wink-eng-lite-web-model";
import winkNLP, { type WinkMethods } from "wink-nlp";

let nlp: WinkMethods | null = null;

export interface TaggedWord {
  /** The token as written. */
  word: string;
  /** Its universal part-of-speech tag: NOUN, PROPN, VERB, AUX, ADP… */
  tag: string;
}

/** The tokens of `text` with their tags, in order. */
export function tagWords(text: string): TaggedWord[] {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  const tokens = nlp.readDoc(text).tokens();
  const words = tokens.out(nlp.its.value) as string[];
  const tags = tokens.out(nlp.its.pos) as string[];
  return words.map((word, i) => ({ word, tag: tags[i] ?? "X" }));
}
