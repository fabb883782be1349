/**
 * "How many parties are in this Cambodian election?": the Cambodian story answers, but a Virginia election story
 * ranked below it held more of the question's words in one sentence ("five questions", "party", "election") and was
 * quoted first. When the top story names the country the question asks about, the stories that name none of them
 * are not quoted: they are about another country's election, another nation's minister.
 */
import { holdsAskedCountry } from "../question/question-entities";
import type { Passage } from "../types";

export function ofAskedCountry(
  question: string,
  passages: Passage[],
  articleText: (articleId: string) => string | undefined,
): Passage[] {
  const top = passages[0];
  const holds = holdsAskedCountry(question);
  if (!top || !holds) return passages;
  const held = new Map<string, boolean>();
  const names = (passage: Passage): boolean => {
    const id = passage.article.id;
    let named = held.get(id);
    if (named === undefined) {
      named = holds(`${passage.article.title}\n${articleText(id) ?? passage.text}`);
      held.set(id, named);
    }
    return named;
  };
  if (!names(top)) return passages;
  return passages.filter(names);
}
