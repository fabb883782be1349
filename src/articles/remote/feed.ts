/** Loads the items of an RSS 2.0 or Atom feed, fetched with fetchWithRetry and parsed by rss-parser. */
import type Parser from "rss-parser";
import type { LoadedArticle, SkippedItem } from "../article";
import { articleId, buildArticle } from "../article-identity";
import { htmlToText } from "../html/html-to-text";
import { failedLoad, inlineText, reasonOf, type SourceLoad } from "../source-load";
import { type FeedSource, sourceKey } from "../source-spec";
import { type FetchPolicy, fetchWithRetry } from "./fetch-with-retry";

/** The item fields rss-parser fills that this loader reads (`content:encoded` comes from its default fields). */
interface FeedItem {
  title?: string;
  link?: string;
  guid?: string;
  /** Atom entry id. */
  id?: string;
  isoDate?: string;
  pubDate?: string;
  creator?: string;
  author?: string;
  "content:encoded"?: string;
  content?: string;
  summary?: string;
  categories?: unknown[];
}

const ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

const str = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value : null;

/** rss-parser gives a category as a string, or as `{ _: name, $: attributes }` when it has attributes. */
function categoryName(category: unknown): string | null {
  if (typeof category === "string") return str(category);
  return str((category as { _?: unknown } | null)?._);
}

function toArticle(item: FeedItem, source: FeedSource, publisher: string | null): LoadedArticle | string {
  // content:encoded is the full post in RSS; Atom's <content> is too; else the summary/description.
  const html = str(item["content:encoded"]) ?? str(item.content) ?? str(item.summary);
  const text = html ? htmlToText(html).text : "";
  if (text === "") return "no content";
  const title = inlineText(item.title);
  const link = str(item.link);
  const identity = str(item.guid) ?? str(item.id) ?? link;
  const key = sourceKey(source);
  const article = buildArticle(
    {
      id: articleId(identity, `${key}#${title ?? ""}|${item.pubDate ?? ""}`),
      title,
      url: link,
      published: str(item.isoDate) ?? str(item.pubDate),
      publisher: source.publisher ?? publisher,
      byline: inlineText(item.creator ?? item.author),
      section: categoryName(item.categories?.[0]),
      text,
    },
    key,
  );
  return article ?? "no content";
}

/**
 * The feed's current items. Feeds list only recent items, so the load is never `complete`: articles that
 * dropped out of the feed stay in the index. Unreachable or malformed XML fails the source.
 */
export async function loadFeed(
  source: FeedSource,
  options: { fetch?: Partial<FetchPolicy> } = {},
): Promise<SourceLoad> {
  const key = sourceKey(source);
  let xml: string;
  try {
    xml = (
      await fetchWithRetry(source.url, {
        ...options.fetch,
        allowRedirectOrigins: source.allowRedirectOrigins ?? [],
        headers: { accept: ACCEPT },
      })
    ).text;
  } catch (error) {
    return failedLoad(reasonOf(error));
  }
  let feed: Parser.Output<FeedItem>;
  try {
    // Required here, not at the top: only a feed sync loads rss-parser.
    const RssParser = require("rss-parser") as typeof Parser;
    feed = await new RssParser<Record<string, unknown>, FeedItem>().parseString(xml);
  } catch (error) {
    return failedLoad(`malformed feed XML (${reasonOf(error).split("\n")[0]})`);
  }
  const publisher = inlineText(feed.title);
  const articles = new Map<string, LoadedArticle>();
  const skipped: SkippedItem[] = [];
  feed.items.forEach((item, index) => {
    const where = `${key} item ${index + 1}${item.link ? ` (${item.link})` : ""}`;
    let result: LoadedArticle | string;
    try {
      result = toArticle(item, source, publisher);
    } catch (error) {
      result = `could not read (${reasonOf(error)})`;
    }
    if (typeof result === "string") skipped.push({ source: where, reason: result });
    else if (articles.has(result.meta.id)) skipped.push({ source: where, reason: "same item listed twice" });
    else articles.set(result.meta.id, result);
  });
  return { articles: [...articles.values()], skipped, complete: false };
}
