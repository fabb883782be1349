/** HTML (a whole page or a fragment) to normalised text with paragraph breaks kept, via Readability over linkedom. */
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import { BotError } from "../../errors";
import { parseHTML } from "../../text/html-fragment";
import { normalizeText } from "../normalize-text";
import { htmlDepth, MAX_HTML_DEPTH } from "./html-depth";

/**
 * Readability gives up (and the page body is read without it) above this many elements: its scoring
 * grows faster than linearly. Real article pages hold a few thousand.
 */
export const MAX_READABILITY_ELEMENTS = 20_000;

let readability: typeof ReadabilityClass | undefined;

/** Readability, required on first use: commands that never meet HTML (`ask`) do not load it. */
function loadReadability(): typeof ReadabilityClass {
  readability ??= (require("@mozilla/readability") as { Readability: typeof ReadabilityClass }).Readability;
  return readability;
}

/** The slice of the DOM this module and the HTML loader use (the project compiles without the DOM lib). */
export interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
export interface DomElement extends DomNode {
  localName: string;
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
export interface DomDocument {
  title: string;
  body: DomElement | null;
  documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface HtmlText {
  text: string;
  title: string | null;
  byline: string | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** Elements that start and end a paragraph. */
const BLOCKS = new Set(
  (
    "address article blockquote caption center dd details dialog div dl dt fieldset figcaption figure " +
    "h1 h2 h3 h4 h5 h6 header hgroup li main ol p pre section summary table tbody thead tfoot tr ul " +
    "aside footer"
  ).split(" "),
);
/** Elements whose text is never article text. */
const NEVER = new Set(
  "script style noscript template svg math iframe object embed canvas head button select option input textarea nav form".split(
    " ",
  ),
);
/** Page furniture, dropped too when a whole page is read without Readability. */
const PAGE_FURNITURE = new Set([...NEVER, "header", "footer", "aside", "dialog"]);

/**
 * Parses HTML into a DOM; a fragment is wrapped in a document so that it lands in <body>. Throws, before
 * parsing, for HTML nested deeper than MAX_HTML_DEPTH (see html-depth.ts).
 */
export function parseDocument(html: string): DomDocument {
  if (htmlDepth(html) > MAX_HTML_DEPTH)
    throw new BotError(
      "html_too_deep",
      `HTML nested more than ${MAX_HTML_DEPTH} elements deep; refused before parsing, so that one page cannot stall the ingest`,
    );
  const source = isFullDocument(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as DomDocument;
}

function isFullDocument(html: string): boolean {
  return /<!doctype\s|<html[\s>]|<body[\s>]/i.test(html.slice(0, 5000));
}

/** The text under `root`, with a paragraph break around every block element and at every <br>. */
export function blockText(root: DomNode, skip: ReadonlySet<string> = NEVER): string {
  const out: string[] = [];
  const visit = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      const value = node.nodeValue ?? "";
      out.push(pre ? value : value.replace(/[ \t\n\r\f]+/g, " "));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as DomElement;
    const tag = node.nodeType === ELEMENT_NODE ? el.localName.toLowerCase() : "";
    if (tag !== "") {
      if (skip.has(tag) || el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return;
      if (tag === "br" || tag === "hr") {
        out.push("\n\n");
        return;
      }
    }
    const block = BLOCKS.has(tag);
    if (block) out.push("\n\n");
    else if (tag === "td" || tag === "th") out.push(" ");
    for (const child of Array.from(node.childNodes)) visit(child, pre || tag === "pre");
    if (block) out.push("\n\n");
  };
  visit(root, false);
  return normalizeText(out.join(""));
}

function readable(html: string): { content: DomNode; title: string | null; byline: string | null } | null {
  try {
    const doc = parseDocument(html);
    // biome-ignore lint/suspicious/noExplicitAny: Readability is typed against the DOM lib, which this project does not load.
    const reader = new (loadReadability())<DomNode>(doc as any, {
      serializer: (node) => node as unknown as DomNode,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
    });
    const article = reader.parse();
    if (!article?.content) return null;
    return { content: article.content, title: article.title || null, byline: article.byline || null };
  } catch {
    return null;
  }
}

/**
 * The readable text of `html`. A whole page goes through Readability (falling back to the page body
 * without its furniture); a fragment (an export's body, WordPress `content.rendered`) is read as is.
 */
export function htmlToText(html: string, _url?: string): HtmlText {
  if (isFullDocument(html)) {
    const article = readable(html);
    const text = article ? blockText(article.content) : "";
    if (article && text.length > 0) {
      return { text, title: clean(article.title), byline: clean(article.byline) };
    }
    const doc = parseDocument(html);
    const root = doc.body ?? doc.documentElement;
    return { text: root ? blockText(root, PAGE_FURNITURE) : "", title: clean(doc.title), byline: null };
  }
  const doc = parseDocument(html);
  return { text: doc.body ? blockText(doc.body) : "", title: null, byline: null };
}

function clean(value: string | null | undefined): string | null {
  const s = normalizeText(value ?? "").replace(/\s+/g, " ");
  return s.length > 0 ? s : null;
}
