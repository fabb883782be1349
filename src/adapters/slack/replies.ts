/** Everything the Slack bot says that is not an answer: help, refusals, apologies, re-ingest status. */
import type { IngestProgress, IngestSummary } from "../../core/types";
import { escapeText, fitText } from "./escape";

export const ASK_COMMAND = "/ask";
export const REINGEST_COMMAND = "/newsroom-reingest";

const PHASES: Record<IngestProgress["phase"], string> = {
  read: "reading articles",
  embed: "embedding passages",
  index: "building the index",
  save: "saving the new index",
};

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
  apology: "Sorry, something went wrong while searching the archive. Please try again in a minute.",
  problem: (message: string) => fitText(message, 500),
  tooLong: (length: number, max: number) =>
    `That question is ${length} characters long. Please keep it under ${max} characters.`,
  rateLimited: (seconds: number) =>
    `You're asking faster than I can keep up. Please wait ${seconds} s, then ask again.`,
  voteRecorded: (vote: "up" | "down") => `Thanks, your ${vote === "up" ? "👍" : "👎"} was recorded.`,
  answerForgotten:
    "Sorry, I no longer have that answer (I was restarted since), so I couldn't do that. Please ask again.",
  shareFailed:
    "I couldn't post in this conversation. Invite me to the channel (`/invite`) and press Share again.",
  reingestRefused:
    "Sorry, only newsroom admins can re-index the archive. Ask an admin if the archive looks out of date.",
  reingestBusy: "A re-ingest is already running. Try again when it has finished.",
  reingestAck: "Re-ingest started. I'll post progress in this conversation.",
  reingestStarted: ":hourglass_flowing_sand: Re-ingest started…",
  reingestProgress: (progress: IngestProgress) =>
    `:hourglass_flowing_sand: Re-ingest running: ${PHASES[progress.phase]}${progress.total > 0 ? ` (${progress.done}/${progress.total})` : ""}…`,
  reingestFailed:
    ":x: Re-ingest failed. The bot keeps answering from the previous index; details are in its log.",
  reingestSummary(summary: IngestSummary): string {
    const lines = [
      `:white_check_mark: Re-ingest finished in ${summary.seconds.toFixed(1)} s: ${summary.added} added, ` +
        `${summary.updated} updated, ${summary.removed} removed, ${summary.skipped.length} skipped ` +
        `(${summary.unchanged} unchanged; ${summary.articles} articles, index ${escapeText(summary.indexVersion)}).`,
    ];
    if (summary.corrected !== undefined)
      lines.push(
        `With corrections: ${summary.corrected}; near-duplicate copies: ${summary.duplicates ?? 0}.`,
      );
    for (const skip of summary.skipped.slice(0, 10)) {
      lines.push(`• skipped ${fitText(skip.source, 200)}: ${fitText(skip.reason, 200)}`);
    }
    if (summary.skipped.length > 10) lines.push(`• …and ${summary.skipped.length - 10} more skipped`);
    return lines.join("\n");
  },
};
