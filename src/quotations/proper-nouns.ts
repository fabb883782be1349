/**
 * Which words of a paragraph are proper nouns, by wink-nlp's part-of-speech tagger with its English lite
 * model (its weights ship in the npm package; nothing is fetched). Used at ingest only.
 */
import model from "wink-eng-lite-web-model";
import winkNLP, { type WinkMethods } from "wink-nlp";

let nlp: WinkMethods | null = null;

/** The words tagged PROPN anywhere in `paragraph`, as written. */
export function properNouns(paragraph: string): Set<string> {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  const doc = nlp.readDoc(paragraph);
  const words = doc.tokens().out(nlp.its.value) as string[];
  const tags = doc.tokens().out(nlp.its.pos) as string[];
  const found = new Set<string>();
  words.forEach((word, i) => {
    if (tags[i] === "PROPN") found.add(word);
  });
  return found;
}
