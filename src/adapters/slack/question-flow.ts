/** The question flow every Slack entry point shares: checks, archive.ask, render, and an apology on any failure. */

import type { Archive } from "../../core/archive";
import type { ChannelSettingsStore } from "../../core/channels/channel-settings";
import type { SearchFilters } from "../../core/types";
import { loggableError } from "../../errors";
import type { QuestionLog } from "../../feedback/question-log";
import type { Logger } from "../../logger";
import type { AnswerMemory } from "../chat/answer-memory";
import { worthPostingUnasked } from "../chat/auto-answer";
import { CANNED } from "../chat/canned-texts";
import { channelQuestion, hasEditors } from "../chat/channel-setup";
import { logQuestion } from "../chat/log-question";
import type { QuestionGate } from "../chat/question-gate";
import { renderAnswer } from "./render-answer";
import { replies } from "./replies";
import type { ReplyChannel } from "./reply-channel";

export interface QuestionFlowDeps {
  archive: Archive;
  answers: AnswerMemory;
  gate: QuestionGate;
  /** Upper bound on one archive.ask; past it the asker gets the apology. */
  askTimeoutMs: number;
  questionLog?: QuestionLog;
  /** Per-channel filters and editors' contact (issue 17). */
  channelSettings?: ChannelSettingsStore;
}

/** Why a question is not asked; `repeat` marks a rate-limit notice the user already got in this window. */
export interface Refusal {
  text: string;
  repeat: boolean;
}

export interface QuestionRequest {
  user: string;
  /** Plain text (see toPlainQuestion). */
  question: string;
  /** Earlier questions in the same thread, oldest first. */
  context: string[];
  /** When the question was asked (the message's time; now for a slash command). */
  askedAt: Date;
  /** The asker's `from:`/`to:`/`publisher:` tokens, already taken out of `question` (readFilterTokens). */
  filters?: SearchFilters;
  reply: ReplyChannel;
  logger: Logger;
  /** Adds "Share in channel" to the answer (for ephemeral answers). */
  shareable?: boolean;
  botUserId?: string;
  /** The channel asked in: its filters bound the search, its editors' contact adds "Ask an editor". */
  channel?: string;
  /**
   * An auto channel's unprompted question: no 👀, and nothing is posted unless the answer is worth posting
   * unasked (chat/auto-answer.ts): no refusal, no "nothing found", no apology. It is still logged.
   */
  unasked?: boolean;
}

export interface QuestionFlow {
  /** Checks before any work (the shared gate): empty → usage help, too long, over a rate limit. */
  check(
    user: string,
    team: string | null,
    question: string,
    botUserId?: string,
  ): Promise<Refusal | undefined>;
  /** Answers through `reply`; never throws. `answered` means the archive returned an Answer and it was posted. */
  ask(request: QuestionRequest): Promise<{ answered: boolean; ts?: string }>;
}

export function createQuestionFlow(deps: QuestionFlowDeps): QuestionFlow {
  return {
    async check(user, team, question, botUserId) {
      const verdict = await deps.gate.check({
        userId: user,
        scopeId: team,
        question,
        usage: replies.usage(botUserId),
      });
      return verdict.ok ? undefined : { text: verdict.text, repeat: verdict.repeat };
    },

    async ask({
      user,
      question,
      context,
      askedAt,
      filters: asked,
      reply,
      logger,
      shareable,
      channel,
      unasked,
    }) {
      const within = await channelQuestion(deps, "slack", channel, asked, logger);
      if (!within.ok) {
        // An unasked question with tokens outside the channel's bounds stays silent, like a malformed one.
        if (!unasked) await reply.send({ text: replies.badFilter(within.message) });
        return { answered: false };
      }
      const { filters } = within;
      // Not under a private (ephemeral) answer: it has no link to hand over.
      const askEditor = hasEditors(within.settings) && !shareable;
      const working = unasked
        ? Promise.resolve()
        : reply.working().catch((error: unknown) => logger.warn(loggableError(error), "could not show 👀"));
      // The question is logged once: with its outcome, or as a problem when asking failed.
      let logged = false;
      try {
        const started = Date.now();
        const result = await withTimeout(
          deps.archive.ask(question, { context, askedAt: askedAt.toISOString(), filters }),
          deps.askTimeoutMs,
        );
        await working;
        logged = true;
        await logQuestion(deps.questionLog, logger, { platform: "slack", user, question, result });
        if (unasked && !worthPostingUnasked(result)) {
          logger.info(
            { user, answerability: result.ok ? result.answer.answerability : null },
            "auto: silent",
          );
          return { answered: false };
        }
        if (!result.ok) {
          await reply.send({ text: replies.problem(result.problem.message) });
          return { answered: false };
        }
        const answerId = await deps.answers.remember(result.answer);
        const message = renderAnswer(result.answer, { answerId, shareable, askEditor });
        const ts = await reply.send(message);
        logger.info(
          {
            user,
            status: result.answer.status,
            citations: result.answer.citations.length,
            ms: Date.now() - started,
          },
          "answered",
        );
        return { answered: true, ts };
      } catch (error) {
        logger.error({ ...loggableError(error), user }, "answering failed");
        if (!logged)
          await logQuestion(deps.questionLog, logger, { platform: "slack", user, question, result: "error" });
        if (unasked) return { answered: false };
        await reply.send({ text: CANNED.apology }).catch((sendError: unknown) => {
          logger.error(loggableError(sendError), "could not send the apology either");
        });
        return { answered: false };
      } finally {
        await working;
        if (!unasked) await reply.done().catch(() => undefined);
      }
    },
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`archive.ask took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
