/** CMS exports: `.json` (an array, an object holding `articles`/`items`/`posts`, or one record) and `.jsonl`. */

import type { SkippedItem } from "../../article";
import type { ArticleDraft, DraftItem, LoaderOutput } from "../../article-identity";
import { htmlToText } from "../../html/html-to-text";
import { publishedField } from "../../parse-date";

type JsonRecord = Record<string, unknown>;

const isRecord = (value: unknown): value is JsonRecord =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Tags that mark a string as HTML rather than plain text. */
const HTML_TAG =
  /<\/?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|span|a|em|strong|b|i|figure|figcaption|article|section|table|img)\b[^>]*>/i;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** A string, or the `rendered` string of a WordPress-style `{ rendered }` object. */
function text(value: unknown): string | null {
  if (typeof value === "string") return value.trim() ? value : null;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (isRecord(value)) return text(value.rendered);
  return null;
}

function first(record: JsonRecord, keys: string[]): string | null {
  for (const key of keys) {
    const value = text(record[key]);
    if (value !== null) return value;
  }
  return null;
}

/** A name from a string, an object with `name`, or an array of those (joined by ", "). */
function names(value: unknown): string | null {
  if (Array.isArray(value)) {
    const all = value.map(names).filter((n): n is string => n !== null);
    return all.length > 0 ? all.join(", ") : null;
  }
  if (isRecord(value)) return text(value.name);
  return text(value);
}

/** A one-line field that may carry HTML entities or tags (WordPress titles do). */
function plain(value: string | null): string | null {
  if (value === null || !(HTML_TAG.test(value) || ENTITY.test(value))) return value;
  return htmlToText(value).text.replace(/\s+/g, " ") || null;
}

/** The metadata of an export record (or a `.meta.json` sidecar): everything but the text. */
export function recordMeta(record: JsonRecord): Omit<ArticleDraft, "text"> {
  const source = record.source;
  return {
    id: record.id,
    title: plain(first(record, ["title", "headline"])),
    url: first(record, ["url", "link"]),
    published: publishedField(record.published ?? record.date ?? record.published_at),
    publisher: text(record.publisher) ?? (isRecord(source) ? text(source.name) : text(source)),
    byline: names(record.byline ?? record.author),
    section: text(record.section),
    language: text(record.language ?? record.lang),
  };
}

/** The article text of a record, plain or extracted from HTML; null when it has none. */
export function recordText(record: JsonRecord): string | null {
  const raw = first(record, ["text", "body", "content"]);
  if (raw === null) return null;
  const body = HTML_TAG.test(raw) ? htmlToText(raw).text : raw;
  return body.trim() ? body : null;
}

function fromRecord(value: unknown, source: string): DraftItem | SkippedItem {
  if (!isRecord(value)) return { source, reason: "record is not a JSON object" };
  const body = recordText(value);
  if (body === null) return { source, reason: "record has no text (expected text, body or content)" };
  return { source, draft: { ...recordMeta(value), text: body } };
}

function collect(items: (DraftItem | SkippedItem)[]): LoaderOutput {
  const out: LoaderOutput = { drafts: [], skipped: [] };
  for (const item of items) {
    if ("draft" in item) out.drafts.push(item);
    else out.skipped.push(item);
  }
  return out;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A `.json` export; records in an array get source `file#<index>` (0-based), a lone record just `file`. */
export function loadJsonExport(content: string, source: string): LoaderOutput {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return { drafts: [], skipped: [{ source, reason: `malformed JSON: ${errorText(error)}` }] };
  }
  let records: unknown[] | null = Array.isArray(data) ? data : null;
  if (records === null && isRecord(data)) {
    const list = [data.articles, data.items, data.posts].find(Array.isArray);
    if (list) records = list;
  }
  if (records === null) return collect([fromRecord(data, source)]);
  if (records.length === 0) return { drafts: [], skipped: [{ source, reason: "no records in JSON export" }] };
  return collect(records.map((record, i) => fromRecord(record, `${source}#${i}`)));
}

/** One `.jsonl` line (already trimmed, not blank) as a draft, or the reason it is skipped. */
export function jsonLineItem(line: string, lineSource: string): DraftItem | SkippedItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { source: lineSource, reason: `malformed JSON line: ${errorText(error)}` };
  }
  try {
    return fromRecord(value, lineSource);
  } catch (error) {
    return { source: lineSource, reason: `could not parse (${errorText(error)})` };
  }
}

/**
 * A `.jsonl` export held in a string, one record a line; records get source `file#<line>` (1-based); blank
 * lines are ignored. Corpus files are streamed instead (stream-json-lines.ts), with the same results.
 */
export function loadJsonLines(content: string, source: string): LoaderOutput {
  const items: (DraftItem | SkippedItem)[] = [];
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line !== "") items.push(jsonLineItem(line, `${source}#${i + 1}`));
  }
  if (items.length === 0) return { drafts: [], skipped: [{ source, reason: NO_JSON_LINES }] };
  return collect(items);
}

export const NO_JSON_LINES = "no records in JSON Lines export";
