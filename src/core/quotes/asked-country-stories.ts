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
  if (!top) return passages;
  const holds = new Map<string, boolean | null>();
  const held = (passage: Passage): boolean | null => {
    const id = passage.article.id;
    if (!holds.has(id))
      holds.set(
        id,
        holdsAskedCountry(question, `${passage.article.title}\n${articleText(id) ?? passage.text}`),
      );
    return holds.get(id) ?? null;
  };
  if (held(top) !== true) return passages;
  return passages.filter((passage) => held(passage) === true);
}
