/** Asks the archive and turns the result into Discord replies, with 👍/👎 buttons under the last one. */
import type { APIActionRowComponent, APIButtonComponent } from "discord.js";
import type { AskResult, SearchFilters } from "../../core/types";
import { worthPostingUnasked } from "../chat/auto-answer";
import { channelQuestion, hasEditors } from "../chat/channel-setup";
import { logQuestion } from "../chat/log-question";
import { buildFeedbackRow } from "./feedback-buttons";
import type { HandlerContext } from "./handler-context";
import { type DiscordReply, renderAnswer } from "./render-answer";
import { REPLIES } from "./replies";
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
  /** The asker's from/to/publisher, already checked (core/question/question-filters.ts). */
  asked?: SearchFilters,
  /**
   * The channel (or forum) whose settings apply (see settingsChannel); `private`: ephemeral; `context`: the
   * earlier questions of a follow-up; `unasked`: an auto channel's question.
   */
  how: { channelId?: string | null; private?: boolean; context?: string[]; unasked?: boolean } = {},
): Promise<ReplyPayload[]> {
  const within = await channelQuestion(ctx, "discord", how.channelId, asked, ctx.logger);
  if (!within.ok) {
    // Unasked, tokens outside the channel's bounds stay silent, like any question it would not answer.
    return how.unasked
      ? []
      : [{ content: neutraliseMentions(REPLIES.badFilter(within.message)), embeds: [] }];
  }
  const { filters } = within;
  let result: AskResult;
  try {
    result = await ctx.deps.archive.ask(question, {
      askedAt: askedAt.toISOString(),
      ...(filters ? { filters } : {}),
      ...(how.context?.length ? { context: how.context } : {}),
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
  if (how.unasked && !worthPostingUnasked(result)) {
    ctx.logger.info({ answerability: result.ok ? result.answer.answerability : null }, "auto: silent");
    return [];
  }
  if (!result.ok) return [{ content: neutraliseMentions(result.problem.message), embeds: [] }];
  const { answer } = result;
  const recordId = await ctx.answers.remember(answer);
  const replies: ReplyPayload[] = renderAnswer(answer);
  const last = replies[replies.length - 1];
  // "Ask an editor" not under a private answer: the editors could not open its link.
  const askEditor = hasEditors(within.settings) && !how.private;
  if (last) last.components = [buildFeedbackRow(recordId, { askEditor })];
  ctx.logger.debug(
    { status: answer.status, citations: answer.citations.length, messages: replies.length },
    "answer rendered",
  );
  return replies;
}
