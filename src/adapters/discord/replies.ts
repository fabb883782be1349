/** The fixed things the bot says, and the no-pings mention policy that goes with every send and edit. */
import type { MessageMentionOptions } from "discord.js";

/** Sent on every message and edit (and set as the client default): nothing the bot posts can ping anyone. */
export const NO_PINGS: MessageMentionOptions = { parse: [], repliedUser: false };

export const REPLIES = {
  usage:
    "Ask me something about our archive: use `/ask question: …` or mention me with your question, " +
    "e.g. “@newsroom-qa When did the council approve the budget?”. Narrow it with `/ask`'s from, to and " +
    'publisher options, or `from:2023 to:2024-05 publisher:"Valley Wire"` in a mention.',
  unknownCommand: "Sorry, I don't know that command.",
  staleButton: "Sorry, that button no longer works.",
  badFilter: (message: string) => `${message} Nothing was searched.`,
} as const;
