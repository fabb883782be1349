/**
 * Search filters typed by a person: `from:YYYY[-MM[-DD]]`, `to:…` and `publisher:"…"` tokens in a chat
 * question, Discord's /ask options and the CLI's --from/--to. One date parser for all of them, strict: a
 * date that does not exist ("2022-13-45") is a problem to tell the asker, never an empty answer.
 */
import type { SearchFilters } from "../types";

export const DATE_HINT = "use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-06-01)";

/** A calendar date written YYYY, YYYY-MM or YYYY-MM-DD (as articles are dated), or null when it is not one. */
export function parseDateBound(value: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const [year, month = 1, day = 1] = m.slice(1).map((part) => (part ? Number(part) : undefined));
  if (year === undefined) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return value.trim();
}

export type FilterResult =
  | { ok: true; question: string; filters?: SearchFilters }
  | { ok: false; message: string };

/** The raw values a person gave, before checking: from chat tokens or from command options. */
export interface RawFilters {
  from?: string | null;
  to?: string | null;
  publishers?: (string | null | undefined)[];
}

/**
 * `from:` / `to:` / `publisher:` tokens, anywhere in the text, as whole words; a publisher with spaces is
 * quoted ("…" or “…”). Keys are case-insensitive.
 */
const TOKEN = /(^|\s)(from|to|publisher):(?:"([^"]*)"|“([^”]*)”|(\S*))(?=\s|$)/gi;

/**
 * Takes the filter tokens out of a chat question and checks them with any `given` values (a command's
 * options: they win over a token for the same bound, and add publishers); the question keeps its other words.
 */
export function readFilterTokens(text: string, given: RawFilters = {}): FilterResult {
  const raw: RawFilters = { publishers: [] };
  let found = false;
  const stripped = text
    .replace(TOKEN, (_whole, before: string, key: string, q1?: string, q2?: string, bare?: string) => {
      found = true;
      const value = q1 ?? q2 ?? bare ?? "";
      const name = key.toLowerCase();
      if (name === "publisher") raw.publishers?.push(value);
      else raw[name as "from" | "to"] = value;
      return before;
    })
    .replace(/\s+/g, " ")
    .trim();
  // Without tokens the question is left exactly as typed.
  const question = found ? stripped : text;
  if (given.from !== undefined && given.from !== null) raw.from = given.from;
  if (given.to !== undefined && given.to !== null) raw.to = given.to;
  raw.publishers?.push(...(given.publishers ?? []));
  const checked = checkFilters(raw);
  return checked.ok ? { ok: true, question, filters: checked.filters } : checked;
}

/** Checks given filter values (Discord's options, or tokens already taken out of the text). */
export function checkFilters(
  raw: RawFilters,
): { ok: true; filters?: SearchFilters } | { ok: false; message: string } {
  const filters: SearchFilters = {};
  for (const key of ["from", "to"] as const) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    const date = parseDateBound(value);
    if (!date)
      return {
        ok: false,
        message: `I couldn't read the date in ${key}:${value || "(nothing)"}. Please ${DATE_HINT}.`,
      };
    filters[key] = date;
  }
  if (filters.from && filters.to && filters.from.slice(0, filters.to.length) > filters.to)
    return { ok: false, message: `from:${filters.from} is after to:${filters.to}, so no article can match.` };
  const publishers: string[] = [];
  for (const value of raw.publishers ?? []) {
    if (value === undefined || value === null) continue;
    const name = value.replace(/\s+/g, " ").trim();
    if (!name) return { ok: false, message: 'publisher: needs a name, e.g. publisher:"Valley Wire".' };
    publishers.push(name);
  }
  if (publishers.length) filters.publishers = publishers;
  return Object.keys(filters).length ? { ok: true, filters } : { ok: true };
}

/** The filters as a reply shows them: `from 2022 · to 2023-05 · publisher “Valley Wire”`; empty when none. */
export function describeFilters(filters: SearchFilters | undefined): string {
  if (!filters) return "";
  return [
    ...(filters.from ? [`from ${filters.from}`] : []),
    ...(filters.to ? [`to ${filters.to}`] : []),
    ...(filters.publishers ?? []).map((p) => `publisher “${p}”`),
    ...(filters.sections ?? []).map((s) => `section “${s}”`),
  ].join(" · ");
}
