/** The default answerer: quotes the best-matching sentences verbatim, each with its [n] marker. No model, no network. */
import type { Answerer, AnswerRequest } from "./answerer";
import { attachSpeakers } from "./attach-speakers";
import { quoteLine } from "./citation-lines";
import { buildCitations, notFoundAnswer } from "./cite";
import { asksForCurrentState, newestFirst } from "./newest-first";
import { pickQuotes } from "./pick-quotes";
import type { Answer } from "./types";
import { withLeads } from "./with-leads";

export const MAX_QUOTES = 3;

export function createExtractiveAnswerer(): Answerer {
  return {
    name: "extractive",
    async answer(request: AnswerRequest): Promise<Answer> {
      const picked = pickQuotes({
        question: request.question,
        context: request.context,
        passages: withLeads(request.passages, (id) => request.retriever.articleText(id)),
        weight: (token) => request.retriever.termWeight(token),
        max: MAX_QUOTES,
        articleText: (id) => request.retriever.articleText(id),
      });
      const asOf = request.retriever.asOf;
      if (picked.length === 0) return notFoundAnswer(request.question, asOf);
      const { citations: built } = buildCitations(
        request.askedAt && asksForCurrentState(request.question) ? newestFirst(picked) : picked,
      );
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
