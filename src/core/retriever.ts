/** The port the core reads the archive through; src/index/search implements it over the on-disk index. */
import type { Quotation } from "./quotation-types";
import type { RecencyPrior } from "./time-relevance";
import type { ArticleMeta, Passage, SearchFilters } from "./types";

export type SearchMode = "hybrid" | "vector" | "bm25";

export interface SearchRequest {
  /** At most this many passages; at most two per article. */
  limit: number;
  filters?: SearchFilters;
  /** Hybrid (default) fuses vector and BM25 rankings; the single modes exist for evaluation. */
  mode?: SearchMode;
  /** YYYY-MM-DD the question is asked at: articles published after it are not used (undated ones are). */
  asOf?: string;
  /** With `asOf`: favour articles published near it. */
  recency?: RecencyPrior;
  /** Only articles whose text holds one of these, as written (a later story naming an event's date). */
  mentioning?: string[];
}

export interface Retriever {
  /** Identifies the index version being read. */
  readonly version: string;
  /** Newest publication date in the index. */
  readonly asOf: string | null;
  search(query: string, request: SearchRequest): Promise<Passage[]>;
  /**
   * Newest publication date among the articles dated inside a window (bounds YYYY[-MM[-DD]], inclusive, as
   * SearchFilters compare them): what an answer asked at a date or about a period was drawn from. Null when
   * none is; without it, callers fall back to `asOf`.
   */
  newestPublished?(window: { from?: string; to?: string }): string | null;
  /** IDF-like weight of a lower-cased token in this archive (rare words weigh more). */
  termWeight(token: string): number;
  /**
   * Every copy of the article's story (its near-duplicate cluster, itself included), leaving out copies
   * published after `asOf`; without clusters, none.
   */
  storyCopies?(articleId: string, asOf?: string): ArticleMeta[];
  /** Of these index terms (tokenize.ts `terms`), those the article (headline or text) does not contain. */
  missingTerms?(terms: string[], articleId: string): string[];
  /** For each word, the cosine similarity of its nearest word in `texts` by the word vectors (0..1). */
  nearestWords?(words: string[], texts: string[]): Map<string, number>;
  /** How common a lower-case word is in English: its frequency rank (0 = most frequent), or -1 when unknown. */
  wordRank?(word: string): number;
  /** Whether any passage of the archive holds this index term (tokenize.ts `terms`). */
  holdsTerm?(term: string): boolean;
  /**
   * How the archive writes a lower-case word inside its sentences when it nearly always capitalises it there
   * ("microsoft" → "Microsoft", "eba" → "EBA"); null when it writes it in lower case, or seldom or never.
   */
  writtenForm?(word: string): string | null;
  /**
   * The archive's most frequent spelling-out of an acronym (text/spelled-out-names.ts): "Cambodia Center for
   * Human Rights" for CCHR; null when it spells none.
   */
  spelledOut?(acronym: string): string | null;
  /**
   * The archived article at a link as someone pasted it (any scheme, with or without `www.`, tracking
   * parameters or a trailing slash), or null when the archive holds no article at that link.
   */
  linkedArticle?(url: string): string | null;
  /** The normalised text of an article, for tracing and verifying quotes. */
  articleText(articleId: string): string | undefined;
  /** The article's direct quotations with their speakers, found at ingest (none in older index versions). */
  quotations?(articleId: string): Quotation[];
}
