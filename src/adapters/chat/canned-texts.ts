/**
 * What the bot says that is not an answer, the same on every platform (plain text: each adapter escapes it
 * and adds its own decoration). Help texts name platform commands, so they stay with each adapter.
 */
import type { IngestProgress, IngestSummary } from "../../core/types";

const PHASES: Record<IngestProgress["phase"], string> = {
  read: "reading articles",
  embed: "embedding passages",
  index: "building the index",
  save: "saving the new index",
};

export const CANNED = {
  apology: "Sorry, something went wrong while searching the archive. Please try again in a minute.",
  tooLong: (length: number, max: number) =>
    `That question is ${length} characters long. Please keep it under ${max} characters.`,
  userRateLimited: (seconds: number) =>
    `You're asking faster than I can keep up. Please wait ${seconds} s, then ask again.`,
  scopeRateLimited: (seconds: number, scope = "workspace") =>
    `This ${scope} has asked a lot of questions just now. Please try again in ${seconds} s.`,
  voteRecorded: (vote: "up" | "down") => `Thanks, your ${vote === "up" ? "👍" : "👎"} was recorded.`,
  voteRepeated: "You have already rated this answer; thanks!",
  answerForgotten:
    "Sorry, I no longer have that answer (it is too old, or I was restarted since), so I couldn't do that. Please ask again.",
  reingestRefused:
    "Sorry, only the archive's admins can re-ingest it. Ask an admin if the archive looks out of date.",
  reingestBusy:
    "A re-ingest is already running; I keep answering from the current index meanwhile. Try again when it has finished.",
  reingestUnavailable:
    "Shared state unavailable, try again in a minute: without it I cannot make sure no other copy of me is re-ingesting. I keep answering from the current index meanwhile.",
  reingestStarted: "Re-ingest started…",
  configRefused: "Sorry, only the archive's admins can change a channel's setup.",
  configSaved: (where = "this channel") => `Saved. The setup of ${where} is now:`,
  configShown: (where = "this channel") => `The setup of ${where}:`,
  configInvalid: "Nothing was saved; please fix:",
  handOffSent: "Sent to the editors. Someone will pick it up in the thread.",
  handOffRepeat: "This answer was already sent to the editors.",
  handOffUnavailable: "This channel has no editors' contact any more, so nothing was sent.",
  handOffFailed: "Sorry, I couldn't reach the editors just now. Please try the button again in a minute.",
  handOffHeading: "An editor's help is asked for this question.",
  reingestFailed: "Re-ingest failed. I keep answering from the previous index; details are in my log.",
  reingestProgress: (progress: IngestProgress) =>
    `Re-ingest running: ${PHASES[progress.phase]}${progress.total > 0 ? ` (${progress.done}/${progress.total})` : ""}…`,
} as const;

/** The re-ingest summary as lines: a headline, then up to `maxSkips` skipped items (source, reason). */
export function reingestSummaryLines(summary: IngestSummary, maxSkips: number) {
  const headline =
    `Re-ingest finished in ${summary.seconds.toFixed(1)} s: ${summary.added} added, ${summary.updated} updated, ` +
    `${summary.removed} removed, ${summary.skipped.length} skipped (${summary.unchanged} unchanged; ` +
    `${summary.articles} articles, ${summary.chunks} passages). Now answering from index ${summary.indexVersion}.`;
  const skips = summary.skipped.slice(0, maxSkips);
  const more = summary.skipped.length - skips.length;
  return { headline, skips, more: more > 0 ? `…and ${more} more skipped (see the log)` : null };
}
