/**
 * "Ask an editor" under an answer or a refusal (issue 17): posts the question, the bot's answer and the
 * message's link in the editors' channel, and/or replies to the answer mentioning the editors' role. That
 * reply is the one message whose allowedMentions lets a ping through, to that role only (no users, no
 * @everyone). Once per answer; logged for the report.
 */
import { type ButtonInteraction, MessageFlags, type MessageMentionOptions } from "discord.js";
import type { Answer } from "../../core/types";
import type { Logger } from "../../logger";
import { CANNED } from "../chat/canned-texts";
import { hasEditors, readChannelSettings } from "../chat/channel-setup";
import { claimHandOff, handOffLabel, logHandOff } from "../chat/hand-off";
import { parseHandOffCustomId } from "./feedback-buttons";
import type { HandlerContext } from "./handler-context";
import { NO_PINGS, REPLIES } from "./replies";
import { toSafeText, truncate } from "./safe-text";
import { settingsChannel } from "./settings-channel";

/** Room for the answer in the editors' post (question ≤ 400, link and labels well under 300). */
const ANSWER_MAX = 1200;

/** Exactly the configured role may be pinged: nothing parsed from the text, no replied-to user. */
export function roleOnly(role: string): MessageMentionOptions {
  return { parse: [], roles: [role], repliedUser: false };
}

export async function handleHandOff(
  interaction: ButtonInteraction,
  ctx: HandlerContext,
  log: Logger,
): Promise<void> {
  const tell = (content: string) =>
    interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
  const recordId = parseHandOffCustomId(interaction.customId);
  const answer = recordId ? await ctx.answers.get(recordId) : undefined;
  if (!recordId || !answer) return void (await tell(recordId ? CANNED.answerForgotten : REPLIES.staleButton));
  const channelId = settingsChannel(interaction.channel, interaction.channelId);
  const settings = await readChannelSettings(ctx, "discord", channelId, log);
  const editors = settings.editors;
  if (!editors || !hasEditors(settings)) return void (await tell(CANNED.handOffUnavailable));
  const giveBack = await claimHandOff(ctx.state, recordId);
  if (!giveBack) return void (await tell(CANNED.handOffRepeat));
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    if (editors.channel) {
      const target = await interaction.client.channels.fetch(editors.channel);
      if (!target?.isSendable()) throw new Error(`cannot post in the editors' channel ${editors.channel}`);
      await target.send({ content: handOffText(answer, interaction.message.url), allowedMentions: NO_PINGS });
    }
    if (editors.group) {
      const here = interaction.channel;
      if (!here?.isSendable()) throw new Error("cannot post in the answer's channel");
      await here.send({
        content: `<@&${editors.group}> ${CANNED.handOffHeading}`,
        reply: { messageReference: interaction.message.id, failIfNotExists: false },
        allowedMentions: roleOnly(editors.group),
      });
    }
  } catch (error) {
    log.error({ error: String(error) }, "hand-off failed");
    await giveBack().catch(() => undefined);
    await interaction.editReply({ content: CANNED.handOffFailed, allowedMentions: NO_PINGS });
    return;
  }
  log.info({ channelId, userId: interaction.user.id }, "handed off to the editors");
  await logHandOff(ctx.deps.questionLog, log, { platform: "discord", user: interaction.user.id, answer });
  await interaction.editReply({ content: CANNED.handOffSent, allowedMentions: NO_PINGS });
}

/**
 * The editors' channel post: every asked or archived text made inert (no pings, no markdown tricks), and cut
 * (after escaping) so the whole stays inside Discord's 2,000 characters with the link intact.
 */
export function handOffText(answer: Answer, link: string): string {
  const quoted = truncate(toSafeText(answer.text.trim()), ANSWER_MAX).replace(/\n/g, "\n> ");
  return [
    `🙋 **${CANNED.handOffHeading}**`,
    `**Question:** ${truncate(toSafeText(answer.question), 400)}`,
    `**${handOffLabel(answer)}:**`,
    `> ${quoted}`,
    `Message: ${link}`,
  ].join("\n");
}
