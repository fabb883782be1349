/** `/ask <question>`: acked at once with "Searching…", answered only to the asker, with a Share button. */
import type { App } from "@slack/bolt";
import { readFilterTokens } from "../../../core/question/question-filters";
import type { Logger } from "../../../logger";
import type { QuestionFlow } from "../question-flow";
import { ASK_COMMAND, replies } from "../replies";
import { ephemeralReply } from "../reply-channel";
import { toPlainQuestion } from "../slack-text";

export function registerAskCommand(app: App, options: { flow: QuestionFlow; logger: Logger }): void {
  app.command(ASK_COMMAND, async ({ command, ack, respond, context }) => {
    // `from:2022 to:2023-05 publisher:"…"` narrow the search; a bad one is refused before anything is counted.
    const read = readFilterTokens(toPlainQuestion(command.text ?? "", context.botUserId));
    if (!read.ok) {
      await ack({ response_type: "ephemeral", text: replies.badFilter(read.message) });
      return;
    }
    const { question, filters } = read;
    // The checks are quick (memory, or one Redis round trip), so even a refusal goes out in the ack, well
    // inside Slack's 3 seconds.
    const refusal = await options.flow.check(
      command.user_id,
      command.team_id ?? null,
      question,
      context.botUserId,
    );
    if (refusal) {
      await ack({ response_type: "ephemeral", text: refusal.text });
      return;
    }
    await ack({ response_type: "ephemeral", text: replies.searching(question, filters) });
    const logger = options.logger.child({ command: ASK_COMMAND, channel: command.channel_id });
    await options.flow.ask({
      user: command.user_id,
      question,
      context: [],
      // Slash commands carry no timestamp: they are asked now.
      askedAt: new Date(),
      filters,
      reply: ephemeralReply(respond),
      logger,
      shareable: true,
      botUserId: context.botUserId,
      channel: command.channel_id,
    });
  });
}
