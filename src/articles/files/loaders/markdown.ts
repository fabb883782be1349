/** Markdown articles with YAML front matter: metadata from the front matter, text lightly un-marked-down. */
import matter from "gray-matter";
import type { ArticleDraft, LoaderOutput } from "../../article-identity";
import { normalizeText } from "../../normalize-text";
import { publishedField } from "../../parse-date";

const refuse = (language: string) => (): object => {
  throw new Error(`front matter in ${language} is not allowed (only YAML or JSON)`);
};
/** gray-matter would `eval` `---js` front matter: a corpus file must never run code. */
const MATTER_OPTIONS = {
  engines: { javascript: refuse("JavaScript"), coffee: refuse("CoffeeScript") },
};

const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!>~|<])/g;

/** Strips inline Markdown from one line: images, links, emphasis, code spans. */
function stripInline(line: string): string {
  const escaped: string[] = [];
  let s = line.replace(ESCAPABLE, (_m, ch: string) => {
    escaped.push(ch);
    return `\uE000${escaped.length - 1}\uE001`;
  });
  s = s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, "")
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1")
    .replace(/<!--.*?-->/g, "")
    .replace(/(`+)(.+?)\1/g, "$2")
    .replace(/(\*\*|__)(?=\S)(.*?\S)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, "$1$2")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, "$1$2")
    .replace(/~~(?=\S)(.*?\S)~~/g, "$1");
  return s.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => escaped[Number(i)] ?? "");
}

const HEADING = /^ {0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const SETEXT = /^ {0,3}(?:=+|-{2,})\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const REFERENCE = /^ {0,3}\[[^\]]+\]:\s*\S+/;

/** Markdown to plain text, line by line: paragraphs and line breaks stay exactly where they were. */
export function stripMarkdown(body: string): string {
  const lines = body
    .replace(/\r\n?/g, "\n")
    .replace(/<!--[\s\S]*?-->/g, "")
    .split("\n");
  const out: string[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length) {
        fence = null;
        out.push("");
      } else {
        out.push(line);
      }
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1] ?? "```";
      out.push("");
      continue;
    }
    if (SETEXT.test(line) && (out[out.length - 1] ?? "").trim() !== "") {
      // "Title\n=====": the underline goes, the title stays, as a paragraph of its own.
      out.push("");
      continue;
    }
    if (RULE.test(line) || REFERENCE.test(line)) {
      out.push("");
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      // A heading is a paragraph of its own even when text follows on the next line.
      out.push("", stripInline(heading[1] ?? ""), "");
      continue;
    }
    let s = line.replace(/^(\s*>)+\s?/, "");
    s = s.replace(/^(\s*)[*+]\s+/, "$1- ");
    out.push(stripInline(s));
  }
  return out.join("\n");
}

function str(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

/** The first non-empty line, if it is an ATX heading: its text and the body without it. */
function leadingHeading(body: string): { title: string; rest: string } | null {
  const m = /^\s*(#{1,6}\s+.*)(?:\n|$)/.exec(body);
  if (!m) return null;
  const title = stripInline(HEADING.exec(m[1] ?? "")?.[1] ?? "").trim();
  return title ? { title, rest: body.slice(m[0].length) } : null;
}

const sameText = (a: string, b: string): boolean =>
  normalizeText(a).replace(/\s+/g, " ").toLowerCase() === normalizeText(b).replace(/\s+/g, " ").toLowerCase();

/** One Markdown file: front matter (title, url, published, publisher, byline, section, language, id) and text. */
export function loadMarkdown(content: string, source: string): LoaderOutput {
  let data: Record<string, unknown>;
  let body: string;
  try {
    const parsed = matter(content, MATTER_OPTIONS);
    data = parsed.data as Record<string, unknown>;
    body = parsed.content;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { drafts: [], skipped: [{ source, reason: `malformed YAML front matter: ${message}` }] };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      drafts: [],
      skipped: [{ source, reason: "malformed YAML front matter: not a mapping of fields" }],
    };
  }

  let title = str(data.title);
  const heading = leadingHeading(body);
  if (heading && (title === null || sameText(heading.title, title))) {
    title ??= heading.title;
    body = heading.rest;
  }

  const draft: ArticleDraft = {
    id: data.id,
    title,
    url: str(data.url),
    published: publishedField(data.published ?? data.date),
    publisher: str(data.publisher),
    byline: str(data.byline ?? data.author),
    section: str(data.section),
    language: str(data.language ?? data.lang),
    text: stripMarkdown(body),
  };
  return { drafts: [{ source, draft }], skipped: [] };
}
