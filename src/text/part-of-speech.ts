/**
 * Part-of-speech tags by wink-nlp's tagger with its English lite model (its weights ship in the npm package;
 * nothing is fetched). Loaded on first use, not when the module is imported: about 0.2 s once per process, paid
 * only by a process that reads a question's parts of speech ("how many …", "who is the … minister").
 */
import type { WinkMethods } from "wink-nlp";

let nlp: WinkMethods | null = null;

export interface TaggedWord {
  /** The token as written. */
  word: string;
  /** Its universal part-of-speech tag: NOUN, PROPN, VERB, AUX, ADP… */
  tag: string;
}

/**
 * Tags of the words a noun phrase is made of: "how many [ant colonies] did…", "how many [Rohingya and
 * Bangladeshi migrants] are…", "what share of [New Zealand schoolkids] are…".
 */
export const PHRASE_TAGS = new Set(["NOUN", "PROPN", "ADJ", "NUM", "CCONJ"]);

/** The tokens of `text` with their tags, in order. */
export function tagWords(text: string): TaggedWord[] {
  nlp ??= loadTagger();
  const tokens = nlp.readDoc(text).tokens();
  const words = tokens.out(nlp.its.value) as string[];
  const tags = tokens.out(nlp.its.pos) as string[];
  return words.map((word, i) => ({ word, tag: tags[i] ?? "X" }));
}

/**
 * Whether English's lexicon (the model's ~87,600 words) holds `word` as typed, in lower case: "marker", "fond",
 * "intro", not "goverment" or "chidren". The model numbers its own words first; a word it lacks is added after them,
 * so a word it lacks, read first when the model loads (before any other text adds one), gives where its own words end.
 */
export function isEnglishWord(word: string): boolean {
  nlp ??= loadTagger();
  return idOf(nlp, word.toLowerCase()) < lexiconSize;
}
/** A string no lexicon holds, read first to find where the model's own words end. */
const NO_WORD = "qzxjvkwq";
/** Where the model's own words end; set when the model loads. */
let lexiconSize = 0;
const idOf = (tagger: WinkMethods, word: string): number =>
  tagger.readDoc(word).tokens().out(tagger.its.uniqueId)[0] as number;

/** wink-nlp with its English model, required here so that importing this module loads neither. */
function loadTagger(): WinkMethods {
  const winkNLP = require("wink-nlp") as typeof import("wink-nlp").default;
  const model = require("wink-eng-lite-web-model") as typeof import("wink-eng-lite-web-model").default;
  const loaded = winkNLP(model, ["sbd", "pos"]);
  lexiconSize = idOf(loaded, NO_WORD);
  return loaded;
}
