/** How the blind time-question tests judge an answer: what issue 15 asks of it, checked from its citations. */
import type { Answer } from "../../src/core/types";

/**
 * `newest`: the article cited first; `window`: every citation inside it; `timeline`: a timeline listing these
 * dates in order; `refuse`: not_found. Every check but `refuse` also fails an answer citing anything after the
 * day asked.
 */
export type TimeCheck =
  | { newest: string }
  | { window: [string, string] }
  | { timeline: string[] }
  | { refuse: true };

/** Null when the answer is right, else what is wrong with it. */
export function judgeTimeAnswer(answer: Answer, askedAt: string, check: TimeCheck): string | null {
  const dates = answer.citations.map((c) => c.published ?? "");
  if ("refuse" in check) return answer.status === "not_found" ? null : `answered from ${dates}`;
  if (answer.status !== "answered") return "not answered";
  if (dates.some((d) => d > askedAt)) return `cites an article after ${askedAt}: ${dates}`;
  if ("newest" in check)
    return dates[0] === check.newest ? null : `first cited ${dates[0]}, not ${check.newest}`;
  if ("window" in check) {
    const [from, to] = check.window;
    return dates.every((d) => d >= from && d <= to) ? null : `cites outside ${from}..${to}: ${dates}`;
  }
  if (answer.kind !== "timeline") return "not a timeline";
  return JSON.stringify(dates) === JSON.stringify(check.timeline) ? null : `timeline ${dates}`;
}
