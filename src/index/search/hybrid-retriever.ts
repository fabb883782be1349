/** Retriever over one loaded index version: vector and BM25 rankings fused by weighted reciprocal rank, diversified. */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { Quotation } from "../../core/quotation-types";
import type { Retriever, SearchRequest } from "../../core/retriever";
import { dayNumber, freshness, publishedAfter, type RecencyPrior } from "../../core/time-relevance";
import type { ArticleMeta, Passage, SearchFilters } from "../../core/types";
import { linkKey } from "../../text/link-keys";
import { mostFrequentSpelling } from "../../text/spelled-out-names";
import { contentTerms, terms } from "../../text/tokenize";
import { type CaseCounts, countCases, usualCapitals } from "../../text/written-case";
import type { IndexSnapshot } from "../store/snapshot-types";
import type { ChunkRef } from "../vectors/hnsw-graph";
import { ARTICLE_LED, type ArticleLedSettings, rankArticleLed } from "./article-led";
import { ArticleRanking } from "./article-ranking";
import { nearestWords, wordRank } from "./nearest-words";

/** Candidates taken from each ranking before fusion. */
const CANDIDATES = 60;
/** Reciprocal rank fusion constant (Cormack et al. 2009). */
const RRF_K = 60;
const PER_ARTICLE = 2;
/**
 * BM25 is the stronger single ranking on news questions, so the vector ranking counts half. Measured on
 * realtimeqa-dev with the local embedder v3: weight 0.5 → recall@1 87.2 %, recall@5 95.7 %, answer-hit 68.1 %;
 * weight 1 → 86.2 %, 95.7 %, 67.0 % (docs/performance.md).
 */
const VECTOR_WEIGHT = 0.5;
/** Whole-article BM25 (article-ranking.ts) ranks stories; each passage gets its article's fused rank too. */
const ARTICLE_WEIGHT = 1;
const ARTICLE_CANDIDATES = 30;
/** Acronym spellings (spelledOut) and written forms (writtenForm) remembered, each; a memory starts afresh when full. */
const REMEMBERED = 1000;

/** Remembers `value` for `key` in a bounded memory (cleared when REMEMBERED is reached) and returns it. */
function remember<V>(memory: Map<string, V>, key: string, value: V): V {
  if (memory.size >= REMEMBERED) memory.clear();
  memory.set(key, value);
  return value;
}
/** With a "newest first" prior, this many best-matching stories vote in date order. */
const NEWEST_OF = 5;
/**
 * writtenForm reads the word in this many passages holding its term, and calls it capitalised when at least
 * WRITTEN_SHARE of at least WRITTEN_AT_LEAST mid-sentence occurrences are (docs/performance.md).
 */
const WRITTEN_PASSAGES = 20;
const WRITTEN_AT_LEAST = 1;
const WRITTEN_SHARE = 0.8;

function matchesFilters(meta: ArticleMeta, filters: SearchFilters, asOf: string | undefined): boolean {
  if (asOf && publishedAfter(meta.published, asOf)) return false;
  // Compared at the precision both give (publishedAfter, as for `asOf`): a story dated "2022-05" may be from any day
  // of May, so it is inside a window of "2022-05-13" to "2022-05-20".
  if (filters.from && (!meta.published || publishedAfter(filters.from, meta.published))) return false;
  if (filters.to && (!meta.published || publishedAfter(meta.published, filters.to))) return false;
  if (filters.publishers?.length) {
    const wanted = filters.publishers.map((p) => p.toLowerCase());
    if (!meta.publisher || !wanted.includes(meta.publisher.toLowerCase())) return false;
  }
  if (filters.sections?.length) {
    const wanted = filters.sections.map((s) => s.toLowerCase());
    if (!meta.section || !wanted.includes(meta.section.toLowerCase())) return false;
  }
  if (filters.articles && !filters.articles.includes(meta.id)) return false;
  return true;
}

/** Index of the last element of sorted `values` that is ≤ `key` (binary search); -1 when none is. */
function lastAtMost(values: string[], key: string): number {
  let [lo, hi] = [0, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as string) <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function copiesByCluster(articles: Iterable<{ meta: ArticleMeta }>): Map<string, ArticleMeta[]> {
  const clusters = new Map<string, ArticleMeta[]>();
  for (const { meta } of articles) {
    if (!meta.cluster) continue;
    const copies = clusters.get(meta.cluster);
    if (copies) copies.push(meta);
    else clusters.set(meta.cluster, [meta]);
  }
  return clusters;
}

export class HybridRetriever implements Retriever {
  readonly version: string;
  readonly asOf: string | null;
  /** Built when the index version is opened, not on the first question (≈ 8 s of CPU at 142k chunks). */
  private readonly articleRanking: ArticleRanking;
  /** Every article's publication date, sorted (built on first use). */
  private dates: string[] | undefined;
  /** Near-duplicate cluster → its copies (built on first use). */
  private clusters: Map<string, ArticleMeta[]> | undefined;
  /** Link key → article id (linkedArticle). */
  private links: Map<string, string> | undefined;
  /** Acronym → the archive's spelling of it, or null when it spells none (spelledOut). */
  private readonly spellings = new Map<string, string | null>();
  /** Lower-case word → how the archive writes it mid-sentence when capitalised (writtenForm). */
  private readonly writtenForms = new Map<string, string | null>();
  /** Hybrid ranking led by whole stories (article-led.ts); null: passages fused by rank (the older ranking). */
  articleLed: ArticleLedSettings | null = ARTICLE_LED;

  constructor(
    private readonly snapshot: IndexSnapshot,
    private readonly embeddings: EmbeddingsInterface,
    /** Told when the query could not be embedded (e.g. the OpenAI API is down) and BM25 answered alone. */
    private readonly onVectorFailure: (error: unknown) => void = () => {},
    /** Built beforehand without blocking (ArticleRanking.build, as openRetriever does); else built here. */
    articleRanking?: ArticleRanking,
  ) {
    this.version = snapshot.version;
    this.asOf = snapshot.manifest.asOf;
    this.articleRanking = articleRanking ?? new ArticleRanking(snapshot.articles.values());
  }

  termWeight(token: string): number {
    return this.snapshot.bm25.idf(token);
  }

  newestPublished(window: { from?: string; to?: string }): string | null {
    this.dates ??= [...this.snapshot.articles.values()]
      .map((a) => a.meta.published)
      .filter((d): d is string => d !== null)
      .sort();
    // A date is not after `to` when it sorts before `to` + any continuation (the rule of publishedAfter).
    const newest = window.to ? this.dates[lastAtMost(this.dates, `${window.to}\uffff`)] : this.dates.at(-1);
    if (newest === undefined) return null;
    if (window.from && publishedAfter(window.from, newest)) return null;
    return newest;
  }

  storyCopies(articleId: string, asOf?: string): ArticleMeta[] {
    this.clusters ??= copiesByCluster(this.snapshot.articles.values());
    const cluster = this.snapshot.articles.get(articleId)?.meta.cluster;
    const copies = (cluster && this.clusters.get(cluster)) || [];
    return asOf ? copies.filter((meta) => !publishedAfter(meta.published, asOf)) : copies;
  }

  missingTerms(wanted: string[], articleId: string): string[] {
    const article = this.snapshot.articles.get(articleId);
    if (!article) return wanted;
    const inTitle = new Set(terms(article.meta.title));
    return wanted.filter(
      (term) =>
        !inTitle.has(term) && !article.labels.some((label) => this.snapshot.bm25.hasTerm(label, term)),
    );
  }

  nearestWords(words: string[], texts: string[]): Map<string, number> {
    return nearestWords(words, texts);
  }

  wordRank(word: string): number {
    return wordRank(word);
  }

  holdsTerm(term: string): boolean {
    return this.snapshot.bm25.documentFrequency(term) > 0;
  }

  /** Read from up to WRITTEN_PASSAGES passages holding the word's term, then remembered. */
  writtenForm(word: string): string | null {
    const known = this.writtenForms.get(word);
    if (known !== undefined) return known;
    const term = terms(word)[0];
    const counts: CaseCounts = { upper: 0, title: 0, lower: 0 };
    let read = 0;
    if (term)
      this.snapshot.bm25.visitPostings(term, (label) => {
        const ref = this.snapshot.chunkOf(label);
        const text = ref && this.snapshot.articles.get(ref.articleId)?.text;
        if (!ref || !text) return true;
        countCases(text.slice(ref.start, ref.end), word, counts);
        return ++read < WRITTEN_PASSAGES;
      });
    return remember(this.writtenForms, word, usualCapitals(word, counts, WRITTEN_AT_LEAST, WRITTEN_SHARE));
  }

  articleText(articleId: string): string | undefined {
    return this.snapshot.articles.get(articleId)?.text;
  }

  /** Every article's link key (text/link-keys.ts linkKey), read once, then a lookup per link. */
  linkedArticle(url: string): string | null {
    if (!this.links) {
      this.links = new Map();
      for (const { meta } of this.snapshot.articles.values())
        if (meta.url) this.links.set(linkKey(meta.url), meta.id);
    }
    return this.links.get(linkKey(url)) ?? null;
  }

  /** Read from every headline and text once per acronym (≈ 0.1 s at 7,500 articles), then remembered. */
  spelledOut(acronym: string): string | null {
    const known = this.spellings.get(acronym);
    if (known !== undefined) return known;
    const texts = function* (articles: IndexSnapshot["articles"]) {
      for (const article of articles.values()) yield `${article.meta.title}\n${article.text}`;
    };
    return remember(this.spellings, acronym, mostFrequentSpelling(acronym, texts(this.snapshot.articles)));
  }

  quotations(articleId: string): Quotation[] {
    return this.snapshot.quotations.get(articleId) ?? [];
  }

  async search(query: string, request: SearchRequest): Promise<Passage[]> {
    const mode = request.mode ?? "hybrid";
    const filters = request.filters ?? {};
    const asOf = request.asOf;
    const mentioning = request.mentioning?.length ? request.mentioning : undefined;
    const mentions = new Map<string, boolean>();
    const keepArticle =
      asOf ||
      mentioning ||
      filters.from ||
      filters.to ||
      filters.publishers?.length ||
      filters.sections?.length ||
      filters.articles
        ? (articleId: string) => {
            const article = this.snapshot.articles.get(articleId);
            if (article === undefined || !matchesFilters(article.meta, filters, asOf)) return false;
            if (!mentioning) return true;
            let holds = mentions.get(articleId);
            if (holds === undefined) {
              holds = mentioning.some((words) => article.text.includes(words));
              mentions.set(articleId, holds);
            }
            return holds;
          }
        : undefined;
    const refFilter = keepArticle ? (ref: ChunkRef) => keepArticle(ref.articleId) : undefined;
    let vectorLabels: number[] = [];
    let bm25Labels: number[] = [];
    if (mode !== "vector") {
      const labelFilter = refFilter
        ? (label: number) => {
            const ref = this.snapshot.chunkOf(label);
            return ref !== undefined && refFilter(ref);
          }
        : undefined;
      bm25Labels = this.snapshot.bm25.query(query, CANDIDATES, labelFilter).map((hit) => hit.label);
    }
    // The article-led ranking does not weigh the vector side (weight 0 measured best); it is searched only
    // when BM25 finds nothing to rank, so a question in other words than the archive's still finds stories.
    const vectorWanted =
      mode === "vector" ||
      (mode === "hybrid" &&
        (!this.articleLed || this.articleLed.vectorWeight > 0 || bm25Labels.length === 0));
    if (vectorWanted) {
      const vector = await this.embeddings.embedQuery(query).catch((error: unknown) => {
        // Hybrid search degrades to BM25 alone rather than failing the question; vector-only cannot.
        if (mode === "vector") throw error;
        this.onVectorFailure(error);
        return undefined;
      });
      if (vector)
        vectorLabels = this.snapshot.store
          .searchLabels(vector, CANDIDATES, refFilter)
          .map((hit) => hit.label);
    }
    const askedDay = asOf && request.recency ? dayNumber(asOf) : null;
    if (mode === "hybrid" && this.articleLed) {
      const settings = this.articleLed;
      const led = rankArticleLed({
        articles: this.articleRanking.rank(query, settings.articles, keepArticle, settings.titleTf),
        bm25Labels,
        vectorLabels,
        vectorFallback: bm25Labels.length === 0,
        articleOf: (label) => this.snapshot.chunkOf(label)?.articleId,
        published: (id) => this.snapshot.articles.get(id)?.meta.published,
        recency: askedDay !== null && request.recency ? { askedDay, prior: request.recency } : undefined,
        settings,
        rrfK: RRF_K,
      });
      const weights = this.queryWeights(query);
      // The best `twoPassages` stories bring two passages each, the rest one: more stories within the limit.
      const ordered: [number, number][] = [];
      for (const [rank, { articleId, score, labels }] of led.slice(0, request.limit).entries()) {
        const best = labels.length ? labels : [this.bestChunk(articleId, weights)];
        const take = rank < settings.twoPassages ? PER_ARTICLE : 1;
        for (const label of best.slice(0, take)) if (label !== undefined) ordered.push([label, score]);
      }
      return this.toPassages(ordered, query, request.limit);
    }
    const fused = new Map<number, number>();
    const addRanking = (labels: number[], weight: number) =>
      labels.forEach((label, rank) => {
        fused.set(label, (fused.get(label) ?? 0) + weight / (RRF_K + rank + 1));
      });
    addRanking(vectorLabels, VECTOR_WEIGHT);
    addRanking(bm25Labels, 1);
    if (mode === "hybrid") this.addArticleRanks(query, fused, keepArticle);
    if (askedDay !== null && request.recency) this.addRecency(fused, askedDay, request.recency);
    return this.toPassages(
      [...fused].sort((a, b) => b[1] - a[1]),
      query,
      request.limit,
    );
  }

  /** Passages of ranked chunk labels, at most PER_ARTICLE an article, each with its article's coverage. */
  private toPassages(ranked: [number, number][], query: string, limit: number): Passage[] {
    const perArticle = new Map<string, number>();
    const passages: Passage[] = [];
    const weights = this.queryWeights(query);
    const relevanceOf = new Map<string, number>();
    for (const [label, score] of ranked) {
      if (passages.length >= limit) break;
      const ref = this.snapshot.chunkOf(label);
      const article = ref && this.snapshot.articles.get(ref.articleId);
      if (!ref || !article) continue;
      const count = perArticle.get(ref.articleId) ?? 0;
      if (count >= PER_ARTICLE) continue;
      perArticle.set(ref.articleId, count + 1);
      let relevance = relevanceOf.get(ref.articleId);
      if (relevance === undefined) {
        relevance = this.coverage(weights, article.meta.title, article.labels);
        relevanceOf.set(ref.articleId, relevance);
      }
      passages.push({
        chunkId: ref.chunkId,
        article: article.meta,
        text: article.text.slice(ref.start, ref.end),
        start: ref.start,
        end: ref.end,
        score,
        relevance,
      });
    }
    return passages;
  }

  /**
   * The time prior: every passage gains `weight · freshness / (RRF_K + 1)`; with `newestFirst`, the best
   * NEWEST_OF stories also vote in date order, newest first (the newest as a first place, then halving).
   */
  private addRecency(fused: Map<number, number>, askedDay: number, prior: RecencyPrior): void {
    const metaOf = (label: number) => {
      const ref = this.snapshot.chunkOf(label);
      return ref && this.snapshot.articles.get(ref.articleId)?.meta;
    };
    const dateVote = new Map<string, number>();
    if (prior.newestFirst) {
      const best: ArticleMeta[] = [];
      for (const [label] of [...fused].sort((a, b) => b[1] - a[1])) {
        const meta = metaOf(label);
        if (meta && !best.includes(meta)) best.push(meta);
        if (best.length >= NEWEST_OF) break;
      }
      best.sort((a, b) => (b.published ?? "").localeCompare(a.published ?? ""));
      for (const [rank, meta] of best.entries())
        dateVote.set(meta.id, (prior.weight * 0.5 ** rank) / (RRF_K + 1));
    }
    for (const [label, score] of fused) {
      const meta = metaOf(label);
      if (!meta) continue;
      const fresh = (prior.weight * freshness(meta.published, askedDay, prior.halfLifeDays)) / (RRF_K + 1);
      fused.set(label, score + fresh + (dateVote.get(meta.id) ?? 0));
    }
  }

  /**
   * Adds each article's rank in the whole-article BM25 ranking to its passages' fused scores; a top article
   * none of whose passages was ranked brings in its passage with the most of the query's weight.
   */
  private addArticleRanks(
    query: string,
    fused: Map<number, number>,
    keep: ((articleId: string) => boolean) | undefined,
  ): void {
    const top = this.articleRanking.rank(query, ARTICLE_CANDIDATES, keep);
    const bonus = new Map(top.map((a, rank) => [a.articleId, ARTICLE_WEIGHT / (RRF_K + rank + 1)]));
    const seen = new Set<string>();
    for (const [label, score] of fused) {
      const articleId = this.snapshot.chunkOf(label)?.articleId;
      if (articleId === undefined) continue;
      seen.add(articleId);
      fused.set(label, score + (bonus.get(articleId) ?? 0));
    }
    const weights = this.queryWeights(query);
    for (const { articleId } of top) {
      if (seen.has(articleId)) continue;
      const best = this.bestChunk(articleId, weights);
      if (best !== undefined) fused.set(best, bonus.get(articleId) ?? 0);
    }
  }

  /** The article's chunk holding the most of the query's weight. */
  private bestChunk(articleId: string, weights: Map<string, number>): number | undefined {
    const labels = this.snapshot.articles.get(articleId)?.labels ?? [];
    let best = labels[0];
    let bestWeight = -1;
    for (const label of labels) {
      let w = 0;
      for (const [term, weight] of weights) if (this.snapshot.bm25.hasTerm(label, term)) w += weight;
      if (w > bestWeight) [best, bestWeight] = [label, w];
    }
    return best;
  }

  private queryWeights(query: string): Map<string, number> {
    const weights = new Map<string, number>();
    for (const token of contentTerms(query)) weights.set(token, this.termWeight(token));
    return weights;
  }

  /**
   * IDF-weighted share of the query's content words present in the article (its title or any of its
   * chunks). Looked up in the BM25 index's per-chunk terms, so no article text is re-tokenised per query.
   */
  private coverage(weights: Map<string, number>, title: string, labels: number[]): number {
    let total = 0;
    for (const w of weights.values()) total += w;
    if (total === 0) return 0;
    const inTitle = new Set(terms(title));
    let found = 0;
    for (const [token, w] of weights) {
      if (inTitle.has(token) || labels.some((label) => this.snapshot.bm25.hasTerm(label, token))) found += w;
    }
    return found / total;
  }
}
