/** Asks the archive and turns the result into Discord replies, with 👍/👎 buttons under the last one. */
import type { APIActionRowComponent, APIButtonComponent } from "discord.js";
import type { AskResult, SearchFilters } from "../../core/types";
import { worthPostingUnasked } from "../chat/auto-answer";
import { logQuestion } from "../chat/log-question";
import { buildFeedbackRow } from "./feedback-buttons";
import type { HandlerContext } from "./handler-context";
import { type DiscordReply, renderAnswer } from "./render-answer";
import { neutraliseMentions } from "./safe-text";

export interface ReplyPayload extends DiscordReply {
  components?: APIActionRowComponent<APIButtonComponent>[];
}

/**
 * Throws only when the archive itself fails; a question the archive rejects becomes a plain reply. With
 * `unasked` (an auto channel), returns no reply unless the answer is worth posting unasked (chat/auto-answer.ts).
 */
export async function buildAnswerReplies(
  ctx: HandlerContext,
  /** The asker's Discord user id, for the question log (hashed there unless configured otherwise). */
  user: string,
  question: string,
  /** When the question was asked: the message's or the interaction's time. */
  askedAt: Date,
  /** The asker's from/to/publisher, already checked (core/question-filters.ts). */
  filters?: SearchFilters,
  more: { context?: string[]; unasked?: boolean } = {},
): Promise<ReplyPayload[]> {
  let result: AskResult;
  try {
    result = await ctx.deps.archive.ask(question, {
      askedAt: askedAt.toISOString(),
      ...(filters ? { filters } : {}),
      ...(more.context?.length ? { context: more.context } : {}),
    });
  } catch (error) {
    await logQuestion(ctx.deps.questionLog, ctx.logger, {
      platform: "discord",
      user,
      question,
      result: "error",
    });
    throw error;
  }
  await logQuestion(ctx.deps.questionLog, ctx.logger, { platform: "discord", user, question, result });
  if (more.unasked && !worthPostingUnasked(result)) {
    ctx.logger.info({ answerability: result.ok ? result.answer.answerability : null }, "auto: silent");
    return [];
  }
  if (!result.ok) return [{ content: neutraliseMentions(result.problem.message), embeds: [] }];
  const { answer } = result;
  const recordId = await ctx.answers.remember(answer);
  const replies: ReplyPayload[] = renderAnswer(answer);
  const last = replies[replies.length - 1];
  if (last) last.components = [buildFeedbackRow(recordId)];
  ctx.logger.debug(
    { status: answer.status, citations: answer.citations.length, messages: replies.length },
    "answer rendered",
  );
  return replies;
}
