/** `/ask question:<text> [private]`: checks limits, defers within Discord's 3 s, then edits in the answer. */
import { type ChatInputCommandInteraction, MessageFlags } from "discord.js";
import type { Logger } from "../../logger";
import { buildAnswerReplies } from "./answer-replies";
import type { HandlerContext } from "./handler-context";
import { NO_PINGS, REPLIES } from "./replies";

export async function handleAskCommand(
  interaction: ChatInputCommandInteraction,
  ctx: HandlerContext,
  log: Logger,
): Promise<void> {
  const question = interaction.options.getString("question") ?? "";
  const isPrivate = interaction.options.getBoolean("private") ?? false;
  // The gate is quick (memory, or one Redis round trip), so refusing before the defer still answers inside 3 s,
  // and lets the refusal be ephemeral even when the answer would have been public.
  const verdict = await ctx.gate.check({
    userId: interaction.user.id,
    scopeId: interaction.guildId,
    question,
    usage: REPLIES.usage,
  });
  if (!verdict.ok) {
    log.info({ reason: verdict.reason, userId: interaction.user.id }, "question refused");
    await interaction.reply({
      content: verdict.text,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_PINGS,
    });
    return;
  }
  // Ephemeral or not is fixed here and cannot change later.
  await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
  const [first, ...rest] = await buildAnswerReplies(ctx, question, interaction.createdAt);
  if (first) await interaction.editReply({ ...first, allowedMentions: NO_PINGS });
  for (const reply of rest) {
    await interaction.followUp({
      ...reply,
      allowedMentions: NO_PINGS,
      ...(isPrivate ? { flags: MessageFlags.Ephemeral } : {}),
    });
  }
}
