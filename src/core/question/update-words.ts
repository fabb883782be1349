/**
 * "Any shake-up at the central bank this yr?", "Were there any leadership changes at the Harbour Authority in
 * November 2021?", "latest news on the referendum": the asker's word for "what happened", not the story's. A
 * story reports the event itself ("resigned", "named … governor"), so the word is not searched or counted as
 * missing; the words around it ("leadership", "the central bank") and the date window name the story.
 */
const UPDATE_WORD =
  /\b(any|latest|recent|new)(\s+(?:[\p{L}-]+\s+)?)(?:news|updates?|developments?|changes?|shake-?ups?)\b/giu;

/**
 * "What is the latest figure for inflation?", "the most recent jobs numbers": the asker's word for the kind of
 * fact, which only the story that revised a figure may happen to use. Only after a word asking for the newest,
 * and only where the phrase ends ("latest data breach" is a topic).
 */
const FIGURE_WORD =
  /\b(latest|newest|recent|current)(\s+(?:[\p{L}-]+\s+)?)(?:figures?|numbers?|data|stats|statistics)(?=\s+(?:for|on|of|about|from|in)\b|\s*[?.!]|\s*$)/giu;

export function withoutUpdateWords(question: string): string {
  const topic = question
    .replace(UPDATE_WORD, "$1$2")
    .replace(FIGURE_WORD, "$1$2")
    .replace(/\s+/g, " ")
    .trim();
  return /[\p{L}\p{N}]/u.test(topic) ? topic : question;
}
