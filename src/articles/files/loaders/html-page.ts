/** HTML article pages: headline, canonical url, date, byline, publisher and language from the markup; text via Readability. */
import type { LoaderOutput } from "../../article-identity";
import { type DomDocument, type DomElement, htmlToText, parseDocument } from "../../html/html-to-text";
import { parseDate, publishedField } from "../../parse-date";

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const oneLine = (value: string | null | undefined): string | null => {
  const s = (value ?? "").replace(/\s+/g, " ").trim();
  return s.length > 0 ? s : null;
};

const elements = (list: ArrayLike<DomElement>): DomElement[] => Array.from(list);

/** `<meta>` contents keyed by lowercase property, name or itemprop; the first non-empty one wins. */
function metaTags(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of elements(doc.querySelectorAll("meta"))) {
    const content = oneLine(el.getAttribute("content"));
    if (content === null) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const k = el.getAttribute(attr)?.trim().toLowerCase();
      if (k && !map.has(k)) map.set(k, content);
    }
  }
  return map;
}

/** Every JSON-LD node on the page, flattened out of arrays and `@graph`s. */
function jsonLdNodes(doc: DomDocument): JsonObject[] {
  const nodes: JsonObject[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(add);
    else if (isObject(value)) {
      nodes.push(value);
      if (value["@graph"] !== undefined) add(value["@graph"]);
    }
  };
  for (const script of elements(doc.querySelectorAll("script"))) {
    if (!/ld\+json/i.test(script.getAttribute("type") ?? "")) continue;
    try {
      add(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken JSON-LD block is ignored; the rest of the page still counts.
    }
  }
  return nodes;
}

/** The JSON-LD node describing the article, if any. */
function jsonLdArticle(doc: DomDocument): JsonObject | null {
  const nodes = jsonLdNodes(doc);
  const typed = nodes.find((node) => {
    const types = ([] as unknown[]).concat(node["@type"] ?? []);
    return types.some((t) => typeof t === "string" && /Article$|^BlogPosting$|^Report$/.test(t));
  });
  return (
    typed ?? nodes.find((node) => node.datePublished !== undefined || node.headline !== undefined) ?? null
  );
}

/** Names from a JSON-LD person/organisation: a string, `{ name }`, or an array of those. */
function ldNames(value: unknown): string | null {
  const list = ([] as unknown[]).concat(value ?? []);
  const names = list
    .map((v) =>
      typeof v === "string" ? oneLine(v) : isObject(v) && typeof v.name === "string" ? oneLine(v.name) : null,
    )
    .filter((n): n is string => n !== null);
  return names.length > 0 ? names.join(", ") : null;
}

const ldString = (value: unknown): string | null => {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" ? oneLine(v) : null;
};

/** A `<title>` without its trailing " | Site" or " - Site". */
export function stripSiteSuffix(title: string, site: string | null): string {
  if (site) {
    for (const sep of [" | ", " - ", " – ", " — ", " · ", " :: "]) {
      if (title.endsWith(`${sep}${site}`) && title.length > sep.length + site.length) {
        return title.slice(0, title.length - sep.length - site.length).trim();
      }
    }
  }
  const piped = /^(.*\S)\s+[|·]\s+[^|·]+$/.exec(title);
  if (piped?.[1]) return piped[1];
  // After a dash, only a short name-like suffix ("Riverside Gazette", "BBC News") is a site name.
  const dashed = /^(.*\S)\s+[-–—]\s+([^-–—]+)$/.exec(title);
  const suffix = dashed?.[2]?.trim() ?? "";
  const words = suffix.split(/\s+/);
  if (
    dashed?.[1] &&
    suffix.length <= 40 &&
    words.length <= 5 &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))
  ) {
    return dashed[1];
  }
  return title;
}

function absoluteUrl(href: string | null | undefined, base?: string | null): string | null {
  const value = oneLine(href);
  if (value === null) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

function canonicalUrl(doc: DomDocument, meta: Map<string, string>): string | null {
  const ogUrl = absoluteUrl(meta.get("og:url"));
  const canonical = elements(doc.querySelectorAll("link")).find((link) =>
    (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"),
  );
  return absoluteUrl(canonical?.getAttribute("href"), ogUrl) ?? ogUrl;
}

/** The first readable date among the page's candidates; else the first one given (see publishedField). */
function publishedDate(doc: DomDocument, meta: Map<string, string>, ld: JsonObject | null): unknown {
  const candidates: unknown[] = [
    meta.get("article:published_time"),
    meta.get("pubdate"),
    meta.get("publishdate"),
    meta.get("date"),
    meta.get("dc.date.issued"),
  ];
  for (const el of elements(doc.querySelectorAll("[itemprop]"))) {
    if (el.getAttribute("itemprop")?.trim().toLowerCase() === "datepublished") {
      candidates.push(el.getAttribute("content") ?? el.getAttribute("datetime") ?? el.textContent);
    }
  }
  const article = doc.querySelector("article");
  if (article) {
    const times = elements(article.querySelectorAll("time[datetime]"));
    const time = times.find((t) => t.hasAttribute("pubdate")) ?? times[0];
    candidates.push(time?.getAttribute("datetime"));
  }
  candidates.push(ld?.datePublished);
  for (const candidate of candidates) {
    const date = parseDate(candidate);
    if (date !== null) return date;
  }
  return candidates.map(publishedField).find((raw) => raw !== null) ?? null;
}

const stripBy = (byline: string | null): string | null => oneLine(byline?.replace(/^\s*by\s+/i, ""));

function byline(
  meta: Map<string, string>,
  ld: JsonObject | null,
  readabilityByline: string | null,
): string | null {
  const articleAuthor = meta.get("article:author");
  // article:author is often a profile url, which is no byline.
  const named = articleAuthor && !/^https?:\/\//i.test(articleAuthor) ? articleAuthor : null;
  return stripBy(meta.get("author") ?? named ?? ldNames(ld?.author) ?? readabilityByline);
}

function language(doc: DomDocument, meta: Map<string, string>, ld: JsonObject | null): string | null {
  const lang = oneLine(doc.documentElement?.getAttribute("lang"));
  if (lang) return lang;
  const locale = meta.get("og:locale");
  if (locale) return locale.replace("_", "-");
  return ldString(ld?.inLanguage);
}

/** One HTML page. */
export function loadHtmlPage(html: string, source: string): LoaderOutput {
  const doc = parseDocument(html);
  const meta = metaTags(doc);
  const ld = jsonLdArticle(doc);
  const url = canonicalUrl(doc, meta);
  const publisher = meta.get("og:site_name") ?? (isObject(ld?.publisher) ? ldNames(ld.publisher) : null);
  const h1 = doc.querySelector("article h1") ?? doc.querySelector("h1");
  const pageTitle = oneLine(doc.querySelector("title")?.textContent);
  const extracted = htmlToText(html, url ?? undefined);
  const title =
    meta.get("og:title") ??
    oneLine(h1?.textContent) ??
    (pageTitle ? stripSiteSuffix(pageTitle, publisher) : null) ??
    ldString(ld?.headline) ??
    extracted.title;

  return {
    drafts: [
      {
        source,
        draft: {
          title,
          url,
          published: publishedDate(doc, meta, ld),
          publisher,
          byline: byline(meta, ld, extracted.byline),
          section: meta.get("article:section") ?? ldString(ld?.articleSection),
          language: language(doc, meta, ld),
          text: extracted.text,
        },
      },
    ],
    skipped: [],
  };
}
