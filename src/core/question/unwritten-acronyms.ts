/**
 * "Who runs CCHR?" about an archive that only ever writes "Cambodia Center for Human Rights": an acronym the
 * archive never uses is searched for, and quoted by, the name it spells out there (Retriever.spelledOut). The
 * question as typed still decides whether the archive answers it: a story that spells the acronym out holds it
 * (answerability/named-otherwise.ts), one that only shares some of the name's words does not ("New York" is not
 * "NYC" spelled out as "New York City"). An abbreviation of syllables is read the same way: "HK LegCo election"
 * as "HK Legislative Council election". "What does CCHR stand for?" has its own path (acronym-questions.ts).
 */
import { acronymsIn, asksForExpansion, MIN_INITIALS, SYLLABIC_WORD } from "../../text/acronyms";
import { toTerm } from "../../text/tokenize";
import type { Retriever } from "../retriever";

/**
 * Unwritten acronyms looked up per question. Each new one reads the whole archive once (≈ 0.1 s at 7,500
 * articles), so a message of made-up acronyms must not cost seconds; a question seldom has more than one.
 */
export const MAX_SPELLED = 2;

export interface SpelledAcronym {
  acronym: string;
  /** The archive's most frequent spelling-out of it: "Cambodia Center for Human Rights". */
  name: string;
}

const LETTERS_ONLY = new RegExp(`^\\p{Lu}{${MIN_INITIALS},}$`, "u");

/** The question's acronyms that the archive never writes but spells out, with the names it spells. */
export function unwrittenAcronyms(
  question: string,
  retriever: Pick<Retriever, "holdsTerm" | "spelledOut">,
): SpelledAcronym[] {
  const { holdsTerm, spelledOut } = retriever;
  if (!holdsTerm || !spelledOut || asksForExpansion(question)) return [];
  const candidates = [
    ...acronymsIn(question).filter((a) => LETTERS_ONLY.test(a)),
    ...(question.match(SYLLABIC_WORD) ?? []),
  ];
  const unwritten = candidates.filter((acronym) => !holdsTerm.call(retriever, toTerm(acronym.toLowerCase())));
  const spelled: SpelledAcronym[] = [];
  for (const acronym of unwritten.slice(0, MAX_SPELLED)) {
    const name = spelledOut.call(retriever, acronym);
    if (name) spelled.push({ acronym, name });
  }
  return spelled;
}

/** The question with each of those acronyms replaced by its name: "remind me who runs Cambodia Center for …". */
export function withNamesSpelledOut(question: string, spelled: SpelledAcronym[]): string {
  let text = question;
  for (const { acronym, name } of spelled)
    text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, "gu"), name);
  return text;
}
