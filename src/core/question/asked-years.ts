/**
 * The years a question names as its subject ("the 2020 presidential election"), and which retrieved stories
 * hold them. The answerability decision reads the top story only; quotes may come from others, and one that
 * never mentions the year (and was not published in it) is about another year: "Who won the 2020 US
 * presidential election?" was answered from a 2015 interview about the 2012 race.
 */
import type { Retriever } from "../retriever";
import type { Passage } from "../types";
import { missingEntities, questionEntities } from "./question-entities";

const YEAR = /^\d{4}$/;

/**
 * The passages of stories that mention every year the question names, or were published in it; all of them when
 * the question names none, or when no story holds them (the answerability decision has judged that case).
 */
export function holdingAskedYears(
  question: string,
  passages: Passage[],
  retriever: Pick<Retriever, "articleText">,
): Passage[] {
  const years = questionEntities(question).filter((entity) => YEAR.test(entity));
  if (years.length === 0) return passages;
  const holds = new Map<string, boolean>();
  const kept = passages.filter((passage) => {
    const id = passage.article.id;
    let held = holds.get(id);
    if (held === undefined) {
      const own = passage.article.published?.slice(0, 4);
      const texts = [passage.article.title, retriever.articleText(id) ?? passage.text];
      held =
        missingEntities(
          years.filter((year) => year !== own),
          texts,
        ).length === 0;
      holds.set(id, held);
    }
    return held;
  });
  return kept.length ? kept : passages;
}
