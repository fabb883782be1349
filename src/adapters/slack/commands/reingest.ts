/** `/newsroom-reingest`: admins only; posts progress while the archive re-ingests, then the summary. */
import type { App, RespondFn, SlashCommand, webApi } from "@slack/bolt";
import type { Archive } from "../../../core/archive";
import { loggableError } from "../../../errors";
import type { Logger } from "../../../logger";
import { CANNED } from "../../chat/canned-texts";
import { type ReingestStatus, runReingest } from "../../chat/run-reingest";
import { REINGEST_COMMAND, replies } from "../replies";

interface StatusMessage {
  update(text: string, final?: boolean): Promise<void>;
}

export function registerReingestCommand(
  app: App,
  options: { archive: Archive; adminUsers: readonly string[]; logger: Logger },
): void {
  const admins = new Set(options.adminUsers);
  let running = false;

  app.command(REINGEST_COMMAND, async ({ command, ack, client, respond }) => {
    const logger = options.logger.child({ command: REINGEST_COMMAND, user: command.user_id });
    if (!admins.has(command.user_id)) {
      logger.warn({ channel: command.channel_id }, "re-ingest refused: user is not in SLACK_ADMIN_USERS");
      await ack({ response_type: "ephemeral", text: CANNED.reingestRefused });
      return;
    }
    if (running) {
      await ack({ response_type: "ephemeral", text: CANNED.reingestBusy });
      return;
    }
    running = true;
    try {
      await ack({ response_type: "ephemeral", text: replies.reingestAck });
      logger.info("re-ingest started from Slack");
      const status = await openStatusMessage({ client, command, respond, logger });
      await runReingest(options.archive, reingestStatus(status), logger);
    } finally {
      running = false;
    }
  });
}

/**
 * Posts the status message where the command was typed, or in the admin's DM when the bot cannot post there,
 * and edits it in place. With neither, falls back to the response_url (five uses: only the final text).
 */
async function openStatusMessage(input: {
  client: webApi.WebClient;
  command: SlashCommand;
  respond: RespondFn;
  logger: Logger;
}): Promise<StatusMessage> {
  const { client, command, respond, logger } = input;
  for (const channel of [command.channel_id, command.user_id]) {
    try {
      const posted = await client.chat.postMessage({
        channel,
        text: replies.reingestStarted,
        unfurl_links: false,
        unfurl_media: false,
      });
      const where = { channel: posted.channel ?? channel, ts: posted.ts ?? "" };
      return {
        update: async (text) => {
          await client.chat.update({ ...where, text });
        },
      };
    } catch (error) {
      logger.warn({ ...loggableError(error), channel }, "could not post the re-ingest status here");
    }
  }
  return {
    update: async (text, final) => {
      if (final) await respond({ response_type: "ephemeral", replace_original: false, text });
    },
  };
}

/** The Slack wording of the shared re-ingest run, on one status message. */
function reingestStatus(status: StatusMessage): ReingestStatus {
  return {
    progress: (progress) => status.update(replies.reingestProgress(progress)),
    finish: (outcome) =>
      status.update(
        "summary" in outcome
          ? replies.reingestSummary(outcome.summary)
          : "busy" in outcome
            ? CANNED.reingestBusy
            : "unavailable" in outcome
              ? CANNED.reingestUnavailable
              : replies.reingestFailed,
        true,
      ),
  };
}
