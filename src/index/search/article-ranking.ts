/**
 * Whole-article BM25: an article's body terms are the sum of its chunks' postings (no second index), and its
 * headline is a field whose words count extra. News questions are about a story more than about a passage,
 * so this ranking of articles is fused with the passage rankings (hybrid-retriever.ts).
 */
import { terms } from "../../text/tokenize";
import { type Bm25Index, queryTerms } from "../bm25/bm25-index";
import type { StoredArticle } from "../store/snapshot-types";

/** Okapi BM25 parameters for whole articles (the plain baseline's: k1 1.2, b 0.75). */
const K1 = 1.2;
const B = 0.75;
/** A query word in the headline counts as this many more occurrences in the body. */
const TITLE_TF = 2;

export interface RankedArticle {
  articleId: string;
  score: number;
}

export class ArticleRanking {
  private readonly ids: string[] = [];
  /** label → index into `ids` (-1: none). */
  private readonly articleOf: Int32Array;
  private readonly lengths: Float64Array;
  private readonly titles: Set<string>[] = [];
  private readonly avgLength: number;
  private readonly tf: Float64Array;
  private readonly scores: Float64Array;

  constructor(
    articles: Iterable<StoredArticle>,
    private readonly bm25: Bm25Index,
  ) {
    let maxLabel = -1;
    const list = [...articles];
    for (const article of list) for (const label of article.labels) maxLabel = Math.max(maxLabel, label);
    this.articleOf = new Int32Array(maxLabel + 1).fill(-1);
    this.lengths = new Float64Array(list.length);
    let total = 0;
    for (const [i, article] of list.entries()) {
      this.ids.push(article.meta.id);
      this.titles.push(new Set(terms(article.meta.title)));
      let length = 0;
      for (const label of article.labels) {
        this.articleOf[label] = i;
        length += bm25.lengthOf(label);
      }
      this.lengths[i] = length;
      total += length;
    }
    this.avgLength = list.length ? total / list.length : 0;
    this.tf = new Float64Array(list.length);
    this.scores = new Float64Array(list.length);
  }

  /** The best `limit` articles for a query, best first; `keep` sees article ids. */
  rank(
    query: string,
    limit: number,
    keep?: (articleId: string) => boolean,
    titleTf = TITLE_TF,
  ): RankedArticle[] {
    const n = this.ids.length;
    if (n === 0 || limit <= 0) return [];
    const { tf, scores, articleOf } = this;
    const scored: number[] = [];
    for (const term of queryTerms(query)) {
      const touched: number[] = [];
      this.bm25.visitPostings(term, (label, count) => {
        const i = articleOf[label] ?? -1;
        if (i < 0) return;
        if (tf[i] === 0) touched.push(i);
        tf[i] = (tf[i] as number) + count;
      });
      const df = touched.length;
      if (df === 0) continue;
      const idf = Math.log((n - df + 0.5) / (df + 0.5) + 1);
      for (const i of touched) {
        const f = (tf[i] as number) + (this.titles[i]?.has(term) ? titleTf : 0);
        tf[i] = 0;
        const norm = K1 * (1 - B + (B * (this.lengths[i] as number)) / this.avgLength);
        if (scores[i] === 0) scored.push(i);
        scores[i] = (scores[i] as number) + (idf * f * (K1 + 1)) / (f + norm);
      }
    }
    const top: RankedArticle[] = [];
    for (const i of scored) {
      const score = scores[i] as number;
      scores[i] = 0;
      const articleId = this.ids[i] as string;
      if (top.length >= limit && score <= (top[top.length - 1] as RankedArticle).score) continue;
      if (keep && !keep(articleId)) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1] as RankedArticle).score < score) at--;
      top.splice(at, 0, { articleId, score });
      if (top.length > limit) top.pop();
    }
    return top;
  }
}
