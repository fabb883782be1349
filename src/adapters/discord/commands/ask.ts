/** `/ask question:<text> [private] [from] [to] [publisher]`: checks limits, defers within Discord's 3 s, then edits in the answer. */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
} from "discord.js";
import { readFilterTokens } from "../../../core/question/question-filters";
import type { Logger } from "../../../logger";
import { buildAnswerReplies } from "../answer-replies";
import type { HandlerContext } from "../handler-context";
import { NO_PINGS, REPLIES } from "../replies";
import { neutraliseMentions } from "../safe-text";
import { settingsChannel } from "../settings-channel";
import type { SlashCommand } from "./slash-command";

async function execute(
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
  const [first, ...rest] = await buildAnswerReplies(
    ctx,
    interaction.user.id,
    question,
    interaction.createdAt,
    checked.filters,
    { channelId: settingsChannel(interaction.channel, interaction.channelId), private: isPrivate },
  );
  if (first) await interaction.editReply({ ...first, allowedMentions: NO_PINGS });
  for (const reply of rest) {
    await interaction.followUp({
      ...reply,
      allowedMentions: NO_PINGS,
      ...(isPrivate ? { flags: MessageFlags.Ephemeral } : {}),
    });
  }
}

/** Discord's ceiling for a STRING option's max_length. */
const OPTION_MAX_LENGTH = 6000;
/** YYYY-MM-DD; a little room so a mistyped date is told as such rather than cut off by Discord. */
const DATE_MAX_LENGTH = 20;
const PUBLISHER_MAX_LENGTH = 200;

/** `/ask`: its definition as PUT to Discord, and its handler. */
export const askCommand: SlashCommand = {
  name: "ask",
  data: ({ maxQuestionChars }) => ({
    type: ApplicationCommandType.ChatInput,
    name: "ask",
    description: "Ask the newsroom archive; the answer quotes and links the articles it used.",
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "question",
        description: "Your question, e.g. When did the council approve the new budget?",
        required: true,
        max_length: Math.min(maxQuestionChars, OPTION_MAX_LENGTH),
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: "private",
        description: "Only you see the answer.",
        required: false,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "from",
        description: "Only articles published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.",
        required: false,
        max_length: DATE_MAX_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "to",
        description: "Only articles published on or before this date: YYYY, YYYY-MM or YYYY-MM-DD.",
        required: false,
        max_length: DATE_MAX_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "publisher",
        description: "Only articles from this publisher, e.g. Valley Wire.",
        required: false,
        max_length: PUBLISHER_MAX_LENGTH,
      },
    ],
  }),
  execute,
};
