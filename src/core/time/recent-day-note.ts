/**
 * "Which volcano began erupting this week?", asked in June, answered from last November's stories: the reply
 * keeps its quotes (they may be all the archive has on it) but says first that none is from the week asked
 * about. Each quote shows its date; this line says what the dates mean.
 */

import { firstDay } from "../question/question-dates";
import { dayNumber } from "../time-relevance";
import type { Citation } from "../types";
import { namesARecentDay } from "./newest-first";

/**
 * How old the newest quoted story may be before the reply says so. A week's event is reported within days;
 * "last week" reaches back up to two weeks.
 */
export const RECENT_DAYS = 14;

/**
 * The line that opens a reply to a question about this week, yesterday or today when every quoted story is
 * more than RECENT_DAYS older than the day it was asked; null otherwise (or when asked at no day).
 */
export function recentDayNote(
  question: string,
  askedAt: string | undefined,
  citations: Citation[],
): string | null {
  if (!askedAt || !namesARecentDay(question)) return null;
  const days = citations.map((c) => (c.published ? firstDay(c.published) : "")).filter(Boolean);
  const newest = days.sort().at(-1);
  const [asked, quoted] = [dayNumber(askedAt), newest ? dayNumber(newest) : null];
  if (!newest || asked === null || quoted === null || asked - quoted <= RECENT_DAYS) return null;
  return `Nothing in the archive from the days before ${askedAt.slice(0, 10)} answers this; the newest story quoted is from ${newest}:`;
}
