/** What loading one source yields, shared by the folder, WordPress and feed loaders. */
import type { ArticleWarning, LoadedArticle, SkippedItem } from "./article";
import { htmlToText } from "./html/html-to-text";

export interface SourceLoad {
  articles: LoadedArticle[];
  skipped: SkippedItem[];
  /** Articles kept despite a problem (folders: an unreadable date). */
  warnings?: ArticleWarning[];
  /**
   * True when the source returned everything it holds, so its indexed articles that were not returned
   * are gone and can be removed. False for incremental or truncated syncs, feeds (a window of recent
   * items) and failed sources: their other articles are kept.
   */
  complete: boolean;
  /** Set when the source could not be read (after retries); its indexed articles are kept. */
  failure?: string;
  /**
   * Incremental WordPress syncs: the ids of every article the source still publishes. Indexed articles of
   * the source not in it (trashed, deleted, unpublished posts) are removed even though `complete` is false.
   */
  present?: Set<string>;
  /** WordPress: newest `modified_gmt` fetched without a gap, to ask only for later changes next time. */
  cursor?: string;
}

/** A failed source: nothing loaded, everything already indexed kept. */
export function failedLoad(reason: string, skipped: SkippedItem[] = []): SourceLoad {
  return { articles: [], skipped, complete: false, failure: reason };
}

/** An HTML snippet (a rendered title, a feed title) as one line of plain text, entities decoded. */
export function inlineText(html: string | null | undefined): string | null {
  if (!html) return null;
  const text = htmlToText(html).text.replace(/\s+/g, " ").trim();
  return text.length > 0 ? text : null;
}

/** An error's message, for skip and failure reasons. */
export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
