/** What only the Slack bot says (help naming its commands, Slack decoration); shared texts are in chat/canned-texts.ts. */
import type { IngestProgress, IngestSummary } from "../../core/types";
import { CANNED, reingestSummaryLines } from "../chat/canned-texts";
import { escapeText, fitText } from "./escape";

export const ASK_COMMAND = "/ask";
export const REINGEST_COMMAND = "/newsroom-reingest";

export const replies = {
  usage(botUserId?: string): string {
    const me = botUserId ? `<@${botUserId}>` : "me";
    return [
      "Ask me anything about what we have published and I'll answer with quotes from our own articles.",
      `• Mention ${me} in a channel: ${me} _when did the council approve the budget?_ (I answer in the thread).`,
      "• Send me a direct message.",
      `• Or type \`${ASK_COMMAND} when did the council approve the budget?\` (only you see the answer).`,
    ].join("\n");
  },
  searching: (question: string) => `:mag: Searching the archive for “${fitText(question, 300)}”…`,
  problem: (message: string) => fitText(message, 500),
  shareFailed:
    "I couldn't post in this conversation. Invite me to the channel (`/invite`) and press Share again.",
  reingestAck: "Re-ingest started. I'll post progress in this conversation.",
  reingestStarted: `:hourglass_flowing_sand: ${CANNED.reingestStarted}`,
  reingestProgress: (progress: IngestProgress) =>
    `:hourglass_flowing_sand: ${CANNED.reingestProgress(progress)}`,
  reingestFailed: `:x: ${CANNED.reingestFailed}`,
  reingestSummary(summary: IngestSummary): string {
    const { headline, skips, more } = reingestSummaryLines(summary, 10);
    const lines = [`:white_check_mark: ${escapeText(headline)}`];
    for (const skip of skips)
      lines.push(`• skipped ${fitText(skip.source, 200)}: ${fitText(skip.reason, 200)}`);
    if (more) lines.push(`• ${more}`);
    return lines.join("\n");
  },
};
