/**
 * "Who runs CCHR?" about an archive that only ever writes "Cambodia Center for Human Rights": an acronym the
 * archive never uses is searched as the name it spells out there (Retriever.spelledOut), so the story is found,
 * its words count as the question's, and the acronym is not a missing word that refuses the question.
 * "What does CCHR stand for?" keeps its acronym: that question has its own path (acronym-questions.ts).
 */
import { acronymsIn, asksForExpansion } from "../../text/acronyms";
import { toTerm } from "../../text/tokenize";
import type { Retriever } from "../retriever";

export function spellOutUnwrittenAcronyms(
  question: string,
  retriever: Pick<Retriever, "holdsTerm" | "spelledOut">,
): string {
  const { holdsTerm, spelledOut } = retriever;
  if (!holdsTerm || !spelledOut || asksForExpansion(question)) return question;
  let spelled = question;
  for (const acronym of acronymsIn(question)) {
    if (holdsTerm.call(retriever, toTerm(acronym.toLowerCase()))) continue;
    const name = spelledOut.call(retriever, acronym);
    if (name)
      spelled = spelled.replace(new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, "gu"), name);
  }
  return spelled;
}
