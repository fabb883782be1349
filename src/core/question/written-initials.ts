/**
 * "Which country won the Eurovision Song Contest?" about stories that write "ESC": a name of three or more
 * capitalised words is also searched by its initials when the archive writes them, so the stories that use
 * only the short form are found too. The mirror of unwritten-acronyms.ts.
 */
import { CAPITALISED_RUN, initialsOf, MIN_INITIALS } from "../../text/acronyms";
import { toTerm } from "../../text/tokenize";
import type { Retriever } from "../retriever";

/** The initials of the question's capitalised names that the archive writes, to search for beside the question. */
export function writtenInitials(question: string, retriever: Pick<Retriever, "holdsTerm">): string[] {
  const { holdsTerm } = retriever;
  if (!holdsTerm) return [];
  const found: string[] = [];
  for (const run of question.matchAll(CAPITALISED_RUN)) {
    const initials = initialsOf(run[0]);
    if (initials.length >= MIN_INITIALS && holdsTerm.call(retriever, toTerm(initials.toLowerCase())))
      found.push(initials);
  }
  return found;
}
