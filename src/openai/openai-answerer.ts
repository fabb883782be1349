/** ANSWERS=openai: a short answer written by ChatOpenAI, kept only as far as its quotes check out against the archive. */
import { randomBytes } from "node:crypto";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { ChatOpenAI } from "@langchain/openai";
import { z } from "zod";
import type { Config } from "../config";
import type { Answerer, AnswerRequest } from "../core/answerer";
import { createExtractiveAnswerer } from "../core/extractive-answerer";
import { quoteLine } from "../core/quotes/citation-lines";
import { verifyQuotes } from "../core/quotes/verify-quotes";
import { attachSpeakers } from "../core/speakers/attach-speakers";
import { asksForCurrentState } from "../core/time/newest-first";
import type { Answer } from "../core/types";
import type { Logger } from "../logger";
import { asksAboutCorrections } from "../text/correction-notes";
import { buildPrompt } from "./build-prompt";
import { describeUpstreamError } from "./describe-upstream-error";

/** Appended to the extractive answer when the model could not be reached. */
export const UNAVAILABLE_NOTE = "(Written answers are unavailable right now; these are direct quotes.)";
/** Caps: tokens the model may write, sentences it is asked for, characters kept after checking. */
export const ANSWER_LIMITS = { outputTokens: 500, sentences: 4, textChars: 1200, quotes: 6 } as const;

const draftSchema = z.object({
  answer: z
    .string()
    .describe(
      "A brief plain-text answer taken only from the passages; every sentence ends with [n], n a passage number.",
    ),
  quotes: z
    .array(
      z.object({
        n: z.number().int().describe("The number of the passage the quote is copied from."),
        quote: z.string().describe("Words copied exactly from passage n, one sentence or less."),
      }),
    )
    .describe("At least one exact quote for every passage number used in the answer."),
});

export interface OpenAIAnswererOptions {
  openai: Config["openai"];
  logger: Logger;
}

/**
 * Writes with structured output (JSON schema: the answer and its quotes come back as fields), never
 * streaming: `streaming: true` with invoke() stalls for minutes offline fetching a tokenizer (see the
 * stack probe notes). Then every quote is checked in code (verifyQuotes); nothing verified → the
 * extractive answer. Upstream down, rate-limited after retries or timed out → the extractive answer plus
 * UNAVAILABLE_NOTE, and one warning whose message is redacted. The caller only calls this with relevant
 * passages: the model never sees a question the archive cannot answer.
 */
export function createOpenAIAnswerer(options: OpenAIAnswererOptions): Answerer {
  const { openai, logger } = options;
  const model = new ChatOpenAI({
    apiKey: openai.apiKey,
    model: openai.chatModel,
    temperature: 0,
    maxTokens: ANSWER_LIMITS.outputTokens,
    timeout: openai.timeoutMs,
    maxRetries: openai.maxRetries,
    maxConcurrency: 4,
    streaming: false,
    configuration: openai.baseUrl ? { baseURL: openai.baseUrl } : undefined,
  });
  const writer = model.withStructuredOutput(draftSchema, {
    name: "cited_answer",
    method: "jsonSchema",
    strict: true,
  });
  const extractive = createExtractiveAnswerer();

  const fallback = async (request: AnswerRequest): Promise<Answer> => {
    const answer = await extractive.answer(request);
    return answer.status === "answered" ? { ...answer, text: `${answer.text}\n${UNAVAILABLE_NOTE}` } : answer;
  };

  return {
    name: "openai",
    async answer(request: AnswerRequest): Promise<Answer> {
      const started = performance.now();
      const prompt = buildPrompt({
        question: request.question,
        context: request.context,
        passages: request.passages,
        nonce: randomBytes(8).toString("hex"),
        maxSentences: ANSWER_LIMITS.sentences,
      });
      let draft: z.infer<typeof draftSchema>;
      try {
        draft = await writer.invoke([new SystemMessage(prompt.system), new HumanMessage(prompt.user)]);
      } catch (error) {
        const upstream = describeUpstreamError(error, [openai.apiKey]);
        logger.warn(
          { upstream, model: openai.chatModel },
          "written answer failed; replying with direct quotes",
        );
        return fallback(request);
      }
      const verified = verifyQuotes(
        { text: draft.answer, quotes: draft.quotes },
        {
          passages: request.passages,
          articleText: (id) => request.retriever.articleText(id),
          maxQuotes: ANSWER_LIMITS.quotes,
          maxTextChars: ANSWER_LIMITS.textChars,
          notesToo: asksAboutCorrections(request.question),
          newestFirst: Boolean(request.askedAt) && asksForCurrentState(request.question),
        },
      );
      logger.debug(
        {
          ms: Math.round(performance.now() - started),
          quotes: draft.quotes.length,
          droppedQuotes: verified?.droppedQuotes,
          droppedSentences: verified?.droppedSentences,
        },
        "written answer checked",
      );
      if (!verified) {
        logger.info(
          { quotes: draft.quotes.length },
          "no claim in the written answer was backed by a verbatim quote; replying with direct quotes",
        );
        return extractive.answer(request);
      }
      // As in an extractive answer, every verified quote follows the written text on its own line, with its
      // speaker when known and its article's date; the newest article's first for a current-state question.
      const citations = attachSpeakers(verified.citations, request.retriever);
      return {
        status: "answered",
        question: request.question,
        text: [verified.text, ...citations.map(quoteLine)].join("\n"),
        citations,
        asOf: request.retriever.asOf,
      };
    },
  };
}
