/**
 * "Any shake-up at the central bank this yr?", "Were there any leadership changes at the Harbour Authority in
 * November 2021?", "latest news on the referendum": the asker's word for "what happened", not the story's. A
 * story reports the event itself ("resigned", "named … governor"), so the word is not searched or counted as
 * missing; the words around it ("leadership", "the central bank") and the date window name the story.
 */
const UPDATE_WORD =
  /\b(any|latest|recent|new)(\s+(?:[\p{L}-]+\s+)?)(?:news|updates?|developments?|changes?|shake-?ups?)\b/giu;

export function withoutUpdateWords(question: string): string {
  const topic = question.replace(UPDATE_WORD, "$1$2").replace(/\s+/g, " ").trim();
  return /[\p{L}\p{N}]/u.test(topic) ? topic : question;
}
