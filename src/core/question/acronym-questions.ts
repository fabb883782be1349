/**
 * "What does EBA stand for?": the story that spells the acronym out answers it. Such a question is searched
 * without its asking words and more widely (an acronym like WHO is also a common word), and the stories that
 * define the acronym (text/acronyms.ts) come first.
 */
import { findExpansion } from "../../text/acronyms";
import type { Retriever } from "../retriever";
import type { Passage } from "../types";

/** Passages searched for an expansion question before the defining stories are put first. */
export const EXPANSION_CANDIDATES = 40;

/** The passages with those of stories that define `acronym` first (each group keeps its order), `limit` of them. */
export function definingFirst(
  acronym: string,
  passages: Passage[],
  retriever: Pick<Retriever, "articleText">,
  limit: number,
): Passage[] {
  const defines = new Map<string, boolean>();
  const defining = (p: Passage) => {
    let d = defines.get(p.article.id);
    if (d === undefined) {
      d =
        findExpansion(acronym, `${p.article.title}\n${retriever.articleText(p.article.id) ?? p.text}`) !==
        null;
      defines.set(p.article.id, d);
    }
    return d;
  };
  return [...passages.filter(defining), ...passages.filter((p) => !defining(p))].slice(0, limit);
}
