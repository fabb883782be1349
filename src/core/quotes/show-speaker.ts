/** How a quote's speaker is shown after it: " — Chak Sopheap, executive director, CCHR" (the short role). */
import type { Speaker } from "../quotation-types";

export function showSpeaker(speaker: Speaker | undefined): string {
  if (!speaker) return "";
  const role = speaker.shortRole ?? speaker.role;
  return ` — ${speaker.name}${role ? `, ${role}` : ""}`;
}
