/** What only the Slack bot says (help naming its commands, Slack decoration); shared texts are in chat/canned-texts.ts. */
import { describeFilters } from "../../core/question/question-filters";
import type { IngestProgress, IngestSummary, SearchFilters } from "../../core/types";
import { CANNED, reingestSummaryLines } from "../chat/canned-texts";
import { escapeText, fitText } from "./escape";

export const ASK_COMMAND = "/ask";
export const REINGEST_COMMAND = "/newsroom-reingest";
export const CONFIG_COMMAND = "/newsroom-config";

export const replies = {
  usage(botUserId?: string): string {
    const me = botUserId ? `<@${botUserId}>` : "me";
    return [
      "Ask me anything about what we have published and I'll answer with quotes from our own articles.",
      `• Mention ${me} in a channel: ${me} _when did the council approve the budget?_ (I answer in the thread).`,
      "• Send me a direct message.",
      `• Or type \`${ASK_COMMAND} when did the council approve the budget?\` (only you see the answer).`,
      '• Narrow the search with `from:2023`, `to:2024-05-31` or `publisher:"Harbour Herald"` anywhere in the question.',
    ].join("\n");
  },
  searching: (question: string, filters?: SearchFilters) => {
    const narrowed = describeFilters(filters);
    return `:mag: Searching the archive for “${fitText(question, 300)}”${narrowed ? ` (${fitText(narrowed, 300)})` : ""}…`;
  },
  badFilter: (message: string) => `${fitText(message, 400)} Nothing was searched.`,
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
    if (summary.corrected !== undefined)
      lines.push(
        `With corrections: ${summary.corrected}; near-duplicate copies: ${summary.duplicates ?? 0}.`,
      );
    for (const skip of skips)
      lines.push(`• skipped ${fitText(skip.source, 200)}: ${fitText(skip.reason, 200)}`);
    if (more) lines.push(`• ${more}`);
    return lines.join("\n");
  },
};
