/** The default answerer: quotes the best-matching sentences verbatim, each with its [n] marker. No model, no network. */
import type { Answerer, AnswerRequest } from "./answerer";
import { buildCitations, notFoundAnswer } from "./cite";
import { ofAskedCountry } from "./quotes/asked-country-stories";
import { quoteLine } from "./quotes/citation-lines";
import { pickQuotes } from "./quotes/pick-quotes";
import { withLeads } from "./quotes/with-leads";
import { attachSpeakers } from "./speakers/attach-speakers";
import {
  articleFirst,
  asksAboutPresent,
  asksForCurrentState,
  asksForSuccessor,
  namesARecentDay,
  newestArticle,
  newestFirst,
} from "./time/newest-first";
import type { Answer } from "./types";

export const MAX_QUOTES = 3;
/** A story holding at least this share of the best story's relevance counts as matching as well. */
const STRONG_SHARE = 0.9;

export function createExtractiveAnswerer(): Answerer {
  return {
    name: "extractive",
    async answer(request: AnswerRequest): Promise<Answer> {
      const articleText = (id: string) => request.retriever.articleText(id);
      const pick = (passages: typeof request.passages, max: number) =>
        pickQuotes({
          question: request.question,
          context: request.context,
          passages: withLeads(passages, articleText),
          weight: (token) => request.retriever.termWeight(token),
          max,
          articleText,
          nearest: request.retriever.nearestWords?.bind(request.retriever),
          quotations: request.retriever.quotations?.bind(request.retriever),
        });
      // Read once: the newest story's own pick below is of one story, which the filter keeps as it is.
      let picked = pick(ofAskedCountry(request.question, request.passages, articleText), MAX_QUOTES);
      const asOf = request.retriever.asOf;
      if (picked.length === 0) return notFoundAnswer(request.question, asOf);
      // Asked in the present tense without "current" or "now", a question about how things stand: the newest
      // story leads too, unless the best one is undated, so its age is unknown (realtimeqa-dev: an undated
      // gold story lost its lead to a dated older one).
      const dated = Boolean(request.askedAt);
      const current =
        dated &&
        (asksForCurrentState(request.question) ||
          (asksAboutPresent(request.question) && Boolean(picked[0]?.passage.article.published)));
      const successor = dated && !current && asksForSuccessor(request.question);
      let newest: string | undefined;
      if ((current || successor) && !namesARecentDay(request.question)) {
        // The newest relevant story speaks first, even when older ones hold more of the question's words
        // ("inflation rate now": the older stories say "inflation rate", the newest "inflation … fell to 2 percent").
        // Only among the stories that hold (nearly) as much of the question as the best one: a newer story on
        // something else must not speak first (realtimeqa-dev: "now bankrupt, said this week").
        const best = Math.max(...request.passages.map((p) => p.relevance));
        newest = newestArticle(request.passages.filter((p) => p.relevance >= best * STRONG_SHARE));
        if (newest && !picked.some((q) => q.passage.article.id === newest)) {
          const [own] = pick(
            request.passages.filter((p) => p.article.id === newest),
            1,
          );
          if (own) picked = [own, ...picked].slice(0, MAX_QUOTES);
        }
      }
      // The current state: the newest cited story first. A successor: the newest story naming the predecessor,
      // not a later one about whoever came after the successor.
      const ordered = current
        ? newestFirst(picked)
        : successor && newest
          ? articleFirst(picked, newest)
          : picked;
      const { citations: built } = buildCitations(ordered);
      const citations = attachSpeakers(built, request.retriever);
      const lines = citations.map(quoteLine);
      return {
        status: "answered",
        question: request.question,
        text: `Here is what the archive says:\n${lines.join("\n")}`,
        citations,
        asOf,
      };
    },
  };
}
