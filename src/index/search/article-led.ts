/**
 * Article-led ranking: stories are ranked first (whole-article BM25 with the headline as a field, plus the
 * passage rankings' evidence, times a recency prior when the question has a date), and each story brings its
 * best passages in that order. News questions are about a story; the best passage of it supplies the quote.
 */
import { dayNumber, freshness, type RecencyPrior } from "../../core/time-relevance";
import type { RankedArticle } from "./article-ranking";

/**
 * How the article-led ranking weighs its signals (chosen on the tuning half, docs/performance.md). The recency
 * floor was chosen on rtqa-archive-2023's tuning half, a year of news where the same topics recur: answer-hit
 * 42.2 % at 0.5, 43.5 % at 0.35 and 0.3, 43.7 % at 0.2 (one question more, 2 points more refusals), 40.8 % at 0;
 * realtimeqa-dev's tuning half is the same from 0 to 0.5.
 */
export interface ArticleLedSettings {
  /** Whole-article BM25 candidates taken. */
  articles: number;
  /** A query word in the headline counts as this many more occurrences in the body. */
  titleTf: number;
  /** Weight of an article's best passage in the chunk BM25 ranking (1 for its first place, RRF-shaped). */
  passageWeight: number;
  /** Weight of an article's best passage in the vector ranking (same shape). */
  vectorWeight: number;
  /**
   * With a recency prior, an article's score is multiplied by `floor + (1 − floor) · 2^(−age / halfLife)`
   * (0: the plain multiplicative prior of the baseline).
   */
  recencyFloor: number;
  /** Stories scoring at least this share of the best one count as matching when age is counted from the newest. */
  relevantShare: number;
  /** The best this many stories bring two passages each, the others one. */
  twoPassages: number;
}

export const ARTICLE_LED: ArticleLedSettings = {
  articles: 60,
  titleTf: 1,
  passageWeight: 0.15,
  vectorWeight: 0,
  recencyFloor: 0.35,
  relevantShare: 0.5,
  twoPassages: 3,
};

/** RRF shape of a 0-based rank, 1 for the first place. */
const rankShare = (rank: number, k: number) => (k + 1) / (k + rank + 1);

export interface ArticleLedInput {
  /** Whole-article BM25, best first (raw scores). */
  articles: RankedArticle[];
  /** Chunk labels from BM25 and from the vector search, best first. */
  bm25Labels: number[];
  vectorLabels: number[];
  /** BM25 found nothing: the vector ranking stands in for it (at the passage weight). */
  vectorFallback?: boolean;
  articleOf: (label: number) => string | undefined;
  published: (articleId: string) => string | null | undefined;
  /** With `askedDay`: the prior. */
  recency?: { askedDay: number; prior: RecencyPrior };
  settings: ArticleLedSettings;
  rrfK: number;
}

/** Articles in order, each with its score and its passage labels (best passage first). */
export function rankArticleLed(
  input: ArticleLedInput,
): { articleId: string; score: number; labels: number[] }[] {
  const { settings, rrfK } = input;
  const top = input.articles[0]?.score ?? 0;
  const scores = new Map<string, number>();
  for (const a of input.articles) scores.set(a.articleId, top > 0 ? a.score / top : 0);
  const labelsOf = new Map<string, number[]>();
  const chunkScore = new Map<number, number>();
  const addPassages = (labels: number[], weight: number) => {
    const seen = new Set<string>();
    labels.forEach((label, rank) => {
      const id = input.articleOf(label);
      if (id === undefined) return;
      const share = rankShare(rank, rrfK);
      chunkScore.set(label, (chunkScore.get(label) ?? 0) + weight * share);
      if (!labelsOf.has(id)) labelsOf.set(id, []);
      const list = labelsOf.get(id) as number[];
      if (!list.includes(label)) list.push(label);
      if (seen.has(id)) return;
      seen.add(id);
      scores.set(id, (scores.get(id) ?? 0) + weight * share);
    });
  };
  addPassages(input.bm25Labels, settings.passageWeight);
  addPassages(
    input.vectorLabels,
    input.vectorFallback ? Math.max(settings.vectorWeight, settings.passageWeight, 1) : settings.vectorWeight,
  );
  // Age is counted from the day asked; for a question that asks for the latest state (`newestFirst`), from the
  // newest well-matching story when that is older: asked long after the last story on a subject, the latest
  // of them still leads ("the current minister").
  const recency = input.recency;
  const floor = recency?.prior.floor ?? settings.recencyFloor;
  const aged = (articleId: string, score: number, day: number) =>
    recency
      ? score *
        (floor + (1 - floor) * freshness(input.published(articleId) ?? null, day, recency.prior.halfLifeDays))
      : score;
  let refDay = recency?.askedDay;
  if (refDay !== undefined && recency?.prior.newestFirst) {
    const best = Math.max(0, ...scores.values());
    let newest = Number.NEGATIVE_INFINITY;
    for (const [id, score] of scores) {
      if (score < best * settings.relevantShare) continue;
      const day = dayNumber(input.published(id) ?? "");
      if (day !== null) newest = Math.max(newest, day);
    }
    if (Number.isFinite(newest)) refDay = Math.min(refDay, newest);
  }
  const ranked = [...scores].map(([articleId, score]) => {
    const s = refDay === undefined ? score : aged(articleId, score, refDay);
    const labels = (labelsOf.get(articleId) ?? []).sort(
      (a, b) => (chunkScore.get(b) ?? 0) - (chunkScore.get(a) ?? 0),
    );
    return { articleId, score: s, labels };
  });
  return ranked.sort((a, b) => b.score - a.score);
}
