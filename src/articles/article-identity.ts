/** Article identity: stable ids from urls or paths, content hashes, derived titles, and draft → LoadedArticle. */
import { createHash } from "node:crypto";
import type { ArticleMeta } from "../core/types";
import { normalizeUrl } from "../text/link-keys";
import type { LoadedArticle, SkippedItem } from "./article";
import { normalizeText } from "./normalize-text";
import { parseDate } from "./parse-date";

/** What a loader extracted from one file or record, before normalisation and identity. */
export interface ArticleDraft {
  /** An explicit id from the source (front matter, record, sidecar); sanitised by `buildArticle`. */
  id?: unknown;
  title?: string | null;
  url?: string | null;
  /** Anything `parseDate` accepts; loaders usually pass an already parsed YYYY[-MM[-DD]]. */
  published?: unknown;
  publisher?: string | null;
  byline?: string | null;
  section?: string | null;
  language?: string | null;
  /** Raw text; `buildArticle` normalises it. */
  text: string;
}

/** A draft and where it came from: a corpus-relative path, plus `#n` for a record in an export. */
export interface DraftItem {
  source: string;
  draft: ArticleDraft;
}

/** What every loader returns: the drafts it found and the parts of the file it had to skip. */
export interface LoaderOutput {
  drafts: DraftItem[];
  skipped: SkippedItem[];
}

const TITLE_MAX = 90;
const ID_MAX = 128;

const sha256 = (s: string): string => createHash("sha256").update(s, "utf8").digest("hex");

/** `a_` + 16 hex digits of sha256 over the normalised url, or over the path when there is no url. */
export function articleId(url: string | null, fallbackPath: string): string {
  const key = url?.trim() ? `url:${normalizeUrl(url)}` : `path:${fallbackPath.replace(/\\/g, "/")}`;
  return `a_${sha256(key).slice(0, 16)}`;
}

/** sha256 hex over every metadata field and the text: any change means re-ingesting the article. */
export function contentHash(meta: ArticleMeta, text: string): string {
  return sha256(
    JSON.stringify([
      meta.id,
      meta.title,
      meta.titleDerived,
      meta.url,
      meta.published,
      meta.publisher,
      meta.byline,
      meta.section,
      meta.language,
      meta.source,
      text,
    ]),
  );
}

/** Abbreviations whose trailing period does not end a sentence (compared lowercase, without dots). */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sr jr st sen rep gov gen col lt sgt capt cmdr adm rev hon pres supt det insp " +
    "no nos vs etc inc ltd co corp bros dept univ approx est fig vol mt ft ave blvd rd " +
    "jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);

/** A paragraph that is only a dateline, such as "New York CNN —". */
const DATELINE_PARAGRAPH = /^[^.!?]{0,60}\s[—–-]$/;
/** A dateline at the start of a paragraph: "WASHINGTON (AP) — ", "Bogota, Colombia (CNN) ". */
const DATELINE_PREFIX = [
  /^[A-Z][\p{L}.'’-]*(?:[ ,]+[A-Z][\p{L}.'’-]*){0,5}\s*\([A-Z][\p{L} .&]{0,30}\)\s*(?:[—–-]\s+)?(?=\S)/u,
  /^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+){0,4}\s+[—–]\s+(?=\S)/,
];

function isSentenceEnd(text: string, i: number): number | null {
  // Include closing quotes and brackets that follow the terminator.
  let end = i + 1;
  while (end < text.length && /["'”’)\]»]/.test(text[end] ?? "")) end++;
  if (end < text.length && !/\s/.test(text[end] ?? "")) return null;
  if (text[i] !== ".") return end;
  const word = /(\S+)$/.exec(text.slice(0, i))?.[1] ?? "";
  const bare = word.replace(/^["'“‘(]+/, "");
  // Initials and dotted abbreviations: "J.", "U.S", "D.C".
  if (/^\p{Lu}$/u.test(bare) || /\p{L}\.\p{L}/u.test(bare)) return null;
  if (ABBREVIATIONS.has(bare.toLowerCase())) return null;
  const next = text.slice(end).trimStart()[0];
  if (next !== undefined && /\p{Ll}/u.test(next)) return null;
  return end;
}

function firstSentence(paragraph: string): string {
  for (let i = 0; i < paragraph.length; i++) {
    if (!/[.!?…]/.test(paragraph[i] ?? "")) continue;
    const end = isSentenceEnd(paragraph, i);
    if (end !== null) return paragraph.slice(0, end);
  }
  return paragraph;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.lastIndexOf(" ", max);
  if (cut < max / 2) {
    cut = max;
    if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? "")) cut--;
  }
  return `${text.slice(0, cut).replace(/[\s,;:—–-]+$/, "")}…`;
}

/** A title for an article without one: the first sentence of its first paragraph, cut to ~90 characters. */
export function deriveTitle(text: string): string {
  const paragraphs = normalizeText(text)
    .split("\n\n")
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 0);
  const first = paragraphs.find((p) => !DATELINE_PARAGRAPH.test(p)) ?? paragraphs[0] ?? "";
  let body = first;
  for (const prefix of DATELINE_PREFIX) body = body.replace(prefix, "");
  return shorten(firstSentence(body || first).trim(), TITLE_MAX);
}

/** A metadata string cleaned to one line, or null when empty. */
export function cleanField(value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const s = normalizeText(String(value)).replace(/\s+/g, " ");
  return s.length > 0 ? s : null;
}

/** An explicit id reduced to [A-Za-z0-9._-], or null when nothing usable is left. */
export function sanitizeId(value: unknown): string | null {
  if (typeof value !== "string" && !(typeof value === "number" && Number.isFinite(value))) return null;
  const s = String(value)
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, "_")
    .replace(/^[._]+/, "")
    .slice(0, ID_MAX);
  return s.length > 0 ? s : null;
}

/** What `buildArticle` had to leave out of a draft: a date given but unreadable is kept as no date. */
export function draftWarnings(draft: ArticleDraft): string[] {
  const raw = draft.published;
  const given = typeof raw === "string" ? raw.trim() !== "" : raw !== null && raw !== undefined;
  if (!given || parseDate(raw) !== null) return [];
  const shown = typeof raw === "string" ? JSON.stringify(raw.trim().slice(0, 60)) : String(raw);
  return [`unreadable date ${shown}: the article is kept without a date`];
}

/**
 * Normalises a draft's text and metadata and gives it identity: the explicit id if any, else
 * `articleId(url, source)`; a derived title when it has none. Null when no text is left.
 */
export function buildArticle(draft: ArticleDraft, source: string): LoadedArticle | null {
  const text = normalizeText(draft.text);
  if (text.length === 0) return null;
  const url = cleanField(draft.url);
  const title = cleanField(draft.title);
  const meta: ArticleMeta = {
    id: sanitizeId(draft.id) ?? articleId(url, source),
    title: title ?? deriveTitle(text),
    titleDerived: title === null,
    url,
    published: parseDate(draft.published),
    publisher: cleanField(draft.publisher),
    byline: cleanField(draft.byline),
    section: cleanField(draft.section),
    language: cleanField(draft.language),
    source,
  };
  return { meta, text, hash: contentHash(meta, text) };
}
