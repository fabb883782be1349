/** A 👍/👎 click: records the vote in the shared feedback store and tells the voter, privately, that it was taken. */
import { type ButtonInteraction, MessageFlags } from "discord.js";
import type { Logger } from "../../logger";
import { CANNED } from "../chat/canned-texts";
import { recordVote } from "../chat/record-vote";
import { parseFeedbackCustomId } from "./feedback-buttons";
import type { HandlerContext } from "./handler-context";
import { NO_PINGS, REPLIES } from "./replies";

export async function handleAnswerButtons(
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
  const outcome = await recordVote({
    memory: ctx.answers,
    feedback: ctx.deps.feedback,
    platform: "discord",
    answerId: parsed.recordId,
    userId: interaction.user.id,
    vote: parsed.vote,
  });
  if (outcome === "forgotten") {
    await tell(CANNED.answerForgotten);
    return;
  }
  if (outcome === "repeat") {
    await tell(CANNED.voteRepeated);
    return;
  }
  log.info({ vote: parsed.vote, userId: interaction.user.id }, "feedback recorded");
  await tell(CANNED.voteRecorded(parsed.vote));
}
