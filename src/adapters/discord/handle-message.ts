/** A message that mentions the bot in a channel, or any message in a DM: answer it as a reply. */

import type { Message } from "discord.js";
import { readFilterTokens } from "../../core/question/question-filters";
import { loggableError } from "../../errors";
import { CANNED } from "../chat/canned-texts";
import { buildAnswerReplies } from "./answer-replies";
import { answerUnprompted } from "./answer-unprompted";
import type { HandlerContext } from "./handler-context";
import { NO_PINGS, REPLIES } from "./replies";
import { neutraliseMentions } from "./safe-text";
import { settingsChannel } from "./settings-channel";

/**
 * Never rejects. Ignores bots (itself included), webhooks and system messages. A guild message that neither
 * mentions the bot nor replies to one of its answers goes to the auto-answer rules (answer-unprompted.ts).
 * A reply to one of its answers is a follow-up, read with that answer's questions.
 */
export async function handleMessage(message: Message, ctx: HandlerContext): Promise<void> {
  const botId = message.client.user.id;
  if (message.author.bot || message.author.id === botId || message.webhookId || message.system) return;
  const replyTo = message.reference?.messageId;
  const context = replyTo ? await ctx.threads.recall(replyTo).catch(() => undefined) : undefined;
  // `mentions.users` holds explicit <@bot> mentions (and a pinging reply to the bot), never @everyone or roles.
  if (message.inGuild() && !message.mentions.users.has(botId) && !context) {
    await answerUnprompted(message, ctx);
    return;
  }
  const log = ctx.logger.child({ messageId: message.id, dm: !message.inGuild() });
  const typed = message.content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").trim();
  try {
    // Two replicas connected to one gateway session set both see the message: the first claim answers it.
    if (!(await ctx.state.claim(`discord:message:${message.id}`, 60 * 60 * 1000))) {
      log.info("duplicate message ignored");
      return;
    }
    // `from:2022 to:2023-05 publisher:"…"` in the text narrow the search, as in Slack.
    const read = readFilterTokens(typed);
    if (!read.ok) {
      await message.reply({
        content: neutraliseMentions(REPLIES.badFilter(read.message)),
        allowedMentions: NO_PINGS,
      });
      return;
    }
    const { question, filters } = read;
    const verdict = await ctx.gate.check({
      userId: message.author.id,
      scopeId: message.guildId,
      question,
      usage: REPLIES.usage,
    });
    if (!verdict.ok) {
      log.info({ reason: verdict.reason, userId: message.author.id }, "question refused");
      // One rate-limit notice per user and window: a flood gets one reply, not a flood.
      if (!verdict.repeat) await message.reply({ content: verdict.text, allowedMentions: NO_PINGS });
      return;
    }
    if ("sendTyping" in message.channel) {
      message.channel
        .sendTyping()
        .catch((error: unknown) => log.debug(loggableError(error), "typing failed"));
    }
    const sent: string[] = [];
    for (const reply of await buildAnswerReplies(
      ctx,
      message.author.id,
      question,
      message.createdAt,
      filters,
      { channelId: settingsChannel(message.channel), context },
    )) {
      sent.push((await message.reply({ ...reply, allowedMentions: NO_PINGS })).id);
    }
    await ctx.threads
      .remember(sent, [...(context ?? []), question])
      .catch((error: unknown) => log.warn(loggableError(error), "could not remember the answer"));
  } catch (error) {
    log.error(loggableError(error), "message handling failed");
    await message
      .reply({ content: CANNED.apology, allowedMentions: NO_PINGS })
      .catch((replyError: unknown) => log.warn(loggableError(replyError), "could not send the apology"));
  }
}
