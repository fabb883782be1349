/**
 * Auto channels (issue 17): a top-level channel message that reads as a question gets an answer in its thread,
 * unasked, only when the answer is worth posting (chat/auto-answer.ts). Everything else stays silent: no usage
 * help, no refusal, no rate-limit notice, no apology.
 */
import type { webApi } from "@slack/bolt";
import type { ChannelSettingsStore } from "../../core/channels/channel-settings";
import { readFilterTokens } from "../../core/question/question-filters";
import type { StateStore } from "../../core/state-store";
import type { Logger } from "../../logger";
import { looksLikeQuestion } from "../chat/auto-answer";
import type { QuestionFlow } from "./question-flow";
import { threadReply } from "./reply-channel";
import { toPlainQuestion } from "./slack-text";
import type { ThreadMemory } from "./thread-memory";

/** The fields of a message.channels / message.groups event read here. */
export interface ChannelMessage {
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  channel_type?: string;
  team?: string;
}

export interface UnpromptedOptions {
  flow: QuestionFlow;
  memory: ThreadMemory;
  state: StateStore;
  channelSettings?: ChannelSettingsStore;
  logger: Logger;
}

/** A top-level message in a public or private channel (DMs and thread replies are not auto-answered). */
export function isTopLevelChannelMessage(message: ChannelMessage): boolean {
  const inChannel = message.channel_type === "channel" || message.channel_type === "group";
  return inChannel && (!message.thread_ts || message.thread_ts === message.ts);
}

/** Call for a top-level channel message from a person (no subtype, no bot) that does not mention the bot. */
export async function answerUnprompted(
  message: ChannelMessage,
  input: { client: webApi.WebClient; botUserId?: string; eventId?: string },
  options: UnpromptedOptions,
): Promise<void> {
  const { channel, ts, user } = message;
  if (!user || !options.channelSettings) return;
  if ((await options.channelSettings.get("slack", channel)).mode !== "auto") return;
  const plain = toPlainQuestion(message.text ?? "", input.botUserId);
  if (!looksLikeQuestion(plain)) return;
  // The same key as a mention of this message: one answer per message, across replicas and redeliveries.
  if (!(await options.state.claim(`slack:message:${channel}:${ts}`, 60 * 60 * 1000))) return;
  const logger = options.logger.child({ eventId: input.eventId, channel, auto: true });
  const read = readFilterTokens(plain);
  if (!read.ok) return;
  const refusal = await options.flow.check(user, message.team ?? null, read.question, input.botUserId);
  if (refusal) {
    logger.info({ user }, "auto: not asked (gate)");
    return;
  }
  const result = await options.flow.ask({
    user,
    question: read.question,
    context: [],
    askedAt: new Date(Number(ts) * 1000 || Date.now()),
    filters: read.filters,
    reply: threadReply({ client: input.client, channel, threadTs: ts, messageTs: ts }),
    logger,
    botUserId: input.botUserId,
    // The channel's filters bound the search and its editors' contact adds "Ask an editor", as when asked.
    channel,
    unasked: true,
  });
  // The bot's own thread now: follow-ups there are read with this question, as after a mention.
  if (result.answered) await options.memory.remember(channel, ts, read.question);
}
