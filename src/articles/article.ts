/** What the loaders hand to the ingest pipeline: one article, normalised, with identity. */
import type { ArticleMeta } from "../core/types";

export interface LoadedArticle {
  meta: ArticleMeta;
  /** Normalised text: NFC, cleaned whitespace, paragraphs separated by one blank line. Quotes are cut from it. */
  text: string;
  /** sha256 hex of the metadata and text, so any change re-ingests the article. */
  hash: string;
}

export interface SkippedItem {
  /** The file (corpus-relative) and, for a record inside an export, `#line` or `#index`. */
  source: string;
  reason: string;
}

/** Something kept despite a problem, e.g. an unreadable date left empty. */
export interface ArticleWarning {
  source: string;
  warning: string;
}

export interface LoadResult {
  articles: LoadedArticle[];
  skipped: SkippedItem[];
  /** Articles kept with a problem (an unreadable date), one entry per problem. */
  warnings?: ArticleWarning[];
}
