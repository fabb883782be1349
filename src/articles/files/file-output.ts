/** What reading one corpus file gives: its records and its skips. */
import type { LoadedArticle, SkippedItem } from "../article";
import type { ArticleDraft } from "../article-identity";

/** A record of a file: a draft to build, or an article reused from the previous ingest. */
export interface Item {
  source: string;
  draft?: ArticleDraft;
  reused?: LoadedArticle;
  /** sha1 of the raw `.jsonl` line. */
  line?: string;
  /** What was kept despite a problem (an unreadable date). */
  warnings?: string[];
}

export interface FileOutput {
  skipped: SkippedItem[];
  items: Item[];
}
