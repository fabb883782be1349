/**
 * English as a learner writes it from another language's mould: "How is the husband of Valeska Paris called?"
 * (German "Wie heißt…", French "Comment s'appelle…", Spanish "¿Cómo se llama…?"), "How is the name of the new
 * anemone?". Read as the English question ("What is the husband of Valeska Paris called?", "What is the name of
 * the new anemone?"), which asks for a name: "how" asks no kind of fact, and the name went unchecked.
 */

/**
 * "How is / was / are / were <something> called?", at a sentence's start, "called" last (or with "then", "now",
 * "scientifically"…): what it is called. Not "How was the minister called back…", a call made.
 */
const HOW_CALLED =
  /(^|[.?!]\s+)((?:and |so )?)(how)(?= (?:is|was|are|were) [^.?!]+?\bcalled(?: (?:then|again|exactly|now|actually|today|scientifically|officially))?\s*(?:[.?!]|$))/gi;
/** "How is / was the name of …", "how are their names": what it is. */
const HOW_NAME =
  /(^|[.?!]\s+)((?:and |so )?)(how)(?= (?:is|was|are|were) (?:the|his|her|their|its) (?:\S+ )?names?\b)/gi;

/** "What" written as the learner wrote "how": "How" → "What", "how" → "what". */
const what = (_: string, start: string, lead: string, how: string) =>
  `${start}${lead}${how[0] === "H" ? "What" : "what"}`;

/** The question with a learner's "how is … called" and "how is the name of …" read as "what". */
export function withLearnerPhrasingRead(question: string): string {
  return question.replace(HOW_CALLED, what).replace(HOW_NAME, what);
}
