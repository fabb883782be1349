/**
 * Dates named in a question ("in May 2022", "since 2020", "between March and June 2021", "last month"),
 * read with chrono-node and turned into a publication window: `from`/`to` as YYYY[-MM[-DD]], only as
 * precise as the question ("in 2022" → 2022..2022), the way SearchFilters compare dates. Relative words
 * resolve against the day the question is asked at.
 */
import * as chrono from "chrono-node";
import { MONTH_NAMES } from "../../text/month-names";
import { STOPWORDS } from "../../text/tokenize";
import type { SearchFilters } from "../types";
import { alternativeSpans, checksClaim, draftClaims } from "./checked-claims";

export interface QuestionWindow {
  /** Inclusive lower bound, YYYY[-MM[-DD]]. */
  from?: string;
  /** Inclusive upper bound, YYYY[-MM[-DD]]. */
  to?: string;
  /** The question without the words that named the window: what it is about. */
  topic: string;
  /**
   * How a later story would name the period when it is an event's date rather than the reports' ("the
   * insurrection on January 6, 2021" → "January 6", "Jan. 6"; "set in June" → "June"; "in 2019" → "2019").
   * Only for a window that names one period (not "since", "before", "between"), or a span of two written years
   * ("between 1980 and 2012" → "1980 to 2012", "1980 and 2012", …); empty otherwise.
   */
  mentions: string[];
  /**
   * The question says the reports are recent ("latest data shows … in 2022", "falling now … the record set in
   * June", "a new case this week … eliminated in 2000"), and the one period it names is over: that period is
   * the event's, and the later stories that name it come first.
   */
  reportedNow?: boolean;
}

/** AP style month abbreviations (March to July are not abbreviated). */
const SHORT_MONTHS = ["Jan.", "Feb.", "", "", "", "", "", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/** A date written with its month's name or its year, not a relative one ("last month", "this year"). */
const WRITTEN_OUT = new RegExp(
  `\\b(?:${MONTH_NAMES.join("|")}|${SHORT_MONTHS.filter(Boolean).join("|").replaceAll(".", "")}|\\d{4})\\b`,
  "i",
);

/** The words by which a story written later names a period that starts at `start` (YYYY[-MM[-DD]]). */
function mentionsOf(start: string): string[] {
  if (start.length === 4) return [start];
  const month = Number(start.slice(5, 7)) - 1;
  const name = MONTH_NAMES[month] as string;
  if (start.length === 7) return [name];
  const day = String(Number(start.slice(8, 10)));
  const short = SHORT_MONTHS[month] as string;
  return [`${name} ${day}`, ...(short ? [`${short} ${day}`] : [])];
}

/**
 * A span of years the question writes out ("between 1980 and 2012", "from 1980 to 2012") is often a figure's
 * period rather than the reports' ("surface ozone has declined by 25 percent … from 1980 to 2012", in a 2014
 * story): a later story names it so. Empty for anything else.
 */
function yearsRange(question: string, from: string | undefined, to: string | undefined): string[] {
  if (!from || !to || from.length !== 4 || to.length !== 4 || from >= to) return [];
  if (!new RegExp(`\\b${from}\\b[^?.!]{1,20}\\b${to}\\b`).test(question)) return [];
  return [`${from} to ${to}`, `${from} and ${to}`, `${from}-${to}`, `${from}–${to}`, `${from} through ${to}`];
}

const DAY_MS = 86_400_000;
const YEAR = "((?:1[89]|20)\\d{2})";
const LEAD_WORDS = "(in|since|before|after|until|till|by|during|from|between)";
/** Not the start of a longer number, a decimal, a range of numbers or a percentage ("2020.5", "2020-21"). */
const NOT_A_NUMBER = "(?![\\d.,:/-]\\d|\\s*(?:%|percent|per cent))";

/** Prepositions that bound a period ("after 2016"), unlike "in 2016". */
const BOUNDING = /^(?:since|before|after|until|till)$/i;

/**
 * A bare year after a preposition ("in 2022", "since 2020", "before 2019"): chrono leaves bare years alone
 * (and drops results that are only a number), so the preposition is part of the match.
 */
const yearAfterPreposition: chrono.Parser = {
  pattern: () => new RegExp(`\\b${LEAD_WORDS}\\s+${YEAR}${NOT_A_NUMBER}\\b`, "i"),
  extract: (context, match) => {
    // "rose by 2000 people": after "by", a year ends the phrase
    const rest = context.text.slice((match.index ?? 0) + match[0].length);
    if (match[1]?.toLowerCase() === "by" && /^\s+\p{L}/u.test(rest)) return null;
    // "after 2016 election", "before 2019 polls": the year names the event, as in "after the 2016 election", not
    // a bound ("since 2020 has …", "after 2016 in Hong Kong").
    const next = /^\s+(\p{Ll}[\p{Ll}'’-]*)/u.exec(rest)?.[1];
    if (next && BOUNDING.test(match[1] ?? "") && !STOPWORDS.has(next)) return null;
    return { year: Number(match[2]) };
  },
};

/** A range of bare years: "between 2020 and 2022", "from 2019 to 2021". */
const yearRange: chrono.Parser = {
  pattern: () =>
    new RegExp(`(?<=\\b(?:between|from)\\s+)${YEAR}\\s+(?:and|to|-|–)\\s+${YEAR}${NOT_A_NUMBER}\\b`, "i"),
  extract: (context, match) => {
    const result = context.createParsingResult(match.index ?? 0, match[0], { year: Number(match[1]) });
    result.end = context.createParsingComponents({ year: Number(match[2]) });
    return result;
  },
};

/**
 * English casual chrono without its clock-time parsers (news questions name days, not hours; "Apollo 11 in
 * 1969" and "10 to 5" read as times otherwise), plus the two year parsers above.
 */
const parser = chrono.casual.clone();
parser.parsers = [
  yearRange,
  yearAfterPreposition,
  ...parser.parsers.filter((p) => !/TimeExpression/.test(p.constructor.name)),
];

/**
 * Words without which none of the parser's date expressions can match: a digit, a month's or a weekday's name
 * or abbreviation, chrono's casual day and time words, a unit of time (also "lasts" and "pasts", which chrono
 * reads as "last s(econd)"). Most questions have none, and chrono took about 0.25 ms a question, 7 % of the
 * answering time of `npm run bench`'s questions in a profile (docs/performance.md); question-dates.test.ts checks
 * on every question of the eval sets that a question without them gets no date from chrono either.
 */
const MAY_NAME_A_DATE = new RegExp(
  "\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|" +
    "now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night|morning|afternoon|evening|midnight|midday|noon|" +
    "sec|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|wks?|months?|mos?|qtrs?|quarters?|yrs?|years?|" +
    "fortnights?|decades?|lasts|pasts)|\\b(?:an?|the|few|several|couple|half|this|last|past|next|after)\\s{0,3}[smhdwy]\\b",
  "i",
);

/** Whether a text has a word a date can be written with (MAY_NAME_A_DATE). */
export const mayNameADate = (text: string) => MAY_NAME_A_DATE.test(text);

/** chrono's reading of the dates in a question (none when it has no word a date is written with). */
export function datesIn(question: string, instant: Date): chrono.ParsedResult[] {
  return mayNameADate(question) ? parser.parse(question, { instant, timezone: 0 }) : [];
}

/** The same, always read by chrono: for the test that holds datesIn to it. */
export function datesInUngated(question: string, instant: Date): chrono.ParsedResult[] {
  return parser.parse(question, { instant, timezone: 0 });
}

/** A period at the precision of its expression: start and end as YYYY[-MM[-DD]]. */
interface Period {
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const minDay = (a: string, b: string) => (a < b ? a : b);

/**
 * A day without its year up to this many days after the day asked is a coming one ("the June 12 launch", asked
 * on June 8); further ahead it is last year's ("What did the minister say on 13 May?", asked in March).
 */
const UPCOMING_DAYS = 31;
/** Words that put a question's dates in the future. */
const FUTURE = /\b(?:will|won['’]t|expected|upcoming|scheduled|set to|due to)\b/i;

/** Words that put the report in the present, however old the period the question names. */
const REPORTED_NOW =
  /\b(?:latest|this week|now|today|yesterday|recently|(?:a|the) new (?:[\p{L}-]+ )?(?:report|study|data|survey|factbook|figures|analysis|poll|research|case|cases|record))\b/iu;

/** Words before a date that make it the other side of a comparison. */
const COMPARISON = /\b(?:same (?:time|period|month|week)|compared (?:to|with)|than|from a year ago,?)\s*$/i;

/** A weekday said as a habit rather than as one day. */
const HABIT =
  /\b(?:each|every)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b/i;

/** Quoted words ("begins, “Four score and seven years ago…”", a title): someone's words, not the question's dates. */
const QUOTED = /“[^“”]*”|"[^"]*"/g;

/** "The last day of Carnival season", "the last day of the trial": a day of the event, not yesterday. */
const DAY_OF_EVENT = /^last day$/i;

const msOf = (day: string) => Date.parse(`${day}T12:00:00Z`);
const addDays = (day: string, n: number) => dayOf(msOf(day) + n * DAY_MS);

/** The first day of a YYYY[-MM[-DD]] bound, and its last. */
export const firstDay = (date: string) =>
  date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
export function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    return dayOf(Date.UTC(y, m, 0, 12));
  }
  return date;
}

/** The period a chrono component names, at the precision it was written with; moved into the past when only the year was implied. */
function periodOf(
  c: chrono.ParsedComponents,
  text: string,
  asked: string,
  /** The question speaks of what is to come ("will", "expected"): a date without its year is an upcoming one. */
  ahead = false,
): Period | null {
  const known = (k: chrono.Component) => c.isCertain(k);
  if (known("hour") || known("minute")) return null; // a time of day, or a clock range like "10 to 5"
  const year = c.get("year") ?? 0;
  const month = c.get("month") ?? 1;
  const day = c.get("day") ?? 1;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const tags = c.tags();
  const relative = tags.has("result/relativeDate");
  // "today" and "now" are the recency prior's (time-relevance.ts): a one-day window loses the day before's story
  if (tags.has("casualReference/today") || tags.has("casualReference/now") || /\btonight\b/i.test(text))
    return null;
  // "yesterday", "last night", "this week", "last week", a bare weekday: news of the last few days, reported a
  // day or more later. A hard window loses the gold story (realtimeqa-dev: recall@1 92.6 -> 78.7 % with
  // one-week windows), so these are left to the recency prior (time-relevance.ts), which favours them softly.
  if (tags.has("casualReference/yesterday") || /\blast night\b/i.test(text)) return null;
  if (/\bweeks?\b/i.test(text) && !known("weekday")) {
    if (/\b(this|past|last)\b/i.test(text)) return null;
    // "derailed two weeks ago": the event's week, and everything reported about it since.
    if (relative && /\bago\b/i.test(text)) return { start: date, end: asked };
    return { start: date, end: addDays(date, 6) };
  }
  if (known("weekday") && !known("day")) return null;
  if (known("day") && known("month") && known("year")) {
    if (relative && /\b(past|last)\b/i.test(text)) return { start: date, end: asked }; // "the past 3 days"
    // What was said or done on a day is reported that day or in the week after.
    return { start: date, end: minDay(addDays(date, 7), asked) };
  }
  if (known("day") || known("weekday")) {
    let d = date;
    if (d > asked && known("weekday") && !known("day")) d = addDays(d, -7);
    else if (d > asked && !known("year")) {
      // "available beginning June 12", asked on June 8: a coming day, not last year's (kept as topic words).
      if (ahead || msOf(d) - msOf(asked) <= UPCOMING_DAYS * DAY_MS) return { start: d, end: d };
      d = `${year - 1}${d.slice(4)}`;
    }
    return { start: d, end: minDay(addDays(d, 7), asked) };
  }
  // "the past year", "the last 12 months", "the past two years": a span that ends now, not a calendar period.
  if (relative && /\b(past|last)\s+(?:\S+\s+)?(?:years|months)\b|\bpast (?:year|month)\b/i.test(text))
    return { start: date, end: asked };
  if (known("month")) {
    let m = `${year}-${pad(month)}`;
    if (!known("year") && m > asked.slice(0, 7)) {
      if (ahead) return { start: m, end: m }; // "will return in September": to come, not last September
      m = `${year - 1}-${pad(month)}`;
    }
    return { start: m, end: m };
  }
  if (known("year")) {
    if (relative && /\b(past|last)\s+\S+\s+years\b/i.test(text)) return { start: date, end: asked }; // "the last two years"
    return { start: String(year), end: String(year) };
  }
  return null;
}

/** The period before a bound: the day, month or year before `start` at its precision. */
function before(start: string): string {
  if (start.length === 4) return String(Number(start) - 1);
  if (start.length === 7) {
    const [y, m] = start.split("-").map(Number) as [number, number];
    return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
  }
  return addDays(start, -1);
}

/**
 * The span of `days` before a period that starts at `start` (YYYY[-MM[-DD]]): from the day `days` before its
 * first day to the period before it, at its precision ("2022-06", 92 → 2022-03-01 to 2022-05).
 */
export function spanBefore(start: string, days: number): { from: string; to: string } {
  const first = start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
  return { from: addDays(first, -days), to: before(start) };
}

/** The period after a bound: the day, month or year after `end` at its precision. */
export function nextPeriod(end: string): string {
  if (end.length === 4) return String(Number(end) + 1);
  if (end.length === 7) {
    const [y, m] = end.split("-").map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
  }
  return addDays(end, 1);
}

const PREPOSITION =
  /\b(in|on|at|of|during|over|since|after|from|before|until|till|by|between)(?:\s+the)?\s*$/i;

/**
 * The publication window a question names, against the day it is asked at (YYYY-MM-DD); null when it names
 * none. Without `askedAt` only periods that name their year count ("in May 2022"; not "last month"). Periods that start after `askedAt` (a question about "next year") are
 * not publication windows and stay topic words.
 */
export function questionWindow(question: string, askedAt?: string): QuestionWindow | null {
  // A claim to check names no period: its date may be the wrong one ("fact-check: … in 2019?").
  if (checksClaim(question)) return null;
  const asked = askedAt?.slice(0, 10) ?? dayOf(Date.now());
  const results = datesIn(question, new Date(msOf(asked)));
  let from: string | undefined;
  let to: string | undefined;
  let topic = question;
  const spans: [number, number][] = [];
  let hull: Period | undefined;
  const ahead = FUTURE.test(question);
  /** How many periods the hull joins, and whether the one it holds was written out (a month, a year). */
  let periods = 0;
  let writtenOut = false;
  const quoted = [...question.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
  // One of two readings ("in 2005 or in 2010") names no period.
  // Nor does a draft's claim to check ("Draft says the CNRP was dissolved 'in 2018' — when, per our article?").
  const alternatives = [...alternativeSpans(question), ...draftClaims(question).spans];
  for (const result of results) {
    if (quoted.some(([start, end]) => result.index > start && result.index < end)) continue;
    if (alternatives.some(([start, end]) => result.index < end && result.index + result.text.length > start))
      continue;
    if (DAY_OF_EVENT.test(result.text) && /^\s+of\b/i.test(question.slice(result.index + result.text.length)))
      continue;
    // Without the day it is asked at, only a period that names its year is read ("in May 2022", not "this month").
    if (!askedAt && !/\b\d{4}\b/.test(result.text)) continue;
    // A comparison ("up 13% from the same time last year") names no period the story was published in.
    if (COMPARISON.test(question.slice(Math.max(0, result.index - 24), result.index))) continue;
    // "each Monday", "every Friday", "on Sundays": a habit, not a day.
    if (HABIT.test(question.slice(Math.max(0, result.index - 7), result.index + result.text.length + 1)))
      continue;
    let period = periodOf(result.start, result.text, asked, ahead);
    if (!period) continue;
    const lead = new RegExp(`^${LEAD_WORDS}\\s`, "i").exec(result.text);
    const word = lead
      ? { index: result.index, 1: lead[1] }
      : PREPOSITION.exec(question.slice(0, result.index));
    let spanEnd = result.index + result.text.length;
    if (result.end) {
      const end = periodOf(result.end, result.text, asked, ahead);
      if (!end) continue;
      period = { start: period.start, end: end.end };
    } else if (word?.[1]?.toLowerCase() === "between") {
      // "between March and June 2021": chrono reads two dates; the first takes the second's year
      const next = results[results.indexOf(result) + 1];
      const end = next && !next.end ? periodOf(next.start, next.text, asked, ahead) : null;
      if (
        !next ||
        !end ||
        !/^\s*and\s*$/i.test(question.slice(result.index + result.text.length, next.index))
      )
        continue;
      const start =
        result.start.isCertain("year") || period.start.length === 4
          ? period.start
          : end.end.slice(0, 4) + period.start.slice(4);
      results.splice(results.indexOf(next), 1);
      period = { start, end: end.end };
      spanEnd = next.index + next.text.length;
    }
    if (firstDay(period.start) > asked) continue;
    spans.push([word ? word.index : result.index, spanEnd]);
    const bound = word?.[1]?.toLowerCase();
    if (bound === "since" || (bound === "from" && !result.end)) from = max(from, period.start);
    else if (bound === "after") from = max(from, nextPeriod(period.end));
    else if (bound === "before") to = min(to, before(period.start));
    else if (bound === "until" || bound === "till" || bound === "by") to = min(to, period.end);
    else if (periods++ === 0) {
      hull = period;
      writtenOut = !result.end && bound !== "between" && WRITTEN_OUT.test(result.text);
    } else
      hull = hull
        ? {
            start: firstDay(period.start) < firstDay(hull.start) ? period.start : hull.start,
            end: lastDay(period.end) > lastDay(hull.end) ? period.end : hull.end,
          }
        : period;
  }
  if (hull) {
    from = max(from, hull.start);
    to = min(to, hull.end);
  }
  if (from === undefined && to === undefined) return null;
  for (const [start, end] of spans.sort((a, b) => b[0] - a[0]))
    topic = `${topic.slice(0, start)} ${topic.slice(end)}`;
  topic = topic
    .replace(/\s+/g, " ")
    .replace(/\s+([?.!,])/g, "$1")
    .replace(/^[\s,;:]+/, "")
    .trim();
  const named = periods === 1 && writtenOut && hull && from === hull.start && to === hull.end;
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    topic,
    mentions: named && hull ? mentionsOf(hull.start) : yearsRange(question, from, to),
    ...(named && to && REPORTED_NOW.test(question) && lastDay(to) < asked ? { reportedNow: true } : {}),
  };
}

/** The later of two lower bounds (compared as first days), keeping the winner's precision. */
function max(a: string | undefined, b: string): string {
  return a === undefined || firstDay(b) > firstDay(a) ? b : a;
}

/** The earlier of two upper bounds (compared as last days). */
function min(a: string | undefined, b: string): string {
  return a === undefined || lastDay(b) < lastDay(a) ? b : a;
}

/** Explicit filters narrowed by a question's window: the narrower bound wins on each side. */
export function narrowFilters(
  filters: SearchFilters | undefined,
  window: QuestionWindow | null,
): SearchFilters | undefined {
  if (!window) return filters;
  const from = window.from ? max(filters?.from, window.from) : filters?.from;
  const to = window.to ? min(filters?.to, window.to) : filters?.to;
  return { ...filters, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
