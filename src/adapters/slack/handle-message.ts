/** Mentions, DMs and thread follow-ups: each becomes one question, answered in the thread or the DM. */
import type { App, webApi } from "@slack/bolt";
import { readFilterTokens } from "../../core/question/question-filters";
import type { StateStore } from "../../core/state-store";
import type { Logger } from "../../logger";
import { answerUnprompted, isTopLevelChannelMessage, type UnpromptedOptions } from "./answer-unprompted";
import type { QuestionFlow } from "./question-flow";
import { replies } from "./replies";
import { threadReply } from "./reply-channel";
import { toPlainQuestion } from "./slack-text";
import type { ThreadMemory } from "./thread-memory";

/** The fields of app_mention and message events this adapter reads. */
interface IncomingMessage {
  type: string;
  subtype?: string;
  bot_id?: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  channel_type?: string;
  /** The workspace, for the per-workspace rate limit. */
  team?: string;
}

export function handleMessage(
  app: App,
  options: {
    flow: QuestionFlow;
    memory: ThreadMemory;
    state: StateStore;
    logger: Logger;
    channelSettings?: UnpromptedOptions["channelSettings"];
  },
): void {
  const { flow, memory, state } = options;

  async function answer(
    message: IncomingMessage,
    input: { client: webApi.WebClient; botUserId?: string; eventId?: string },
  ) {
    const { channel, ts } = message;
    // One message can arrive twice under different event ids (app_mention and message.channels), possibly
    // at two replicas: answer it once.
    if (!message.user || !(await state.claim(`slack:message:${channel}:${ts}`, 60 * 60 * 1000))) return;
    const logger = options.logger.child({ eventId: input.eventId, channel });
    const isDm = message.channel_type === "im";
    // Channels: always answer in the thread. DMs: in the thread only if the asker wrote in one.
    const threadTs = isDm ? message.thread_ts : (message.thread_ts ?? ts);
    const reply = threadReply({ client: input.client, channel, threadTs, messageTs: ts });
    const read = readFilterTokens(toPlainQuestion(message.text ?? "", input.botUserId));
    if (!read.ok) {
      await reply.send({ text: replies.badFilter(read.message) });
      return;
    }
    const { question, filters } = read;
    const refusal = await flow.check(message.user, message.team ?? null, question, input.botUserId);
    if (refusal) {
      if (!refusal.repeat) await reply.send({ text: refusal.text });
      return;
    }
    const context = threadTs ? ((await memory.recall(channel, threadTs)) ?? []) : [];
    await memory.remember(channel, threadTs ?? ts, question);
    const result = await flow.ask({
      user: message.user,
      question,
      context,
      askedAt: slackTime(ts),
      filters,
      reply,
      logger,
      botUserId: input.botUserId,
      channel,
    });
    // A top-level DM answer can become a thread root too.
    if (isDm && !threadTs && result.ts) await memory.remember(channel, result.ts, question);
  }

  app.event("app_mention", async ({ event, body, context, client }) => {
    const message = event as IncomingMessage;
    if (message.bot_id) return;
    await answer(message, { client, botUserId: context.botUserId, eventId: body.event_id });
  });

  app.event("message", async ({ event, body, context, client }) => {
    const message = event as IncomingMessage;
    // Edits, deletions, joins and bot posts carry a subtype; a reply also sent to the channel is still a question.
    if ((message.subtype && message.subtype !== "thread_broadcast") || message.bot_id) return;
    if (message.user && message.user === context.botUserId) return;
    // A mention is answered through app_mention.
    const mentioned = Boolean(context.botUserId && message.text?.includes(`<@${context.botUserId}`));
    if (!message.subtype && !mentioned && isTopLevelChannelMessage(message)) {
      await answerUnprompted(
        message,
        { client, botUserId: context.botUserId, eventId: body.event_id },
        options,
      );
      return;
    }
    if (message.channel_type !== "im") {
      if (!message.thread_ts || message.thread_ts === message.ts) return;
      if (!(await memory.recall(message.channel, message.thread_ts))) return;
      if (mentioned) return;
    }
    await answer(message, { client, botUserId: context.botUserId, eventId: body.event_id });
  });
}

/** A Slack message timestamp ("1712345678.000200", seconds) as a Date; now when it is unreadable. */
function slackTime(ts: string): Date {
  const seconds = Number(ts);
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : new Date();
}
