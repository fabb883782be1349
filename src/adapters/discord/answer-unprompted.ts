/**
 * Auto channels and forums (issue 17): a message that does not mention the bot is answered unasked when it is
 *   - a top-level message in a text or announcement channel set to `auto` that reads as a question: the answer
 *     goes in a thread the bot starts on the message (named after the question), or
 *   - the first post of a new thread in a forum set to `auto` (its starter message; the post's title counts as
 *     the question when the text does not read as one): the answer is a reply in the post.
 * Only answers worth posting unasked are sent; refusals, weak answers, rate limits and failures stay silent.
 * Messages inside other threads are never answered unasked: people there talk to each other.
 * Needs the privileged MessageContent intent (DISCORD_MESSAGE_CONTENT=true): without it the text is empty.
 */
import { ChannelType, type Message } from "discord.js";
import { readFilterTokens } from "../../core/question/question-filters";
import { loggableError } from "../../errors";
import { looksLikeQuestion } from "../chat/auto-answer";
import { buildAnswerReplies } from "./answer-replies";
import type { HandlerContext } from "./handler-context";
import { NO_PINGS } from "./replies";
import { neutraliseMentions, truncate } from "./safe-text";

/** Discord's longest thread name. */
const THREAD_NAME_MAX = 100;

/** Never rejects. For a guild message from a person that neither mentions the bot nor replies to its answer. */
export async function answerUnprompted(message: Message<true>, ctx: HandlerContext): Promise<void> {
  const settings = ctx.channelSettings;
  const log = ctx.logger.child({ messageId: message.id, auto: true });
  try {
    const place = whereAuto(message);
    if (!place || (await settings.get("discord", place.settingsId)).mode !== "auto") return;
    const text = place.forumPost && !looksLikeQuestion(message.content) ? place.title : message.content;
    if (!looksLikeQuestion(text)) return;
    // One answer per message, across replicas and redeliveries (the key a mention of it would claim).
    if (!(await ctx.state.claim(`discord:message:${message.id}`, 60 * 60 * 1000))) return;
    const read = readFilterTokens(text);
    if (!read.ok) return;
    const verdict = await ctx.gate.check({
      userId: message.author.id,
      scopeId: message.guildId,
      question: read.question,
      usage: "",
    });
    if (!verdict.ok) {
      log.info({ reason: verdict.reason, userId: message.author.id }, "auto: not asked (gate)");
      return;
    }
    const replies = await buildAnswerReplies(
      ctx,
      message.author.id,
      read.question,
      message.createdAt,
      read.filters,
      { channelId: place.settingsId, unasked: true },
    );
    if (replies.length === 0) return;
    const sent: string[] = [];
    if (place.forumPost) {
      for (const reply of replies)
        sent.push((await message.reply({ ...reply, allowedMentions: NO_PINGS })).id);
    } else {
      const thread = await message.startThread({
        name: truncate(neutraliseMentions(read.question.replace(/\s+/g, " ")), THREAD_NAME_MAX),
      });
      for (const reply of replies) sent.push((await thread.send({ ...reply, allowedMentions: NO_PINGS })).id);
    }
    await ctx.threads.remember(sent, [read.question]);
  } catch (error) {
    // No apology in a busy channel: the asker did not ask the bot.
    log.warn(loggableError(error), "auto answer failed");
  }
}

/** The channel whose settings apply, when this message could be auto-answered at all. */
function whereAuto(
  message: Message<true>,
): { settingsId: string; forumPost: boolean; title: string } | undefined {
  const channel = message.channel;
  if (channel.isThread()) {
    // A forum post's starter message has the thread's own id.
    const forum = channel.parent?.type === ChannelType.GuildForum;
    if (!forum || !channel.parentId || message.id !== channel.id) return undefined;
    return { settingsId: channel.parentId, forumPost: true, title: channel.name };
  }
  if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement)
    return undefined;
  return { settingsId: channel.id, forumPost: false, title: "" };
}
