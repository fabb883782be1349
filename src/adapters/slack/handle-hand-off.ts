/**
 * "Ask an editor" under an answer or a refusal (issue 17): posts the question, the bot's answer and a link
 * to it (chat.getPermalink) in the editors' channel, and/or mentions the editors' user group in the thread
 * (`<!subteam^ID>`, the one ping the bot ever sends). Once per answer; logged for the report.
 */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import type { ChannelSettingsStore } from "../../core/channels/channel-settings";
import type { StateStore } from "../../core/state-store";
import type { Answer } from "../../core/types";
import { loggableError } from "../../errors";
import type { QuestionLog } from "../../feedback/question-log";
import type { Logger } from "../../logger";
import type { AnswerMemory } from "../chat/answer-memory";
import { CANNED } from "../chat/canned-texts";
import { hasEditors, readChannelSettings } from "../chat/channel-setup";
import { claimHandOff, HAND_OFF_ANSWER_MAX, handOffLabel, logHandOff } from "../chat/hand-off";
import { fitText, linkText } from "./escape";
import { tellUser } from "./handle-answer-buttons";
import { ACTION_IDS } from "./render-answer";

export function handleHandOff(
  app: App,
  options: {
    answers: AnswerMemory;
    state: StateStore;
    channelSettings: ChannelSettingsStore;
    questionLog?: QuestionLog;
    logger: Logger;
  },
): void {
  const logger = options.logger.child({ surface: "hand-off" });
  app.action<BlockAction<ButtonAction>>(
    { type: "block_actions", action_id: ACTION_IDS.askEditor },
    async ({ ack, action, body, client, respond }) => {
      await ack();
      const tell = (text: string) => tellUser({ body, client, respond, text, logger });
      const answerId = action.value ?? "";
      const answer = await options.answers.get(answerId);
      const channel = body.channel?.id;
      const messageTs = body.message?.ts as string | undefined;
      if (!answer || !channel || !messageTs) return tell(CANNED.answerForgotten);
      const settings = await readChannelSettings(options, "slack", channel, logger);
      const editors = settings.editors;
      if (!editors || !hasEditors(settings)) return tell(CANNED.handOffUnavailable);
      const giveBack = await claimHandOff(options.state, answerId);
      if (!giveBack) return tell(CANNED.handOffRepeat);
      const threadTs = (body.message?.thread_ts as string | undefined) ?? messageTs;
      try {
        if (editors.channel) {
          const link = await client.chat
            .getPermalink({ channel, message_ts: messageTs })
            .then((result) => result.permalink)
            .catch((error: unknown) => {
              logger.warn(loggableError(error), "no permalink for the answer; handing off without one");
              return undefined;
            });
          await client.chat.postMessage({
            channel: editors.channel,
            text: handOffText(answer, channel, link),
            unfurl_links: false,
            unfurl_media: false,
          });
        }
        if (editors.group) {
          await client.chat.postMessage({
            channel,
            thread_ts: threadTs,
            text: `<!subteam^${editors.group}> ${CANNED.handOffHeading}`,
          });
        }
      } catch (error) {
        logger.error({ ...loggableError(error), channel }, "hand-off failed");
        await giveBack().catch(() => undefined);
        return tell(CANNED.handOffFailed);
      }
      logger.info({ channel, user: body.user.id }, "handed off to the editors");
      await logHandOff(options.questionLog, logger, { platform: "slack", user: body.user.id, answer });
      return tell(CANNED.handOffSent);
    },
  );
}

/** The editors' channel post; every piece of asked or archived text escaped, so nothing in it can ping. */
export function handOffText(answer: Answer, channel: string, link: string | undefined): string {
  return [
    `:raising_hand: *${CANNED.handOffHeading}* Asked in <#${channel}>.`,
    `*Question:* ${fitText(answer.question, 500)}`,
    `*${handOffLabel(answer)}:*\n>${fitText(answer.text.trim(), HAND_OFF_ANSWER_MAX).replace(/\n/g, "\n>")}`,
    link ? linkText(link, "Open the thread") : "(no link to the message)",
  ].join("\n");
}
