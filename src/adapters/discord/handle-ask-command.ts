/** `/ask question:<text> [private] [from] [to] [publisher]`: checks limits, defers within Discord's 3 s, then edits in the answer. */
import { type ChatInputCommandInteraction, MessageFlags } from "discord.js";
import { readFilterTokens } from "../../core/question-filters";
import type { Logger } from "../../logger";
import { buildAnswerReplies } from "./answer-replies";
import type { HandlerContext } from "./handler-context";
import { NO_PINGS, REPLIES } from "./replies";
import { neutraliseMentions } from "./safe-text";

export async function handleAskCommand(
  interaction: ChatInputCommandInteraction,
  ctx: HandlerContext,
  log: Logger,
): Promise<void> {
  const isPrivate = interaction.options.getBoolean("private") ?? false;
  // The from/to/publisher options (and any from:/to:/publisher: tokens typed into the question), checked by
  // the same parser as chat tokens; a bad date is told, not searched.
  const checked = readFilterTokens(interaction.options.getString("question") ?? "", {
    from: interaction.options.getString("from"),
    to: interaction.options.getString("to"),
    publishers: [interaction.options.getString("publisher")],
  });
  if (!checked.ok) {
    log.info({ userId: interaction.user.id }, "bad filter option");
    await interaction.reply({
      content: neutraliseMentions(REPLIES.badFilter(checked.message)),
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_PINGS,
    });
    return;
  }
  const question = checked.question;
  // The gate is synchronous and in memory, so refusing before the defer still answers well inside 3 s,
  // and lets the refusal be ephemeral even when the answer would have been public.
  const verdict = ctx.gate.check({
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
  const [first, ...rest] = await buildAnswerReplies(ctx, question, interaction.createdAt, checked.filters);
  if (first) await interaction.editReply({ ...first, allowedMentions: NO_PINGS });
  for (const reply of rest) {
    await interaction.followUp({
      ...reply,
      allowedMentions: NO_PINGS,
      ...(isPrivate ? { flags: MessageFlags.Ephemeral } : {}),
    });
  }
}
