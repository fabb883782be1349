/** `/newsroom-reingest`: admins only; posts progress while the archive re-ingests, then the summary. */
import type { App, RespondFn, SlashCommand, webApi } from "@slack/bolt";
import type { Archive } from "../../core/archive";
import type { IngestProgress } from "../../core/types";
import { IngestBusyError } from "../../errors";
import type { Logger } from "../../logger";
import { REINGEST_COMMAND, replies } from "./replies";

/** Progress edits are throttled to one per phase or per this interval (chat.update is a Tier 3 method). */
const PROGRESS_INTERVAL_MS = 2000;

interface StatusMessage {
  update(text: string, final?: boolean): Promise<void>;
}

export function handleReingestCommand(
  app: App,
  options: { archive: Archive; adminUsers: readonly string[]; logger: Logger },
): void {
  const admins = new Set(options.adminUsers);
  let running = false;

  app.command(REINGEST_COMMAND, async ({ command, ack, client, respond }) => {
    const logger = options.logger.child({ command: REINGEST_COMMAND, user: command.user_id });
    if (!admins.has(command.user_id)) {
      logger.warn({ channel: command.channel_id }, "re-ingest refused: user is not in SLACK_ADMIN_USERS");
      await ack({ response_type: "ephemeral", text: replies.reingestRefused });
      return;
    }
    if (running) {
      await ack({ response_type: "ephemeral", text: replies.reingestBusy });
      return;
    }
    running = true;
    try {
      await ack({ response_type: "ephemeral", text: replies.reingestAck });
      logger.info("re-ingest started from Slack");
      const status = await openStatusMessage({ client, command, respond, logger });
      await runReingest(options.archive, status, logger);
    } finally {
      running = false;
    }
  });
}

async function runReingest(archive: Archive, status: StatusMessage, logger: Logger): Promise<void> {
  let lastPhase: IngestProgress["phase"] | undefined;
  let lastAt = 0;
  let updates = Promise.resolve();
  const onProgress = (progress: IngestProgress) => {
    const now = Date.now();
    if (progress.phase === lastPhase && now - lastAt < PROGRESS_INTERVAL_MS) return;
    lastPhase = progress.phase;
    lastAt = now;
    updates = updates
      .then(() => status.update(replies.reingestProgress(progress)))
      .catch((error: unknown) => logger.warn({ err: error }, "could not post re-ingest progress"));
  };
  let text: string;
  try {
    const summary = await archive.reingest(onProgress);
    logger.info({ summary: { ...summary, skipped: summary.skipped.length } }, "re-ingest finished");
    text = replies.reingestSummary(summary);
  } catch (error) {
    if (error instanceof IngestBusyError) {
      logger.warn({ err: error }, "re-ingest refused: another ingest holds the lock");
      text = replies.reingestBusy;
    } else {
      logger.error({ err: error }, "re-ingest failed");
      text = replies.reingestFailed;
    }
  }
  await updates;
  await status
    .update(text, true)
    .catch((error: unknown) => logger.error({ err: error }, "could not post re-ingest result"));
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
      logger.warn({ err: error, channel }, "could not post the re-ingest status here");
    }
  }
  return {
    update: async (text, final) => {
      if (final) await respond({ response_type: "ephemeral", replace_original: false, text });
    },
  };
}
