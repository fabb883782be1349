/** Plain-text scraped pages: site-name line, headline line, body; duplicated captions kept once; optional sidecar. */
import type { ArticleDraft, LoaderOutput } from "../../article-identity";
import { normalizeText } from "../../normalize-text";
import { recordMeta } from "./json-export";

/** A leading line that reads as a site name or headline rather than body text. */
const isHeaderLine = (line: string): boolean => line.length <= 200 && !/[.,;:]["'”’)]*$/.test(line);

const key = (s: string): string => s.replace(/\s+/g, " ").trim();

/** The text as paragraphs of lines, with every consecutive duplicate (line or paragraph) kept once. */
export function dropConsecutiveDuplicates(text: string): string[][] {
  const paragraphs: string[][] = [];
  let previousParagraph = "";
  let previousLine = "";
  for (const paragraph of normalizeText(text).split("\n\n")) {
    const lines: string[] = [];
    for (const line of paragraph.split("\n")) {
      const k = key(line);
      if (k === "" || k === previousLine) continue;
      lines.push(line);
      previousLine = k;
    }
    const k = key(lines.join(" "));
    if (k === "" || k === previousParagraph) continue;
    paragraphs.push(lines);
    previousParagraph = k;
  }
  return paragraphs;
}

/** Up to two leading header lines (site name, headline), and the paragraphs after them. */
function splitHeader(paragraphs: string[][]): { header: string[]; body: string[][] } {
  const header: string[] = [];
  let i = 0;
  while (i < paragraphs.length && header.length < 2) {
    const lines = paragraphs[i] ?? [];
    if (lines.length > 2 || lines.length + header.length > 2 || !lines.every(isHeaderLine)) break;
    header.push(...lines);
    i++;
  }
  return { header, body: paragraphs.slice(i) };
}

/**
 * One scraped `.txt` page. With two header lines the first is the site (publisher) and the second
 * the headline; with one it is the headline. `sidecar` (a parsed `.meta.json`) overrides any field.
 */
export function loadScrapedText(
  content: string,
  source: string,
  sidecar?: Record<string, unknown> | null,
): LoaderOutput {
  const { header, body } = splitHeader(dropConsecutiveDuplicates(content));
  const site = header.length === 2 ? (header[0] ?? null) : null;
  const headline = header[header.length - 1] ?? null;
  const draft: ArticleDraft = {
    title: headline,
    publisher: site,
    text: body.map((lines) => lines.join("\n")).join("\n\n"),
  };
  if (sidecar) {
    for (const [field, value] of Object.entries(recordMeta(sidecar))) {
      if (value !== null && value !== undefined) (draft as unknown as Record<string, unknown>)[field] = value;
    }
  }
  return { drafts: [{ source, draft }], skipped: [] };
}
