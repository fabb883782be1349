/** How a quote's speaker is shown after it: " — Chak Sopheap, the executive director of …". */
import type { Speaker } from "./quotation-types";

export function showSpeaker(speaker: Speaker | undefined): string {
  if (!speaker) return "";
  return ` — ${speaker.name}${speaker.role ? `, ${speaker.role}` : ""}`;
}
