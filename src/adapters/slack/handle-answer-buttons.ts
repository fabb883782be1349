/** The buttons under an answer: 👍/👎 go to the FeedbackStore, "Share in channel" posts the answer for everyone. */

import type { App, BlockAction, ButtonAction, RespondFn, webApi } from "@slack/bolt";
import { loggableError } from "../../errors";
import type { FeedbackStore } from "../../feedback/feedback-store";
import type { Logger } from "../../logger";
import type { AnswerMemory } from "../chat/answer-memory";
import { CANNED } from "../chat/canned-texts";
import { recordVote } from "../chat/record-vote";
import { ACTION_IDS, renderAnswer } from "./render-answer";
import { replies } from "./replies";

interface ActionsOptions {
  answers: AnswerMemory;
  feedback: FeedbackStore;
  logger: Logger;
}

export function handleAnswerButtons(app: App, options: ActionsOptions): void {
  const { answers, feedback } = options;
  const logger = options.logger.child({ surface: "buttons" });

  for (const vote of ["up", "down"] as const) {
    app.action<BlockAction<ButtonAction>>(
      { type: "block_actions", action_id: ACTION_IDS[vote] },
      async ({ ack, action, body, client, respond }) => {
        await ack();
        const tell = (text: string) => tellUser({ body, client, respond, text, logger });
        let outcome: Awaited<ReturnType<typeof recordVote>>;
        try {
          outcome = await recordVote({
            memory: answers,
            feedback,
            platform: "slack",
            answerId: action.value ?? "",
            userId: body.user.id,
            vote,
          });
        } catch (error) {
          logger.error(loggableError(error), "could not record feedback");
          return tell(CANNED.apology);
        }
        if (outcome === "forgotten") return tell(CANNED.answerForgotten);
        if (outcome === "repeat") return tell(CANNED.voteRepeated);
        logger.info({ user: body.user.id, vote }, "feedback recorded");
        return tell(CANNED.voteRecorded(vote));
      },
    );
  }

  app.action<BlockAction<ButtonAction>>(
    { type: "block_actions", action_id: ACTION_IDS.share },
    async ({ ack, action, body, client, respond }) => {
      await ack();
      const answerId = action.value ?? "";
      const answer = await answers.get(answerId);
      const channel = body.channel?.id ?? body.container.channel_id;
      if (!answer || typeof channel !== "string") {
        return tellUser({ body, client, respond, text: CANNED.answerForgotten, logger });
      }
      const message = renderAnswer(answer, { answerId, showQuestion: true });
      try {
        await client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false });
      } catch (error) {
        logger.warn({ ...loggableError(error), channel }, "could not share the answer");
        return tellUser({ body, client, respond, text: replies.shareFailed, logger });
      }
      // The private copy has done its job.
      await Promise.resolve()
        .then(() => respond({ delete_original: true }))
        .catch((error: unknown) =>
          logger.warn(loggableError(error), "could not remove the ephemeral answer"),
        );
    },
  );
}

/**
 * Tells only the clicking user: in the answer's thread via chat.postEphemeral for a normal message, else (an
 * ephemeral answer, where the bot may not even be in the channel) through the action's response_url.
 */
export async function tellUser(input: {
  body: BlockAction<ButtonAction>;
  client: webApi.WebClient;
  respond: RespondFn;
  text: string;
  logger: Logger;
}): Promise<void> {
  const { body, client, respond, text, logger } = input;
  const channel = body.channel?.id;
  try {
    if (channel && !body.container.is_ephemeral) {
      const threadTs = body.message?.thread_ts as string | undefined;
      await client.chat.postEphemeral({
        channel,
        user: body.user.id,
        text,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
      return;
    }
  } catch (error) {
    logger.warn(loggableError(error), "chat.postEphemeral failed; using response_url");
  }
  // respond() is only there when the payload had a response_url; a missing one lands in the catch.
  await Promise.resolve()
    .then(() => respond({ response_type: "ephemeral", replace_original: false, text }))
    .catch((error: unknown) => logger.error(loggableError(error), "could not tell the user"));
}
