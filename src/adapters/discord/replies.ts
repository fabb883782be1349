/** The fixed things the bot says, and the no-pings mention policy that goes with every send and edit. */
import type { MessageMentionOptions } from "discord.js";

/** Sent on every message and edit (and set as the client default): nothing the bot posts can ping anyone. */
export const NO_PINGS: MessageMentionOptions = { parse: [], repliedUser: false };

export const REPLIES = {
  apology: "Sorry, something went wrong while I was looking that up. Please try again in a moment.",
  usage:
    "Ask me something about our archive: use `/ask question: …` or mention me with your question, " +
    "e.g. “@newsroom-qa When did the council approve the budget?”. Narrow it with `/ask`'s from, to and " +
    'publisher options, or `from:2023 to:2024-05 publisher:"Valley Wire"` in a mention.',
  unknownCommand: "Sorry, I don't know that command.",
  notAdmin: "Sorry, only the archive's admins can re-ingest it. Your request was not carried out.",
  reingestStarted: "Re-ingest started…",
  voteRecorded: (vote: "up" | "down") => `Thanks, your ${vote === "up" ? "👍" : "👎"} vote was recorded.`,
  voteRepeated: "You have already rated this answer; thanks!",
  voteExpired:
    "Sorry, I no longer remember that answer (it is too old or I restarted), so the vote was not recorded.",
  staleButton: "Sorry, that button no longer works.",
  badFilter: (message: string) => `${message} Nothing was searched.`,
} as const;
