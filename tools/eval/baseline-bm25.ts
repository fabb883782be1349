/**
 * The plain baseline every ranking change is compared with in the same eval run: whole-article Okapi BM25
 * (k1 1.2, b 0.75) over headline + text, lower-cased words, a small stop list, no stemming; its reply is the
 * 3 best sentences of the top 3 articles. With dates: articles published after the question's date are
 * dropped and scores are multiplied by a 7-day half-life recency prior. It shares no code with the product.
 */
import type { LoadedArticle } from "../../src/articles/article";

const K1 = 1.2;
const B = 0.75;
const HALF_LIFE_DAYS = 7;
const STOP = new Set(
  "a an the of in on at to for from by with and or but is are was were be been it its this that these those what which who whom whose when where why how did do does has have had as into than then there their they he she his her him not no".split(
    " ",
  ),
);

const words = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w));
const day = (date: string): number =>
  Date.parse(`${date.slice(0, 10)}${date.length === 4 ? "-07-01" : date.length === 7 ? "-15" : ""}`) /
  86_400_000;

export interface BaselineHit {
  ranked: string[];
  reply: string;
}

interface Doc {
  id: string;
  published: string | null;
  tf: Map<string, number>;
  length: number;
  text: string;
}

export class BaselineBm25 {
  private readonly docs: Doc[];
  private readonly df = new Map<string, number>();
  private readonly avg: number;

  constructor(articles: LoadedArticle[]) {
    this.docs = articles.map((a) => {
      const tf = new Map<string, number>();
      const list = words(`${a.meta.title}\n${a.text}`);
      for (const w of list) tf.set(w, (tf.get(w) ?? 0) + 1);
      for (const w of tf.keys()) this.df.set(w, (this.df.get(w) ?? 0) + 1);
      return { id: a.meta.id, published: a.meta.published, tf, length: list.length, text: a.text };
    });
    this.avg = this.docs.reduce((s, d) => s + d.length, 0) / Math.max(1, this.docs.length);
  }

  private idf(w: string): number {
    const n = this.docs.length;
    const df = this.df.get(w) ?? 0;
    return Math.log((n - df + 0.5) / (df + 0.5) + 1);
  }

  ask(question: string, asOf: string | null): BaselineHit {
    const q = [...new Set(words(question))];
    const asked = asOf ? day(asOf) : null;
    const scored: { doc: Doc; score: number }[] = [];
    for (const doc of this.docs) {
      if (asOf && doc.published && doc.published.slice(0, 10) > asOf) continue;
      let score = 0;
      for (const w of q) {
        const f = doc.tf.get(w);
        if (f) score += (this.idf(w) * f * (K1 + 1)) / (f + K1 * (1 - B + (B * doc.length) / this.avg));
      }
      if (score <= 0) continue;
      if (asked !== null && doc.published)
        score *= 2 ** (-Math.max(0, asked - day(doc.published)) / HALF_LIFE_DAYS);
      scored.push({ doc, score });
    }
    scored.sort((a, b) => b.score - a.score);
    const sentences = scored.slice(0, 3).flatMap(({ doc }) =>
      doc.text.split(/(?<=[.!?])\s+/).map((s: string) => {
        const present = new Set(words(s));
        return { s, score: q.reduce((sum, w) => sum + (present.has(w) ? this.idf(w) : 0), 0) };
      }),
    );
    sentences.sort((a, b) => b.score - a.score);
    return {
      ranked: scored.slice(0, 10).map((x) => x.doc.id),
      reply: sentences
        .slice(0, 3)
        .map((x) => x.s)
        .join("\n"),
    };
  }
}
