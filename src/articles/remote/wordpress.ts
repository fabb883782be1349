/** Loads posts from a WordPress site through its REST API (/wp-json/wp/v2/posts), oldest change first. */

import type { LoadedArticle, SkippedItem } from "../article";
import { articleId, buildArticle } from "../article-identity";
import { htmlToText } from "../html/html-to-text";
import { failedLoad, inlineText, reasonOf, type SourceLoad } from "../source-load";
import { sourceKey, type WordPressSource } from "../source-spec";
import { type FetchPolicy, fetchWithRetry } from "./fetch-with-retry";

export const WORDPRESS_PER_PAGE = 100;
export const DEFAULT_MAX_PAGES = 50;

export interface WordPressLoadOptions {
  /** ISO instant: ask only for posts modified after it. Absent = every published post. */
  modifiedAfter?: string;
  /** Used when the source sets no `maxPages`. */
  maxPages?: number;
  fetch?: Partial<FetchPolicy>;
}

/** The fields of a post this loader reads (https://developer.wordpress.org/rest-api/reference/posts/). */
interface WordPressPost {
  id: number | string;
  link?: unknown;
  guid?: { rendered?: unknown };
  status?: unknown;
  title?: { rendered?: unknown };
  date?: unknown;
  date_gmt?: unknown;
  modified_gmt?: unknown;
  content?: { rendered?: unknown; protected?: unknown };
  _embedded?: {
    author?: { name?: unknown }[];
    "wp:term"?: { taxonomy?: unknown; name?: unknown }[][];
  };
}

const str = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value : null;

/** `modified_gmt` has no zone designator; it is UTC. */
function toInstant(gmt: unknown): string | null {
  const value = str(gmt);
  if (!value) return null;
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function pageUrl(source: WordPressSource, page: number, modifiedAfter: string | undefined): string {
  const url = new URL(`${source.url}/wp-json/wp/v2/posts`);
  url.searchParams.set("per_page", String(WORDPRESS_PER_PAGE));
  url.searchParams.set("page", String(page));
  url.searchParams.set("_embed", "author,wp:term");
  url.searchParams.set("orderby", "modified");
  url.searchParams.set("order", "asc");
  if (modifiedAfter) url.searchParams.set("modified_after", modifiedAfter);
  return url.href;
}

function isPost(value: unknown): value is WordPressPost {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof value === "object" && value !== null && (typeof id === "number" || typeof id === "string");
}

/** The article id of a post: from its guid (…/?p=123), else its link, else the site and post id. */
function postArticleId(post: WordPressPost, source: WordPressSource): string {
  // The guid survives slug edits, and WordPress feeds use it too, so both sources agree on the id.
  const identity = str(post.guid?.rendered) ?? str(post.link) ?? `${source.url}/?p=${post.id}`;
  return articleId(identity, `${sourceKey(source)}#${post.id}`);
}

/** One post as an article, or the reason it cannot be one. */
function toArticle(post: WordPressPost, source: WordPressSource): LoadedArticle | string {
  if (post.status !== undefined && post.status !== "publish")
    return `not published (status ${String(post.status)})`;
  if (post.content?.protected === true) return "password-protected";
  const html = str(post.content?.rendered);
  const text = html ? htmlToText(html).text : "";
  if (text === "") return "no content";
  const link = str(post.link);
  const categories = (post._embedded?.["wp:term"] ?? [])
    .flat()
    .filter((term) => term?.taxonomy === "category")
    .map((term) => inlineText(str(term.name)))
    .filter((name): name is string => name !== null);
  const article = buildArticle(
    {
      id: postArticleId(post, source),
      title: inlineText(str(post.title?.rendered)),
      url: link,
      // `date` is the site's local date, as the newsroom printed it; `date_gmt` can fall on the next day.
      published: str(post.date) ?? str(post.date_gmt),
      publisher: source.publisher ?? new URL(source.url).hostname,
      byline: str(post._embedded?.author?.[0]?.name),
      section: categories.length > 0 ? categories.join(", ") : null,
      text,
    },
    sourceKey(source),
  );
  return article ?? "no content";
}

/**
 * Every published post (or those modified after `modifiedAfter`), following X-WP-TotalPages up to the
 * page limit. A page that cannot be fetched on the first request fails the source; malformed pages and
 * posts are skipped with a reason and the rest is loaded.
 */
export async function loadWordPress(
  source: WordPressSource,
  options: WordPressLoadOptions = {},
): Promise<SourceLoad> {
  const key = sourceKey(source);
  const maxPages = source.maxPages ?? options.maxPages ?? DEFAULT_MAX_PAGES;
  const byId = new Map<string, LoadedArticle>();
  const skipped: SkippedItem[] = [];
  let totalPages = 1;
  let cursor: string | undefined;
  let gap = false;
  let failure: string | undefined;
  for (let page = 1; page <= Math.min(totalPages, maxPages); page++) {
    const where = `${key} page ${page}`;
    let body: string;
    try {
      const response = await fetchWithRetry(pageUrl(source, page, options.modifiedAfter), {
        ...options.fetch,
        allowRedirectOrigins: source.allowRedirectOrigins ?? [],
        headers: { accept: "application/json" },
      });
      body = response.text;
      if (page === 1)
        totalPages = Math.max(1, Number.parseInt(response.headers.get("x-wp-totalpages") ?? "1", 10) || 1);
    } catch (error) {
      if (page === 1) return failedLoad(reasonOf(error));
      failure = `page ${page} of ${totalPages}: ${reasonOf(error)}`;
      break;
    }
    let posts: unknown;
    try {
      posts = JSON.parse(body);
    } catch (error) {
      posts = new SyntaxError(`malformed JSON (${reasonOf(error)})`);
    }
    if (!Array.isArray(posts)) {
      const reason =
        posts instanceof SyntaxError
          ? posts.message
          : `not a list of posts (${JSON.stringify(posts).slice(0, 120)})`;
      if (page === 1) return failedLoad(`not a WordPress posts response: ${reason}`);
      skipped.push({ source: where, reason });
      gap = true;
      continue;
    }
    posts.forEach((post: unknown, index) => {
      if (!isPost(post)) {
        skipped.push({ source: `${where} item ${index + 1}`, reason: "not a post object" });
        return;
      }
      const result = toArticle(post, source);
      if (typeof result === "string") skipped.push({ source: `${key} post ${post.id}`, reason: result });
      else byId.set(result.meta.id, result);
      const modified = toInstant(post.modified_gmt);
      // Pages come oldest change first, so the cursor may advance only while no page was lost.
      if (!gap && modified && (!cursor || modified > cursor)) cursor = modified;
    });
  }
  const truncated = totalPages > maxPages && !failure;
  if (truncated) {
    skipped.push({
      source: key,
      reason: `stopped after ${maxPages} of ${totalPages} pages (the limit per run); the rest follows on the next sync`,
    });
  }
  // An incremental sync sees only changed posts: the list of published ones tells which others are gone.
  const present = options.modifiedAfter && !failure ? await publishedPostIds(source, options) : undefined;
  return {
    articles: [...byId.values()],
    skipped,
    ...(present ? { present } : {}),
    complete: !options.modifiedAfter && !gap && !truncated && !failure,
    ...(failure ? { failure } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

/**
 * The article ids of every post the site still publishes (ids, guids and links only, `_fields`), so an
 * incremental sync can drop posts that were trashed, deleted, or set to draft, pending or private: the
 * public API lists only published posts. Undefined when the list cannot be read whole (then nothing is
 * dropped).
 */
export async function publishedPostIds(
  source: WordPressSource,
  options: WordPressLoadOptions = {},
): Promise<Set<string> | undefined> {
  const maxPages = source.maxPages ?? options.maxPages ?? DEFAULT_MAX_PAGES;
  const ids = new Set<string>();
  let totalPages = 1;
  for (let page = 1; page <= totalPages; page++) {
    if (page > maxPages) return undefined;
    const url = new URL(`${source.url}/wp-json/wp/v2/posts`);
    url.searchParams.set("per_page", String(WORDPRESS_PER_PAGE));
    url.searchParams.set("page", String(page));
    url.searchParams.set("_fields", "id,guid,link,status");
    url.searchParams.set("orderby", "id");
    url.searchParams.set("order", "asc");
    let posts: unknown;
    try {
      const response = await fetchWithRetry(url.href, {
        ...options.fetch,
        allowRedirectOrigins: source.allowRedirectOrigins ?? [],
        headers: { accept: "application/json" },
      });
      if (page === 1)
        totalPages = Math.max(1, Number.parseInt(response.headers.get("x-wp-totalpages") ?? "1", 10) || 1);
      posts = JSON.parse(response.text);
    } catch {
      return undefined;
    }
    if (!Array.isArray(posts) || !posts.every(isPost)) return undefined;
    for (const post of posts as WordPressPost[])
      if (post.status === undefined || post.status === "publish") ids.add(postArticleId(post, source));
  }
  return ids;
}
