/**
 * The evaluation core, shared by `npm run eval` and the in-repo QA test: load question sets, ingest article
 * inputs (folders or single files) into a scratch index, answer every question through the real pipeline
 * (answerQuestion + the configured answerer) in each retrieval mode, and score the replies.
 */
import { access, copyFile, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { LoadedArticle, LoadResult } from "../../src/articles/article";
import { readCorpus } from "../../src/articles/files/read-corpus";
import { loadConfig } from "../../src/config";
import { answerQuestion, type RECENCY_PRIORS } from "../../src/core/answer-question";
import type { AnswerabilityModel, AnswerSignals } from "../../src/core/answerability/answerability";
import type { Retriever, SearchMode } from "../../src/core/retriever";
import type { Answer, IngestSummary, Passage } from "../../src/core/types";
import type { EmbedderIdentity } from "../../src/embedders/embedder-identity";
import { ingestArticles } from "../../src/index/build/ingest-articles";
import { openRetriever } from "../../src/index/search/open-retriever";
import { type Logger, silentLogger } from "../../src/logger";
import { normalizeUrl } from "../../src/text/link-keys";
import { createAnswerer, createEmbedder } from "../../src/wire";
import { BaselineBm25 } from "./baseline-bm25";
import { indexKey } from "./index-key";

/** The question files in eval/ of questions the archive does not answer (eval/README-questions.md). */
export const REFUSAL_SETS = [
  "out-of-archive-qa.jsonl",
  "near-miss-blind.jsonl",
  "near-miss-blind-2.jsonl",
  "near-miss-blind-3.jsonl",
  "near-miss-blind-4.jsonl",
  "near-miss-blind-5.jsonl",
  "near-miss-blind-6.jsonl",
  "near-miss-blind-7.jsonl",
  "near-miss-blind-8.jsonl",
  "near-miss-blind-9.jsonl",
  "near-miss-blind-10.jsonl",
  "near-miss-blind-11.jsonl",
  "near-miss-blind-12.jsonl",
  "near-miss-blind-13.jsonl",
  "near-miss-blind-14.jsonl",
  "near-miss-blind-15.jsonl",
  "near-miss-blind-16.jsonl",
  "near-miss-blind-17.jsonl",
  "near-miss-blind-18.jsonl",
  "near-miss-blind-19.jsonl",
  "near-miss-blind-20.jsonl",
  "near-miss-blind-21.jsonl",
  "near-miss-blind-22.jsonl",
  "near-miss-blind-23.jsonl",
  "near-miss-blind-24.jsonl",
  "near-miss-blind-25.jsonl",
  "near-miss-blind-26.jsonl",
  "near-miss-blind-27.jsonl",
  "near-miss-blind-28.jsonl",
  "near-miss-blind-29.jsonl",
  "near-miss-blind-30.jsonl",
  "near-miss-blind-31.jsonl",
  "near-miss-blind-32.jsonl",
  "near-miss-blind-33.jsonl",
  "near-miss-blind-34.jsonl",
  "near-miss-blind-35.jsonl",
  "near-miss-blind-36.jsonl",
  "near-miss-blind-37.jsonl",
  "near-miss-blind-38.jsonl",
  "near-miss-blind-39.jsonl",
  "near-miss-blind-40.jsonl",
  "near-miss-blind-41.jsonl",
  "near-miss-blind-42.jsonl",
  "near-miss-blind-43.jsonl",
  "near-miss-blind-44.jsonl",
  "near-miss-blind-45.jsonl",
  "near-miss-blind-46.jsonl",
  "near-miss-blind-47.jsonl",
  "near-miss-blind-48.jsonl",
  "near-miss-blind-49.jsonl",
  "near-miss-blind-50.jsonl",
  "near-miss-blind-51.jsonl",
  "near-miss-blind-52.jsonl",
  "near-miss-blind-53.jsonl",
  "near-miss-blind-54.jsonl",
  "near-miss-blind-55.jsonl",
  "near-miss-blind-56.jsonl",
  "near-miss-blind-57.jsonl",
  "near-miss-blind-58.jsonl",
  "near-miss-blind-59.jsonl",
  "near-miss-blind-60.jsonl",
  "near-miss-blind-61.jsonl",
  "near-miss-blind-62.jsonl",
  "near-miss-blind-63.jsonl",
  "near-miss-blind-64.jsonl",
  "near-miss-blind-65.jsonl",
  "near-miss-blind-66.jsonl",
  "near-miss-blind-67.jsonl",
  "near-miss-blind-68.jsonl",
  "near-miss-blind-69.jsonl",
  "near-miss-blind-70.jsonl",
  "near-miss-blind-71.jsonl",
  "near-miss-blind-72.jsonl",
  "near-miss-blind-73.jsonl",
  "near-miss-blind-74.jsonl",
  "near-miss-blind-75.jsonl",
  "near-miss-blind-76.jsonl",
  "near-miss-blind-77.jsonl",
  "near-miss-blind-78.jsonl",
  "near-miss-blind-79.jsonl",
  "near-miss-blind-80.jsonl",
  "near-miss-blind-81.jsonl",
  "near-miss-blind-82.jsonl",
  "near-miss-blind-83.jsonl",
  "near-miss-blind-84.jsonl",
  "near-miss-blind-85.jsonl",
  "near-miss-blind-86.jsonl",
  "near-miss-blind-87.jsonl",
  "near-miss-blind-88.jsonl",
  "near-miss-blind-89.jsonl",
  "near-miss-blind-90.jsonl",
  "near-miss-blind-91.jsonl",
  "near-miss-blind-92.jsonl",
  "near-miss-blind-93.jsonl",
  "near-miss-blind-94.jsonl",
  "near-miss-blind-95.jsonl",
  "near-miss-blind-96.jsonl",
  "near-miss-blind-97.jsonl",
  "near-miss-blind-98.jsonl",
  "near-miss-blind-99.jsonl",
  "near-miss-blind-100.jsonl",
  "near-miss-blind-101.jsonl",
  "near-miss-blind-102.jsonl",
  "near-miss-blind-103.jsonl",
  "near-miss-blind-104.jsonl",
  "near-miss-blind-105.jsonl",
  "near-miss-blind-106.jsonl",
  "near-miss-blind-107.jsonl",
  "near-miss-blind-108.jsonl",
  "near-miss-blind-109.jsonl",
  "near-miss-blind-110.jsonl",
  "near-miss-blind-111.jsonl",
  "near-miss-blind-112.jsonl",
  "near-miss-blind-113.jsonl",
  "near-miss-blind-114.jsonl",
  "near-miss-blind-115.jsonl",
  "near-miss-blind-116.jsonl",
  "near-miss-blind-117.jsonl",
  "near-miss-blind-118.jsonl",
  "near-miss-blind-119.jsonl",
  "near-miss-blind-120.jsonl",
  "near-miss-blind-121.jsonl",
  "near-miss-blind-122.jsonl",
  "near-miss-blind-123.jsonl",
  "near-miss-blind-124.jsonl",
  "near-miss-blind-125.jsonl",
  "near-miss-blind-126.jsonl",
  "near-miss-blind-127.jsonl",
  "near-miss-blind-128.jsonl",
  "near-miss-blind-129.jsonl",
  "near-miss-blind-130.jsonl",
  "outcomes-near-miss.jsonl",
  "money-near-miss.jsonl",
  "figures-near-miss.jsonl",
  "unrelated-blind.jsonl",
  "unrelated-blind-2.jsonl",
  "unrelated-blind-3.jsonl",
  "unrelated-blind-4.jsonl",
  "unrelated-blind-5.jsonl",
  "unrelated-blind-6.jsonl",
  "unrelated-blind-7.jsonl",
  "unrelated-blind-8.jsonl",
  "unrelated-blind-9.jsonl",
  "unrelated-blind-10.jsonl",
  "unrelated-blind-11.jsonl",
  "unrelated-blind-12.jsonl",
  "unrelated-blind-13.jsonl",
  "unrelated-blind-14.jsonl",
  "unrelated-blind-15.jsonl",
  "unrelated-blind-16.jsonl",
  "unrelated-blind-17.jsonl",
  "unrelated-blind-18.jsonl",
  "unrelated-blind-19.jsonl",
  "unrelated-blind-20.jsonl",
  "unrelated-blind-21.jsonl",
  "unrelated-blind-22.jsonl",
  "unrelated-blind-23.jsonl",
  "unrelated-blind-24.jsonl",
  "unrelated-blind-25.jsonl",
  "unrelated-blind-26.jsonl",
  "unrelated-blind-27.jsonl",
  "unrelated-blind-28.jsonl",
  "unrelated-blind-29.jsonl",
  "unrelated-blind-30.jsonl",
  "unrelated-blind-31.jsonl",
  "unrelated-blind-32.jsonl",
  "unrelated-blind-33.jsonl",
  "unrelated-blind-34.jsonl",
  "unrelated-blind-35.jsonl",
  "unrelated-blind-36.jsonl",
  "unrelated-blind-37.jsonl",
  "unrelated-blind-38.jsonl",
  "unrelated-blind-39.jsonl",
  "unrelated-blind-40.jsonl",
  "unrelated-blind-41.jsonl",
  "unrelated-blind-42.jsonl",
  "unrelated-blind-43.jsonl",
  "unrelated-blind-44.jsonl",
  "unrelated-blind-45.jsonl",
  "unrelated-blind-46.jsonl",
  "unrelated-blind-47.jsonl",
  "unrelated-blind-48.jsonl",
  "unrelated-blind-49.jsonl",
  "unrelated-blind-50.jsonl",
  "unrelated-blind-51.jsonl",
  "unrelated-blind-52.jsonl",
  "unrelated-blind-53.jsonl",
  "unrelated-blind-54.jsonl",
  "unrelated-blind-55.jsonl",
  "unrelated-blind-56.jsonl",
  "unrelated-blind-57.jsonl",
  "unrelated-blind-58.jsonl",
  "unrelated-blind-59.jsonl",
  "unrelated-blind-60.jsonl",
  "unrelated-blind-61.jsonl",
  "unrelated-blind-62.jsonl",
  "unrelated-blind-63.jsonl",
  "unrelated-blind-64.jsonl",
  "unrelated-blind-65.jsonl",
  "unrelated-blind-66.jsonl",
  "unrelated-blind-67.jsonl",
  "unrelated-blind-68.jsonl",
  "unrelated-blind-69.jsonl",
  "unrelated-blind-70.jsonl",
  "unrelated-blind-71.jsonl",
  "unrelated-blind-72.jsonl",
  "unrelated-blind-73.jsonl",
  "unrelated-blind-74.jsonl",
  "unrelated-blind-75.jsonl",
  "unrelated-blind-76.jsonl",
  "unrelated-blind-77.jsonl",
  "unrelated-blind-78.jsonl",
  "unrelated-blind-79.jsonl",
  "unrelated-blind-80.jsonl",
  "unrelated-blind-81.jsonl",
  "unrelated-blind-82.jsonl",
  "unrelated-blind-83.jsonl",
  "unrelated-blind-84.jsonl",
  "unrelated-blind-85.jsonl",
  "unrelated-blind-86.jsonl",
  "unrelated-blind-87.jsonl",
  "unrelated-blind-88.jsonl",
  "unrelated-blind-89.jsonl",
  "unrelated-blind-90.jsonl",
  "unrelated-blind-91.jsonl",
  "unrelated-blind-92.jsonl",
  "unrelated-blind-93.jsonl",
  "unrelated-blind-94.jsonl",
  "unrelated-blind-95.jsonl",
  "unrelated-blind-96.jsonl",
  "unrelated-blind-97.jsonl",
  "unrelated-blind-98.jsonl",
  "unrelated-blind-99.jsonl",
  "unrelated-blind-100.jsonl",
  "unrelated-blind-101.jsonl",
  "unrelated-blind-102.jsonl",
  "unrelated-blind-103.jsonl",
  "unrelated-blind-104.jsonl",
  "unrelated-blind-105.jsonl",
  "unrelated-blind-106.jsonl",
  "unrelated-blind-107.jsonl",
  "unrelated-blind-108.jsonl",
  "unrelated-blind-109.jsonl",
  "unrelated-blind-110.jsonl",
  "unrelated-blind-111.jsonl",
  "unrelated-blind-112.jsonl",
  "unrelated-blind-113.jsonl",
  "unrelated-blind-114.jsonl",
  "unrelated-blind-115.jsonl",
  "unrelated-blind-116.jsonl",
  "unrelated-blind-117.jsonl",
  "unrelated-blind-118.jsonl",
  "unrelated-blind-119.jsonl",
  "unrelated-blind-120.jsonl",
  "unrelated-blind-121.jsonl",
  "unrelated-blind-122.jsonl",
  "unrelated-blind-123.jsonl",
  "unrelated-blind-124.jsonl",
  "unrelated-blind-125.jsonl",
  "unrelated-blind-126.jsonl",
  "unrelated-blind-127.jsonl",
  "unrelated-blind-128.jsonl",
  "unrelated-blind-129.jsonl",
  "typos-near-miss.jsonl",
];

/** The reporter-style question files in eval/, answerable sets first. */
export const REPORTER_SETS = [
  "reporter-qa.jsonl",
  "reporter-qa-blind-2.jsonl",
  "reporter-qa-blind-3.jsonl",
  "reporter-qa-blind-4.jsonl",
  "reporter-qa-blind-5.jsonl",
  "reporter-qa-blind-6.jsonl",
  "reporter-qa-blind-7.jsonl",
  "reporter-qa-blind-8.jsonl",
  "reporter-qa-blind-9.jsonl",
  "reporter-qa-blind-10.jsonl",
  "reporter-qa-blind-11.jsonl",
  "reporter-qa-blind-12.jsonl",
  "reporter-qa-blind-13.jsonl",
  "reporter-qa-blind-14.jsonl",
  "reporter-qa-blind-15.jsonl",
  "reporter-qa-blind-16.jsonl",
  "reporter-qa-blind-17.jsonl",
  "reporter-qa-blind-18.jsonl",
  "reporter-qa-blind-19.jsonl",
  "reporter-qa-blind-20.jsonl",
  "reporter-qa-blind-21.jsonl",
  "reporter-qa-blind-22.jsonl",
  "reporter-qa-blind-23.jsonl",
  "reporter-qa-blind-24.jsonl",
  "reporter-qa-blind-25.jsonl",
  "reporter-qa-blind-26.jsonl",
  "reporter-qa-blind-27.jsonl",
  "reporter-qa-blind-28.jsonl",
  "reporter-qa-blind-29.jsonl",
  "reporter-qa-blind-30.jsonl",
  "reporter-qa-blind-31.jsonl",
  "reporter-qa-blind-32.jsonl",
  "reporter-qa-blind-33.jsonl",
  "reporter-qa-blind-34.jsonl",
  "reporter-qa-blind-35.jsonl",
  "reporter-qa-blind-36.jsonl",
  "reporter-qa-blind-37.jsonl",
  "reporter-qa-blind-38.jsonl",
  "reporter-qa-blind-39.jsonl",
  "reporter-qa-blind-40.jsonl",
  "reporter-qa-blind-41.jsonl",
  "reporter-qa-blind-42.jsonl",
  "reporter-qa-blind-43.jsonl",
  "reporter-qa-blind-44.jsonl",
  "reporter-qa-blind-45.jsonl",
  "reporter-qa-blind-46.jsonl",
  "reporter-qa-blind-47.jsonl",
  "reporter-qa-blind-48.jsonl",
  "reporter-qa-blind-49.jsonl",
  "reporter-qa-blind-50.jsonl",
  "reporter-qa-blind-51.jsonl",
  "reporter-qa-blind-52.jsonl",
  "reporter-qa-blind-53.jsonl",
  "reporter-qa-blind-54.jsonl",
  "reporter-qa-blind-55.jsonl",
  "reporter-qa-blind-56.jsonl",
  "reporter-qa-blind-57.jsonl",
  "reporter-qa-blind-58.jsonl",
  "reporter-qa-blind-59.jsonl",
  "reporter-qa-blind-60.jsonl",
  "reporter-qa-blind-61.jsonl",
  "reporter-qa-blind-62.jsonl",
  "reporter-qa-blind-63.jsonl",
  "reporter-qa-blind-64.jsonl",
  "reporter-qa-blind-65.jsonl",
  "reporter-qa-blind-66.jsonl",
  "reporter-qa-blind-67.jsonl",
  "reporter-qa-blind-68.jsonl",
  "reporter-qa-blind-69.jsonl",
  "reporter-qa-blind-70.jsonl",
  "reporter-qa-blind-71.jsonl",
  "reporter-qa-blind-72.jsonl",
  "reporter-qa-blind-73.jsonl",
  "reporter-qa-blind-74.jsonl",
  "reporter-qa-blind-75.jsonl",
  "reporter-qa-blind-76.jsonl",
  "reporter-qa-blind-77.jsonl",
  "reporter-qa-blind-78.jsonl",
  "reporter-qa-blind-79.jsonl",
  "reporter-qa-blind-80.jsonl",
  "reporter-qa-blind-81.jsonl",
  "reporter-qa-blind-82.jsonl",
  "reporter-qa-blind-83.jsonl",
  "reporter-qa-blind-84.jsonl",
  "reporter-qa-blind-85.jsonl",
  "reporter-qa-blind-86.jsonl",
  "reporter-qa-blind-87.jsonl",
  "reporter-qa-blind-88.jsonl",
  "reporter-qa-blind-89.jsonl",
  "reporter-qa-blind-90.jsonl",
  "reporter-qa-blind-91.jsonl",
  "reporter-qa-blind-92.jsonl",
  "reporter-qa-blind-93.jsonl",
  "reporter-qa-blind-94.jsonl",
  "reporter-qa-blind-95.jsonl",
  "reporter-qa-blind-96.jsonl",
  "reporter-qa-blind-97.jsonl",
  "reporter-qa-blind-98.jsonl",
  "reporter-qa-blind-99.jsonl",
  "reporter-qa-blind-100.jsonl",
  "reporter-qa-blind-101.jsonl",
  "reporter-qa-blind-102.jsonl",
  "reporter-qa-blind-103.jsonl",
  "reporter-qa-blind-104.jsonl",
  "reporter-qa-blind-105.jsonl",
  "reporter-qa-blind-106.jsonl",
  "reporter-qa-blind-107.jsonl",
  "reporter-qa-blind-108.jsonl",
  "reporter-qa-blind-109.jsonl",
  "reporter-qa-blind-110.jsonl",
  "reporter-qa-blind-111.jsonl",
  "reporter-qa-blind-112.jsonl",
  "reporter-qa-blind-113.jsonl",
  "reporter-qa-blind-114.jsonl",
  "reporter-qa-blind-115.jsonl",
  "reporter-qa-blind-116.jsonl",
  "reporter-qa-blind-117.jsonl",
  "reporter-qa-blind-118.jsonl",
  "reporter-qa-blind-119.jsonl",
  "reporter-qa-blind-120.jsonl",
  "reporter-qa-blind-121.jsonl",
  "reporter-qa-blind-122.jsonl",
  "reporter-qa-blind-123.jsonl",
  "reporter-qa-blind-124.jsonl",
  "reporter-qa-blind-125.jsonl",
  "reporter-qa-blind-126.jsonl",
  "reporter-qa-blind-127.jsonl",
  "reporter-qa-blind-128.jsonl",
  "reporter-qa-blind-129.jsonl",
  "reporter-qa-blind-130.jsonl",
  "reporter-qa-blind-131.jsonl",
  "typos-blind.jsonl",
  "outcomes-answerable.jsonl",
  "money-answerable.jsonl",
  "figures-answerable.jsonl",
  "shipped-qa.jsonl",
  ...REFUSAL_SETS,
];

/**
 * The data sets of `npm run eval` (dev is also the realtimeqa data test's): `dev`, the realtimeqa-dev articles
 * and questions from `sharedDir/eval` (never committed), the 43 Wikinews articles from test/fixtures as
 * distractors, and the in-repo out-of-archive questions; `archive-2023`, a year of news from `sharedDir/eval`;
 * `reporter`, the in-repo reporter-style sets over the shipped article and the Wikinews fixtures (no
 * `sharedDir` needed).
 */
export function defaultDataset(
  sharedDir: string,
  set: "dev" | "archive-2023" | "reporter" = "dev",
): { articles: string[]; questions: string[] } {
  const root = join(__dirname, "..", "..");
  if (set === "reporter")
    return {
      articles: [join(root, "corpus"), join(root, "test", "fixtures", "gum-wikinews")],
      questions: REPORTER_SETS.map((file) => join(root, "eval", file)),
    };
  if (set === "archive-2023") {
    const dir = join(sharedDir, "eval", "rtqa-archive-2023");
    return { articles: [join(dir, "articles.jsonl")], questions: [join(dir, "questions.jsonl")] };
  }
  return {
    articles: [
      join(sharedDir, "eval", "realtimeqa-dev", "articles.jsonl"),
      join(root, "test", "fixtures", "gum-wikinews"),
    ],
    questions: [
      join(sharedDir, "eval", "realtimeqa-dev", "questions.jsonl"),
      join(root, "tools", "eval", "realtimeqa-out-of-archive.jsonl"),
    ],
  };
}

/** The paths of `paths` that do not exist. */
export async function missingPaths(paths: string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const path of paths) await access(path).catch(() => missing.push(path));
  return missing;
}

/** One question of any supported set, in a common shape. */
export interface EvalQuestion {
  id: string;
  question: string;
  /** Correct choice texts (realtimeqa `answer`): answer-hit if any appears in the reply. */
  answers: string[];
  /** All choices of a quiz question (realtimeqa `choices`): a clean hit quotes the answer and no wrong choice. */
  choices: string[];
  /** Articles that hold the answer (realtimeqa `gold_urls`), as normalised urls. */
  goldUrls: string[];
  /** Strings that must all appear in the reply's quotes (in-repo QA set `expected`). */
  expected: string[];
  /** The archive does not hold the answer: the right reply is `not_found`. */
  outOfArchive: boolean;
  /** The day the question was asked (realtimeqa `date`, or `asOf`), YYYY-MM-DD; null when not given. */
  date: string | null;
}

/**
 * Reads a JSON Lines question file. Accepted fields: `id`, `question`, `answer` (string or list),
 * `gold_urls`, `expected` (list), `not_found: true` (an out-of-archive question).
 */
export async function readQuestions(file: string): Promise<EvalQuestion[]> {
  const lines = (await readFile(file, "utf8")).split("\n").filter((l) => l.trim());
  return lines.map((line, i) => {
    const r = JSON.parse(line) as Record<string, unknown>;
    const list = (v: unknown): string[] =>
      Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : [];
    return {
      id: typeof r.id === "string" ? r.id : `${basename(file)}#${i + 1}`,
      question: String(r.question ?? ""),
      answers: list(r.answer),
      choices: list(r.choices),
      goldUrls: list(r.gold_urls).map(normalizeUrl),
      expected: list(r.expected),
      outOfArchive: r.not_found === true,
      date: typeof (r.asOf ?? r.date) === "string" ? String(r.asOf ?? r.date).slice(0, 10) : null,
    };
  });
}

/** Lower-case, NFKC, straight quotes, one space; choice texts also lose their surrounding quote marks. */
export function normaliseForMatch(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ")
    .toLowerCase()
    .trim();
}

function normaliseChoice(choice: string): string {
  return normaliseForMatch(choice).replace(/^["'\s]+|["'\s.]+$/g, "");
}

function isCleanHit(q: EvalQuestion, replyText: string, hit: boolean | null): boolean | null {
  if (hit === null || q.choices.length === 0) return null;
  const right = new Set(q.answers.map(normaliseChoice));
  const wrong = q.choices.map(normaliseChoice).filter((c) => c && !right.has(c));
  return hit && !wrong.some((c) => replyText.includes(c));
}

export interface EvalInput {
  /** Folders or single files (.md, .txt, .html, .json, .jsonl) to ingest together. */
  articles: string[];
  /** Scratch folder for the index (and copies of single-file inputs). */
  workDir: string;
  logger?: Logger;
  /**
   * Reuse the index already in `workDir` when it was built from the same inputs, embedder and index-building
   * code (index-key.ts); else, or when it does not open, ingest from scratch.
   */
  reuse?: boolean;
}

/** Reads every input; a single file is read through a folder holding only a copy of it. */
export async function loadInputs(inputs: string[], workDir: string): Promise<LoadResult> {
  const articles: LoadedArticle[] = [];
  const skipped: LoadResult["skipped"] = [];
  const seen = new Set<string>();
  for (const [i, input] of inputs.entries()) {
    let dir = resolve(input);
    if (!(await stat(dir)).isDirectory()) {
      dir = join(workDir, "inputs", String(i));
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      // A copy, not a link: the corpus reader reads nothing outside its folder.
      await copyFile(resolve(input), join(dir, basename(input)));
    }
    const loaded = await readCorpus(dir);
    for (const article of loaded.articles) {
      if (seen.has(article.meta.id)) continue;
      seen.add(article.meta.id);
      articles.push(article);
    }
    skipped.push(...loaded.skipped);
  }
  return { articles, skipped };
}

export interface PreparedArchive {
  retriever: Retriever;
  articles: LoadedArticle[];
  summary: IngestSummary;
  /** Seconds the ingest took (when reused, the ingest that built the index). */
  ingestSeconds: number;
  indexDir: string;
  /** True when the index in the work folder was reused rather than built. */
  reused: boolean;
  /** The embedder the index was built and is searched with (the configured one). */
  embedder: EmbedderIdentity;
}

/** What a work folder's index was built from (index-key.ts), written once the ingest has finished. */
interface BuiltIndex {
  key: string;
  summary: IngestSummary;
  ingestSeconds: number;
}

async function readBuilt(file: string): Promise<BuiltIndex | null> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as BuiltIndex;
  } catch {
    return null;
  }
}

/**
 * Ingests the inputs into `workDir/index` from scratch (or, with `reuse`, opens the index already there when
 * its key matches) and opens it with the configured embedder.
 */
export async function prepareArchive(input: EvalInput): Promise<PreparedArchive> {
  const logger = input.logger ?? silentLogger;
  const indexDir = join(input.workDir, "index");
  const builtFile = join(input.workDir, "index-key.json");
  await mkdir(input.workDir, { recursive: true });
  const config = loadConfig({ ...process.env, INDEX_DIR: indexDir });
  const embedder = createEmbedder(config);
  const loaded = await loadInputs(input.articles, input.workDir);
  const key = input.reuse ? await indexKey(input.articles, embedder.identity) : null;
  const built = key ? await readBuilt(builtFile) : null;
  const opened = async (index: BuiltIndex, reused: boolean): Promise<PreparedArchive> => ({
    retriever: await openRetriever(indexDir, embedder),
    articles: loaded.articles,
    summary: index.summary,
    ingestSeconds: index.ingestSeconds,
    indexDir,
    reused,
    embedder: embedder.identity,
  });
  if (built && built.key === key) {
    try {
      return await opened(built, true);
    } catch (error) {
      logger.warn({ error: String(error) }, "The eval index did not open: building it again.");
    }
  }
  await rm(builtFile, { force: true });
  await rm(indexDir, { recursive: true, force: true });
  const started = performance.now();
  const summary = await ingestArticles({
    indexDir,
    load: async () => loaded,
    embeddings: embedder.embeddings,
    embedder: embedder.identity,
    logger,
    full: true,
  });
  const index: BuiltIndex = { key: key ?? "", summary, ingestSeconds: (performance.now() - started) / 1000 };
  const prepared = await opened(index, false);
  if (key) await writeFile(builtFile, JSON.stringify(index));
  return prepared;
}

/**
 * A retriever that remembers the passages of its last search (to rank articles beyond the citations). Every
 * other method is passed through, so the eval answers as the product does (test/eval/recording-retriever.test.ts).
 */
export class RecordingRetriever implements Retriever {
  last: Passage[] = [];
  constructor(private readonly inner: Retriever) {}
  get version() {
    return this.inner.version;
  }
  get asOf() {
    return this.inner.asOf;
  }
  async search(query: string, request: Parameters<Retriever["search"]>[1]): Promise<Passage[]> {
    this.last = await this.inner.search(query, request);
    return this.last;
  }
  termWeight(token: string) {
    return this.inner.termWeight(token);
  }
  newestPublished(window: { from?: string; to?: string }) {
    return this.inner.newestPublished ? this.inner.newestPublished(window) : this.inner.asOf;
  }
  articleText(articleId: string) {
    return this.inner.articleText(articleId);
  }
  missingTerms(terms: string[], articleId: string) {
    return this.inner.missingTerms ? this.inner.missingTerms(terms, articleId) : terms;
  }
  nearestWords(words: string[], texts: string[]) {
    return this.inner.nearestWords ? this.inner.nearestWords(words, texts) : new Map<string, number>();
  }
  wordRank(word: string) {
    return this.inner.wordRank ? this.inner.wordRank(word) : -1;
  }
  holdsTerm(term: string) {
    return this.inner.holdsTerm ? this.inner.holdsTerm(term) : true;
  }
  writtenForm(word: string) {
    return this.inner.writtenForm ? this.inner.writtenForm(word) : null;
  }
  spelledOut(acronym: string) {
    return this.inner.spelledOut ? this.inner.spelledOut(acronym) : null;
  }
  storyCopies(articleId: string, asOf?: string) {
    return this.inner.storyCopies ? this.inner.storyCopies(articleId, asOf) : [];
  }
  quotations(articleId: string) {
    return this.inner.quotations ? this.inner.quotations(articleId) : [];
  }
  linkedArticle(url: string) {
    return this.inner.linkedArticle ? this.inner.linkedArticle(url) : null;
  }
}

export interface QuestionResult {
  id: string;
  question: string;
  status: Answer["status"] | "problem";
  /**
   * Articles in rank order: the cited sources in citation order ([1], [2], …), then the articles of the
   * remaining retrieved passages in retrieval order, each article once.
   */
  ranked: string[];
  gold: string[];
  /** 1-based rank of the first gold article in `ranked`, null when absent. */
  goldRank: number | null;
  /** 1-based rank of the first gold article among the cited sources only. */
  citedGoldRank: number | null;
  /** A gold article has real text (GOLD_TEXT_CHARS or more; some RealTimeQA golds are failed scrapes); null without gold. */
  goldText: boolean | null;
  /** A correct choice occurs in a gold article's text (null without gold or choices). */
  answerInGold: boolean | null;
  answerHit: boolean | null;
  /** The answer is in the reply and no wrong choice is (null without choices). */
  cleanHit: boolean | null;
  expectedFound: boolean | null;
  missingExpected: string[];
  quotes: number;
  quotesVerbatim: number;
  ms: number;
  reply: string;
}

/** A gold article shorter than this is a failed scrape (a headline, a cookie notice), not a story. */
export const GOLD_TEXT_CHARS = 300;

/** Whether a gold article has real text, and whether a correct choice occurs in one (null when unknown). */
function goldFacts(
  q: EvalQuestion,
  goldTexts: string[],
): { goldText: boolean | null; answerInGold: boolean | null } {
  if (goldTexts.length === 0) return { goldText: null, answerInGold: null };
  const texts = goldTexts.map(normaliseForMatch);
  return {
    goldText: goldTexts.some((t) => t.length >= GOLD_TEXT_CHARS),
    answerInGold: q.answers.length
      ? q.answers.some((a) => texts.some((t) => t.includes(normaliseChoice(a))))
      : null,
  };
}

/** Answers one question in one mode and scores it. */
export async function runQuestion(
  q: EvalQuestion,
  mode: SearchMode,
  ctx: {
    retriever: Retriever;
    idByUrl: Map<string, string>;
    maxQuestionChars?: number;
    dated?: boolean;
    priors?: typeof RECENCY_PRIORS;
    answerability?: AnswerabilityModel;
    onSignals?: (signals: AnswerSignals, probability: number) => void;
  },
): Promise<QuestionResult> {
  const recording = new RecordingRetriever(ctx.retriever);
  const answerer = createAnswerer(loadConfig({}), silentLogger);
  recording.last = [];
  const started = performance.now();
  const result = await answerQuestion(q.question, {
    mode,
    askedAt: ctx.dated && q.date ? q.date : undefined,
    priors: ctx.priors,
    answerability: ctx.answerability,
    onSignals: ctx.onSignals,
    retriever: recording,
    answerer,
    maxQuestionChars: ctx.maxQuestionChars ?? 500,
    logger: silentLogger,
  });
  const ms = performance.now() - started;
  const answer = result.ok ? result.answer : null;
  const citations = answer?.citations ?? [];
  const cited: string[] = [];
  for (const c of [...citations].sort((a, b) => a.n - b.n))
    if (!cited.includes(c.articleId)) cited.push(c.articleId);
  const ranked = [...cited];
  for (const p of recording.last) if (!ranked.includes(p.article.id)) ranked.push(p.article.id);
  const gold = q.goldUrls.map((u) => ctx.idByUrl.get(u)).filter((id): id is string => id !== undefined);
  const rankOf = (list: string[]) => {
    const i = list.findIndex((id) => gold.includes(id));
    return i < 0 ? null : i + 1;
  };
  const quoteText = normaliseForMatch(citations.map((c) => c.quote).join("\n"));
  // Scored on the quotes alone: the reply's own words (citation dates, the "newest story quoted is from…"
  // note, a written answer's prose) are not evidence from the archive, and a date there could match a year.
  const hit = q.answers.length ? q.answers.some((a) => quoteText.includes(normaliseChoice(a))) : null;
  const cleanHit = isCleanHit(q, quoteText, hit);
  const missingExpected = q.expected.filter((e) => !quoteText.includes(normaliseForMatch(e)));
  let verbatim = 0;
  for (const c of citations) if (ctx.retriever.articleText(c.articleId)?.includes(c.quote)) verbatim++;
  return {
    id: q.id,
    question: q.question,
    status: answer ? answer.status : "problem",
    ranked,
    gold,
    goldRank: gold.length ? rankOf(ranked) : null,
    citedGoldRank: gold.length ? rankOf(cited) : null,
    ...goldFacts(
      q,
      gold.map((id) => ctx.retriever.articleText(id) ?? ""),
    ),
    answerHit: hit,
    cleanHit,
    expectedFound: q.expected.length ? missingExpected.length === 0 && answer?.status === "answered" : null,
    missingExpected,
    quotes: citations.length,
    quotesVerbatim: verbatim,
    ms,
    reply: answer?.text ?? (result.ok ? "" : result.problem.message),
  };
}

export interface ModeSummary {
  /** The run: a retrieval mode, `+dates` when each question was asked as of its date. */
  mode: string;
  inArchive: number;
  outOfArchive: number;
  /** Over in-archive questions with a gold article found in the archive. */
  recallAt1: number | null;
  /** The same over the questions whose gold article has real text (the held-out measure). */
  recallAt1Text: number | null;
  /** Answer-hit over the questions whose answer occurs in the gold article's text. */
  answerHitInGold: number | null;
  recallAt5: number | null;
  mrr: number | null;
  /** Gold article among the cited sources (any position). */
  citedRecall: number | null;
  answerHit: number | null;
  cleanHit: number | null;
  expectedFound: number | null;
  /** Share of in-archive questions answered `not_found` (false refusals). */
  notFoundRate: number;
  /** Share of out-of-archive questions answered `not_found`. */
  refusalAccuracy: number | null;
  quotes: number;
  quotesVerbatim: number;
  faithfulness: number | null;
  maxQuotes: number;
  meanQuotes: number;
  p50ms: number;
  p95ms: number;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

const share = (xs: boolean[]): number | null => (xs.length ? xs.filter(Boolean).length / xs.length : null);

export function summarise(mode: string, questions: EvalQuestion[], results: QuestionResult[]): ModeSummary {
  const pairs = questions.map((q, i) => ({ q, r: results[i] as QuestionResult }));
  const inside = pairs.filter((p) => !p.q.outOfArchive);
  const outside = pairs.filter((p) => p.q.outOfArchive);
  const withGold = inside.filter((p) => p.r.gold.length > 0);
  const withAnswers = inside.filter((p) => p.r.answerHit !== null);
  const withExpected = inside.filter((p) => p.r.expectedFound !== null);
  const quotes = results.reduce((s, r) => s + r.quotes, 0);
  const verbatim = results.reduce((s, r) => s + r.quotesVerbatim, 0);
  const ms = results.map((r) => r.ms);
  return {
    mode,
    inArchive: inside.length,
    outOfArchive: outside.length,
    recallAt1: share(withGold.map((p) => p.r.goldRank === 1)),
    recallAt1Text: share(withGold.filter((p) => p.r.goldText === true).map((p) => p.r.goldRank === 1)),
    answerHitInGold: share(
      inside.filter((p) => p.r.answerInGold === true).map((p) => p.r.answerHit === true),
    ),
    recallAt5: share(withGold.map((p) => p.r.goldRank !== null && p.r.goldRank <= 5)),
    mrr: withGold.length
      ? withGold.reduce((s, p) => s + (p.r.goldRank ? 1 / p.r.goldRank : 0), 0) / withGold.length
      : null,
    citedRecall: share(withGold.map((p) => p.r.citedGoldRank !== null)),
    answerHit: share(withAnswers.map((p) => p.r.answerHit === true)),
    cleanHit: share(withAnswers.filter((p) => p.r.cleanHit !== null).map((p) => p.r.cleanHit === true)),
    expectedFound: share(withExpected.map((p) => p.r.expectedFound === true)),
    notFoundRate: inside.length ? inside.filter((p) => p.r.status === "not_found").length / inside.length : 0,
    refusalAccuracy: share(outside.map((p) => p.r.status === "not_found")),
    quotes,
    quotesVerbatim: verbatim,
    faithfulness: quotes ? verbatim / quotes : null,
    maxQuotes: Math.max(0, ...results.map((r) => r.quotes)),
    meanQuotes: results.length ? quotes / results.length : 0,
    p50ms: percentile(ms, 50),
    p95ms: percentile(ms, 95),
  };
}

/** normalised url → article id, for matching gold urls. */
export function idsByUrl(articles: LoadedArticle[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const a of articles) if (a.meta.url) map.set(normalizeUrl(a.meta.url), a.meta.id);
  return map;
}

/** A run of the eval: a retrieval mode, with or without each question's date as the day it is asked. */
export interface EvalRun {
  mode: SearchMode;
  dated: boolean;
}

export const runName = (run: EvalRun): string => `${run.mode}${run.dated ? "+dates" : ""}`;

/** Runs every question in every run (after a short warm-up per run). */
export async function evaluate(
  prepared: PreparedArchive,
  questions: EvalQuestion[],
  runs: EvalRun[],
): Promise<{ summaries: ModeSummary[]; results: Record<string, QuestionResult[]> }> {
  const idByUrl = idsByUrl(prepared.articles);
  const summaries: ModeSummary[] = [];
  const results: Record<string, QuestionResult[]> = {};
  for (const run of runs) {
    const ctx = { retriever: prepared.retriever, idByUrl, dated: run.dated };
    for (const q of questions.slice(0, 5)) await runQuestion(q, run.mode, ctx);
    const list: QuestionResult[] = [];
    for (const q of questions) list.push(await runQuestion(q, run.mode, ctx));
    results[runName(run)] = list;
    summaries.push(summarise(runName(run), questions, list));
  }
  return { summaries, results };
}

/** The plain whole-article BM25 baseline (baseline-bm25.ts) on every question, scored like a run. */
export function evaluateBaseline(
  prepared: PreparedArchive,
  questions: EvalQuestion[],
  dated: boolean,
): { summary: ModeSummary; results: QuestionResult[] } {
  const baseline = new BaselineBm25(prepared.articles);
  const idByUrl = idsByUrl(prepared.articles);
  const textOf = new Map(prepared.articles.map((a) => [a.meta.id, a.text]));
  const results = questions.map((q): QuestionResult => {
    const started = performance.now();
    const hit = baseline.ask(q.question, dated ? q.date : null);
    const ms = performance.now() - started;
    const gold = q.goldUrls.map((u) => idByUrl.get(u)).filter((id): id is string => id !== undefined);
    const i = hit.ranked.findIndex((id) => gold.includes(id));
    const reply = normaliseForMatch(hit.reply);
    return {
      id: q.id,
      question: q.question,
      status: hit.ranked.length ? "answered" : "not_found",
      ranked: hit.ranked,
      gold,
      goldRank: gold.length ? (i < 0 ? null : i + 1) : null,
      citedGoldRank: gold.length ? (i < 0 || i >= 3 ? null : i + 1) : null,
      ...goldFacts(
        q,
        gold.map((id) => textOf.get(id) ?? ""),
      ),
      answerHit: q.answers.length ? q.answers.some((a) => reply.includes(normaliseChoice(a))) : null,
      cleanHit: isCleanHit(
        q,
        reply,
        q.answers.length ? q.answers.some((a) => reply.includes(normaliseChoice(a))) : null,
      ),
      expectedFound: q.expected.length ? q.expected.every((e) => reply.includes(normaliseForMatch(e))) : null,
      missingExpected: [],
      quotes: 0,
      quotesVerbatim: 0,
      ms,
      reply: hit.reply,
    };
  });
  const name = `baseline${dated ? "+dates" : ""}`;
  return { summary: summarise(name, questions, results), results };
}

/**
 * Splits questions by the week they were asked: the earlier half of the weeks is for tuning, the later half
 * for checking. Questions without a date go to both.
 */
export function splitByWeek(questions: EvalQuestion[]): { tune: EvalQuestion[]; check: EvalQuestion[] } {
  const days = [...new Set(questions.map((q) => q.date).filter((d): d is string => d !== null))].sort();
  const cut = days[Math.ceil(days.length / 2)] ?? "9999";
  return {
    tune: questions.filter((q) => q.date === null || q.date < cut),
    check: questions.filter((q) => q.date === null || q.date >= cut),
  };
}

/** ../shared beside the clone, or the folder after `--shared` in `argv`. */
export function sharedDirFrom(argv: string[]): string {
  const at = argv.indexOf("--shared");
  return at >= 0 ? (argv[at + 1] as string) : join(__dirname, "..", "..", "..", "shared");
}

/**
 * What a tuning script works on: a data set's questions split by week (tune only on `tune`), and its
 * archive ingested once into .eval/<workName>.
 */
export async function prepareTuning(
  dataset: { articles: string[]; questions: string[] },
  workName: string,
): Promise<{
  tune: EvalQuestion[];
  check: EvalQuestion[];
  prepared: PreparedArchive;
  idByUrl: Map<string, string>;
}> {
  const questions: EvalQuestion[] = [];
  for (const file of dataset.questions) questions.push(...(await readQuestions(file)));
  const { tune, check } = splitByWeek(questions);
  const prepared = await prepareArchive({
    articles: dataset.articles,
    workDir: join(__dirname, "..", "..", ".eval", workName),
  });
  return { tune, check, prepared, idByUrl: idsByUrl(prepared.articles) };
}
