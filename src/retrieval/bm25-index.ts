/** BM25 over chunk texts through minisearch, with the same tokenizer as the embedder. */
import MiniSearch, { type Options } from "minisearch";
import { tokenize } from "../text/tokenize";

interface Bm25Doc {
  id: number;
  text: string;
}

const OPTIONS: Options<Bm25Doc> = {
  fields: ["text"],
  storeFields: [],
  tokenize,
  processTerm: (term) => term,
  searchOptions: { combineWith: "OR", bm25: { k: 1.2, b: 0.7, d: 0.5 } },
};

export class Bm25Index {
  private constructor(private readonly search: MiniSearch<Bm25Doc>) {}

  static empty(): Bm25Index {
    return new Bm25Index(new MiniSearch<Bm25Doc>(OPTIONS));
  }

  static fromJSON(json: string): Bm25Index {
    return new Bm25Index(MiniSearch.loadJSON<Bm25Doc>(json, OPTIONS));
  }

  toJSON(): string {
    return JSON.stringify(this.search);
  }

  get size(): number {
    return this.search.documentCount;
  }

  add(label: number, text: string): void {
    this.search.add({ id: label, text });
  }

  /** Removes a chunk; minisearch cleans up lazily (vacuum) so this stays cheap. */
  remove(label: number): void {
    if (this.search.has(label)) this.search.discard(label);
  }

  /** Top `limit` labels by BM25 score, best first; `filter` sees labels. */
  query(text: string, limit: number, filter?: (label: number) => boolean): { label: number; score: number }[] {
    const results = this.search.search(text, filter ? { filter: (r) => filter(r.id as number) } : undefined);
    return results.slice(0, limit).map((r) => ({ label: r.id as number, score: r.score }));
  }

  /** Inverse document frequency of a token (ln((N - n + 0.5)/(n + 0.5) + 1)); unseen tokens get the maximum. */
  idf(token: string): number {
    const n = this.search.documentCount;
    const df = this.documentFrequency(token);
    return Math.log((n - df + 0.5) / (df + 0.5) + 1);
  }

  /** Documents containing `token`. minisearch 7 has no public accessor; its term index holds field → doc → tf. */
  documentFrequency(token: string): number {
    const index = (this.search as unknown as { _index: { get(term: string): Map<number, Map<number, number>> | undefined } })
      ._index;
    const fields = index.get(token);
    return fields?.get(0)?.size ?? 0;
  }
}
