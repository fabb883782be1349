/**
 * "Who heads the harbour authority?", "Who's in charge of Valdoria's finances?", "who runs CCHR": a who-question
 * asking for whoever holds a post at a body. The story names the post ("chief executive", "finance minister",
 * "executive director") and seldom the asker's verb, so the verb is not a topic word: searched for or counted
 * as missing, it made the stories that name the holder look weaker than one that uses "head" in passing.
 * "Who replaced Marta Olsen?" likewise: the story of her successor says "resigned … appointed Peter Lund", and
 * the story of her own appointment, "replacing Henrik Dahl", held the verb. And "who got appointed to lead the
 * port authority": the story says "named Daniel Mercer … as chief executive".
 */
const WHO = /^\s*who(?:['’]s)?\b/i;
/** The words that ask who leads a body: "heads", "runs", "in charge of", "the boss of"… (asked-post.ts reads them too). */
export const LEADING_WORDS =
  "in charge of|at the helm of|the (?:head|boss|leader|chief) of|heads|runs|leads|chairs|helms|oversees";
const ROLE_FRAME = new RegExp(
  `\\b(?:(?:is|are)\\s+)?(?:${LEADING_WORDS}|replaced|succeeded|took over from|came after|(?:got\\s+|was\\s+|been\\s+)?(?:appointed|named|picked|chosen|tapped|hired)\\s+to\\s+(?:lead|head|run|chair))\\b`,
  "gi",
);

/** The question without the words that only ask for a post's holder; unchanged when it is not a who-question. */
export function withoutRoleWords(question: string): string {
  if (!WHO.test(question)) return question;
  const topic = question.replace(ROLE_FRAME, " ").replace(/\s+/g, " ").trim();
  return /[\p{L}\p{N}]/u.test(topic.replace(WHO, "")) ? topic : question;
}
