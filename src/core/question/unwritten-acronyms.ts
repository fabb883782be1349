/**
 * "Who runs CCHR?" about an archive that only ever writes "Cambodia Center for Human Rights": an acronym the
 * archive never uses is searched as the name it spells out there (Retriever.spelledOut), so the story is found,
 * its words count as the question's, and the acronym is not a missing word that refuses the question.
 * "What does CCHR stand for?" keeps its acronym: that question has its own path (acronym-questions.ts).
 */
import { acronymsIn, asksForExpansion } from "../../text/acronyms";
import { MIN_SPELLED_LETTERS } from "../../text/spelled-out-names";
import { toTerm } from "../../text/tokenize";
import type { Retriever } from "../retriever";

/**
 * Unwritten acronyms looked up per question. Each new one reads the whole archive once (≈ 0.1 s at 7,500
 * articles), so a message of made-up acronyms must not cost seconds; a question seldom has more than one.
 */
export const MAX_SPELLED = 2;

export function spellOutUnwrittenAcronyms(
  question: string,
  retriever: Pick<Retriever, "holdsTerm" | "spelledOut">,
): string {
  const { holdsTerm, spelledOut } = retriever;
  if (!holdsTerm || !spelledOut || asksForExpansion(question)) return question;
  let spelled = question;
  const unwritten = acronymsIn(question).filter(
    (acronym) =>
      new RegExp(`^\\p{Lu}{${MIN_SPELLED_LETTERS},}$`, "u").test(acronym) &&
      !holdsTerm.call(retriever, toTerm(acronym.toLowerCase())),
  );
  for (const acronym of unwritten.slice(0, MAX_SPELLED)) {
    const name = spelledOut.call(retriever, acronym);
    if (name)
      spelled = spelled.replace(new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, "gu"), name);
  }
  return spelled;
}
