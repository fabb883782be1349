/** A 👍/👎 click: records the vote in the shared feedback store and tells the voter, privately, that it was taken. */
import { type ButtonInteraction, MessageFlags } from "discord.js";
import type { Logger } from "../../logger";
import { parseFeedbackCustomId } from "./feedback-buttons";
import type { HandlerContext } from "./handler-context";
import { NO_PINGS, REPLIES } from "./replies";

export async function handleFeedbackButton(
  interaction: ButtonInteraction,
  ctx: HandlerContext,
  log: Logger,
): Promise<void> {
  const tell = (content: string) =>
    interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
  const parsed = parseFeedbackCustomId(interaction.customId);
  if (!parsed) {
    log.info("unknown button");
    await tell(REPLIES.staleButton);
    return;
  }
  const answer = ctx.records.get(parsed.recordId);
  if (!answer) {
    await tell(REPLIES.voteExpired);
    return;
  }
  if (!ctx.records.claimVote(parsed.recordId, interaction.user.id)) {
    await tell(REPLIES.voteRepeated);
    return;
  }
  await ctx.deps.feedback.record({
    platform: "discord",
    user: interaction.user.id,
    vote: parsed.vote,
    question: answer.question,
    answerText: answer.answerText,
    articleIds: answer.articleIds,
    at: new Date().toISOString(),
  });
  log.info({ vote: parsed.vote, userId: interaction.user.id }, "feedback recorded");
  await tell(REPLIES.voteRecorded(parsed.vote));
}
