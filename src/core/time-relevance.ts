/**
 * Time in ranking: the day a question is asked at, how old an article is then, and how much a question
 * wants the latest story. Dates are `YYYY[-MM[-DD]]` strings, only as precise as the source.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a date; a month counts as its 15th, a year as 1 July. Null when unreadable. */
export function dayNumber(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 7, m[3] ? Number(m[3]) : m[2] ? 15 : 1];
  const ms = Date.UTC(year, month - 1, day);
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

/** True when an article dated `published` appeared after `asOf` (compared as far as both are precise). */
export function publishedAfter(published: string | null, asOf: string): boolean {
  if (!published) return false;
  const n = Math.min(published.length, asOf.length);
  return published.slice(0, n) > asOf.slice(0, n);
}

/**
 * "New" that starts a place's name ("New Zealand", "new york city") says nothing of time. A list, not any
 * capitalised word after it: "a new Covid-19 vaccine", "a new Russian-style law" ask for the latest.
 */
const NEW_PLACE =
  "Zealand|York|Jersey|Mexico|Hampshire|Delhi|Orleans|England|Guinea|South Wales|Caledonia|Brunswick|Haven";

/** Words that ask for the latest state of things. */
const RECENCY_WORDS = new RegExp(
  `\\b(current(ly)?|latest|now|newest|new(?!\\s+(?:${NEW_PLACE})\\b)|recent(ly)?|this (week|month|year)|today|tonight|yesterday|still|so far|yet|(last|past|this) (week|weekend|few days)|last night|these days|at the moment|upcoming)\\b`,
  "i",
);

export function asksForRecent(question: string): boolean {
  return RECENCY_WORDS.test(question);
}

/**
 * The question without the words that only say "recent" ("current", "this week", "latest"): what it is
 * about. Those words are for the time prior; searched for, they make a question look uncovered.
 */
export function withoutTimeWords(question: string): string {
  const topic = question.replace(new RegExp(RECENCY_WORDS.source, "gi"), " ").replace(/\s+/g, " ").trim();
  return /[\p{L}\p{N}]/u.test(topic) ? topic : question;
}

/**
 * How ranking weighs an article's age: `weight · 2^(−age / halfLifeDays)` is added to a passage's fused
 * score, in units of a first place in one ranking (1 / (60 + 1)). Undated articles count as one half-life old.
 */
export interface RecencyPrior {
  halfLifeDays: number;
  weight: number;
  /**
   * Article-led ranking (the default): an article's score is multiplied by `floor + (1 − floor) · freshness`,
   * so `floor` 1 means no prior and 0 the plain multiplicative prior; absent, the ranking's own setting.
   */
  floor?: number;
  /**
   * Also a vote for the newest of the best-matching stories, however old: "the current minister" asked long
   * after the last story on it is still answered from that last story.
   */
  newestFirst?: boolean;
}

/** Freshness in 0..1 of an article published `published`, asked at day `askedDay`. */
export function freshness(published: string | null, askedDay: number, halfLifeDays: number): number {
  const day = published ? dayNumber(published) : null;
  if (day === null) return 0.5;
  return 2 ** (-Math.max(0, askedDay - day) / halfLifeDays);
}
