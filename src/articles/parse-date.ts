/** Publication dates as YYYY-MM-DD, or the partial YYYY-MM / YYYY the source actually knows. */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?,?\\s+)?";
/** "Mon, 13 Jun 2022 10:00:00 GMT", "13 June 2022", "13th June, 2022". */
const DAY_MONTH_YEAR = new RegExp(
  `^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})(?!\\d)`,
  "i",
);
/** "June 13, 2022", "Monday, June 13, 2022 10:00 AM EDT". */
const MONTH_DAY_YEAR = new RegExp(
  `^${WEEKDAY}([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  "i",
);
/** "May 2022", "May, 2022". */
const MONTH_YEAR = /^([a-z]{3,9})\.?,?\s+(\d{4})$/i;

const pad = (n: number): string => String(n).padStart(2, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(year: number, month?: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (month === undefined) return String(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const monthNumber = (name: string): number | undefined => MONTHS[name.toLowerCase()];

function fromDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function fromString(value: string): string | null {
  const s = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d])/.exec(s);
  // The date as written: "2022-06-13T23:30:00-05:00" is June 13 where it was published.
  if (m) return format(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return format(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[-/](\d{1,2})$/.exec(s);
  if (m) return format(Number(m[1]), Number(m[2]));
  m = /^(\d{4})$/.exec(s);
  if (m) return format(Number(m[1]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[2] ?? "");
    return month ? format(Number(m[3]), month, Number(m[1])) : null;
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[1] ?? "");
    return month ? format(Number(m[3]), month, Number(m[2])) : null;
  }
  m = MONTH_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[1] ?? "");
    return month ? format(Number(m[2]), month) : null;
  }
  return null;
}

function fromNumber(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  if (Number.isInteger(value) && value >= 1000 && value <= 9999) return format(value);
  // Unix time: seconds (up to 1e11, i.e. year 5138) or milliseconds.
  if (value >= 1e8 && value < 1e11) return fromDate(new Date(value * 1000));
  if (value >= 1e11) return fromDate(new Date(value));
  return null;
}

/**
 * "YYYY-MM-DD", "YYYY-MM" or "YYYY" from an ISO string (date part as written), a Date (UTC, as
 * gray-matter makes them), a year or Unix-time number, an RFC 2822 string or "May 2022"; else null.
 */
export function parseDate(value: unknown): string | null {
  if (value instanceof Date) return fromDate(value);
  if (typeof value === "number") return fromNumber(value);
  if (typeof value === "string") return fromString(value);
  return null;
}

/**
 * A loader's `published` draft field: the parsed date, or the raw value when one was given but cannot be
 * read (buildArticle then stores no date and the ingest summary warns about it), or null.
 */
export function publishedField(raw: unknown): unknown {
  const date = parseDate(raw);
  if (date !== null) return date;
  const given = typeof raw === "string" ? raw.trim() !== "" : raw !== null && raw !== undefined;
  return given ? raw : null;
}
