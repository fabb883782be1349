/** Which words of a paragraph are proper nouns, by wink-nlp's part-of-speech tagger (part-of-speech.ts). Used at ingest only. */
import { tagWords } from "../text/part-of-speech";

/** The words tagged PROPN anywhere in `paragraph`, as written. */
export function properNouns(paragraph: string): Set<string> {
  const found = new Set<string>();
  for (const { word, tag } of tagWords(paragraph)) if (tag === "PROPN") found.add(word);
  return found;
}
