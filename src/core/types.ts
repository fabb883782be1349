/** The platform-free vocabulary of the core: articles, passages, answers. */

import type { CorrectionNote } from "../text/correction-notes";
import type { Speaker } from "./quotation-types";

/** What the archive knows about one article, apart from its text. */
export interface ArticleMeta {
  /** Stable id: from the url when there is one, else from the file path (and record index). */
  id: string;
  title: string;
  /** True when the source had no headline and `title` was derived from the text. */
  titleDerived: boolean;
  url: string | null;
  /** YYYY-MM-DD, YYYY-MM or YYYY: only as precise as the source. */
  published: string | null;
  publisher: string | null;
  byline: string | null;
  section: string | null;
  language: string | null;
  /** Where it came from: a corpus-relative path, or a source name (feed, WordPress site). */
  source: string;
  /** Near-duplicate cluster, set at ingest: the id of the story's earliest copy (near-duplicates.ts). */
  cluster?: string;
  /** Correction and update notes at the top or bottom of the text, set at ingest (correction-notes.ts). */
  corrections?: CorrectionNote[];
}

/** A retrieved piece of an article, with its place in the article's normalised text. */
export interface Passage {
  chunkId: string;
  article: ArticleMeta;
  /** The chunk text, equal to `articleText.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Fused rank score, higher is better (comparable only within one result list). */
  score: number;
  /** Share (0..1) of the query's content words, weighted by IDF, that the passage's article contains. */
  relevance: number;
}

/** Optional narrowing of a search. Dates compare as strings, so partial dates work. */
export interface SearchFilters {
  /** Inclusive lower bound, YYYY[-MM[-DD]]. */
  from?: string;
  /** Inclusive upper bound, YYYY[-MM[-DD]]. */
  to?: string;
  /** Keep only these publishers (case-insensitive). */
  publishers?: string[];
  /** Keep only articles in these sections (case-insensitive; a channel's setting, issue 17). */
  sections?: string[];
  /** Keep only these articles (by id): the archived stories a question links to (pasted-links.ts). */
  articles?: string[];
}

export interface Citation {
  /** Source number, shared by every quote from the same article; numbered in order of first citation. */
  n: number;
  articleId: string;
  title: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
  /** Verbatim substring of the article's normalised text. */
  quote: string;
  /** Who said it, when the quote is a direct quotation with a known speaker (role as the article writes it). */
  speaker?: Speaker;
  /** When the cited copy updates an earlier version of the story: the cited copy's date (`published` is the first). */
  updated?: string | null;
  /** The same story under other publishers or URLs (near-duplicates), earliest first. */
  alsoIn?: AlsoIn[];
  /** The article's correction or update notes, as written. */
  correction?: string;
}

/** Another copy of a cited story. */
export interface AlsoIn {
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
}

/** The answer JSON: what every adapter renders and what `ask --json` prints. */
export interface Answer {
  status: "answered" | "not_found";
  question: string;
  /** The reply as plain text, with [n] markers. */
  text: string;
  citations: Citation[];
  /** Newest publication date in the index. */
  asOf: string | null;
  /** The day the question was asked at (YYYY-MM-DD), when it was given. */
  askedAt?: string;
  /**
   * "timeline" for a question about how a story developed ("timeline of…", "history of…"): one quote per
   * article, citations and text lines in date order, oldest first, each line starting with its date.
   * "small_talk" for a not_found given without searching to a greeting, a question about the bot or a request
   * no archive answers ("tell me a joke"): small-talk.ts. Absent for an ordinary answer.
   */
  kind?: "timeline" | "small_talk";
  /** The filters the asker gave (CLI flags, chat tokens or options), echoed back; absent when none. */
  filters?: SearchFilters;
  /**
   * The answerability model's probability (0..1, 3 decimals) that the archive holds the answer
   * (core/answerability/answerability.ts); 0 when nothing was retrieved. Auto-answer channels stay silent below their own
   * threshold (docs/performance.md). Absent from answers made elsewhere (tests, other archives).
   */
  answerability?: number;
}

/** Why a question could not be asked at all; the message is meant for the user. */
export interface QuestionProblem {
  code: "empty" | "no_words" | "too_long" | "context_too_long";
  message: string;
}

export type AskResult = { ok: true; answer: Answer } | { ok: false; problem: QuestionProblem };

export interface AskOptions {
  filters?: SearchFilters;
  /**
   * Earlier questions in the same conversation (oldest first), used to read a follow-up. Each is capped like
   * the question (MAX_QUESTION_CHARS, else `context_too_long`); only the last three are used.
   */
  context?: string[];
  /** Retrieval mode; hybrid unless an evaluation compares the single modes. */
  mode?: "hybrid" | "vector" | "bm25";
  /**
   * When the question is asked (ISO date or instant; the message's time in chat, today or `--as-of` in the
   * CLI). Articles published after it are not used, and recent ones rank higher.
   */
  askedAt?: string;
}

/** Counts reported after an ingest; `skipped` names each file or record and why. */
export interface IngestSummary {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  /** Articles carrying a correction or update note. */
  corrected?: number;
  /** Articles that are a near-duplicate copy of another article's story. */
  duplicates?: number;
  /** Near-duplicate shingle samples computed in this ingest, and reused from the index for unchanged texts. */
  nearDuplicateSamples?: { computed: number; reused: number };
  skipped: { source: string; reason: string }[];
  /** Articles kept despite a problem (an unreadable date left empty), one entry per problem. */
  warnings?: { source: string; warning: string }[];
  /** Sources (sources config) that could not be read; their articles already in the index were kept. */
  failedSources?: { source: string; reason: string }[];
  chunks: number;
  /** Chunks whose vectors were reused from the previous index or the embedding cache. */
  reusedEmbeddings: number;
  /** Of those, chunks served by the embedding cache (embedders with a cache only, e.g. OpenAI). */
  cachedEmbeddings?: number;
  articles: number;
  indexVersion: string;
  seconds: number;
}

export interface IngestProgress {
  phase: "read" | "embed" | "index" | "save";
  done: number;
  total: number;
}
