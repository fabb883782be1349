/**
 * BM25 over chunk texts: an own inverted index (term → interleaved label/tf postings) with the same terms as
 * the embedder. Replaces minisearch, which took ~21 ms a query at 100k chunks (docs/performance.md); this
 * scores only the query's content terms into a flat score array and keeps the top `limit` in one pass.
 * The postings live in bm25-postings.ts, their files in bm25-postings-file.ts.
 */
import { contentTokens, TERMS_VERSION, tokenize, toTerm } from "../../text/tokenize";
import { Bm25Postings } from "./bm25-postings";
import { decodePostingFiles, encodeLegacyPostingJson, encodePostingFiles } from "./bm25-postings-file";

/** BM25+ parameters (k1, b, and the lower bound δ of Lv & Zhai 2011), as minisearch used them. */
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/** The index terms a query is scored on: its content words (all its words when it has none), stemmed, once each. */
export function queryTerms(text: string): Set<string> {
  const content = contentTokens(text);
  return new Set((content.length ? content : tokenize(text)).map(toTerm));
}

export class Bm25Index {
  private readonly store: Bm25Postings;
  private scores = new Float64Array(1024);

  /** How its terms were made (tokenize.ts TERMS_VERSION): an older index is rebuilt when loaded. */
  readonly termsVersion: number;

  constructor(store: Bm25Postings = new Bm25Postings(), termsVersion = TERMS_VERSION) {
    this.store = store;
    this.termsVersion = termsVersion;
  }

  static empty(): Bm25Index {
    return new Bm25Index();
  }

  /** An index saved by toFiles(): the JSON envelope and the binary postings file (or the legacy one-file JSON). */
  static fromFiles(json: string, binary?: Uint8Array): Bm25Index {
    const arrays = decodePostingFiles(json, binary);
    return new Bm25Index(Bm25Postings.fromArrays(arrays), arrays.termsVersion);
  }

  /** The legacy one-file format (base64 postings inside JSON). */
  static fromJSON(json: string): Bm25Index {
    return Bm25Index.fromFiles(json);
  }

  /**
   * The saved form: a small JSON envelope (terms, per-term counts) and one binary file of little-endian
   * int32 values, the live postings then the live documents (bm25-postings-file.ts, docs/performance.md).
   */
  toFiles(): { json: string; binary: Uint8Array[] } {
    return encodePostingFiles({ ...this.store.liveArrays(), termsVersion: this.termsVersion });
  }

  /** The legacy one-file JSON (base64 postings); kept for tools and tests that want one string. */
  toJSON(): string {
    return encodeLegacyPostingJson(this.store.liveArrays());
  }

  get size(): number {
    return this.store.size;
  }

  add(label: number, text: string): void {
    this.store.add(label, text);
  }

  /** Removes a chunk: its postings are skipped from now on and dropped at the next save. */
  remove(label: number): void {
    this.store.remove(label);
  }

  /** Top `limit` labels by BM25+ score over the query's content terms, best first; `filter` sees labels. */
  query(
    text: string,
    limit: number,
    filter?: (label: number) => boolean,
  ): { label: number; score: number }[] {
    const store = this.store;
    const n = store.size;
    if (n === 0 || limit <= 0) return [];
    const avg = store.totalLength / n;
    const lengths = store.lengths;
    if (this.scores.length < lengths.length) this.scores = new Float64Array(lengths.length);
    const scores = this.scores;
    const touched: number[] = [];
    for (const term of queryTerms(text)) {
      const id = store.termIds.get(term);
      if (id === undefined) continue;
      const df = store.df[id] as number;
      if (df <= 0) continue;
      const idf = Math.log((n - df + 0.5) / (df + 0.5) + 1);
      const list = store.postings[id] as Int32Array;
      const used = store.postingLengths[id] as number;
      for (let i = 0; i < used; i += 2) {
        const label = list[i] as number;
        const length = lengths[label] as number;
        if (length === 0) continue;
        const tf = list[i + 1] as number;
        const s = idf * (DELTA + (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / avg)));
        if (scores[label] === 0) touched.push(label);
        scores[label] = (scores[label] as number) + s;
      }
    }
    const top: { label: number; score: number }[] = [];
    let floor = -1;
    for (const label of touched) {
      const score = scores[label] as number;
      scores[label] = 0;
      if (score <= floor && top.length >= limit) continue;
      if (filter && !filter(label)) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1] as { score: number }).score < score) at--;
      top.splice(at, 0, { label, score });
      if (top.length > limit) top.pop();
      if (top.length >= limit) floor = (top[top.length - 1] as { score: number }).score;
    }
    return top;
  }

  /** Calls `visit(label, tf)` for every live posting of an index term, until it returns false. */
  visitPostings(term: string, visit: (label: number, tf: number) => boolean | undefined): void {
    const store = this.store;
    const id = store.termIds.get(term);
    if (id === undefined || (store.df[id] as number) <= 0) return;
    const list = store.postings[id] as Int32Array;
    const used = store.postingLengths[id] as number;
    const lengths = store.lengths;
    for (let i = 0; i < used; i += 2) {
      const label = list[i] as number;
      if ((lengths[label] as number) > 0 && visit(label, list[i + 1] as number) === false) return;
    }
  }

  /** Length (in terms) of chunk `label`; 0 when there is no such live chunk. */
  lengthOf(label: number): number {
    return (this.store.lengths[label] as number | undefined) ?? 0;
  }

  /** Whether chunk `label` contains `term` (an index term, as `terms()` gives). */
  hasTerm(label: number, term: string): boolean {
    const id = this.store.termIds.get(term);
    return id !== undefined && (this.store.docTerms.get(label)?.includes(id) ?? false);
  }

  /** Inverse document frequency of a term (ln((N - n + 0.5)/(n + 0.5) + 1)); unseen terms get the maximum. */
  idf(token: string): number {
    const n = this.store.size;
    const df = this.documentFrequency(token);
    return Math.log((n - df + 0.5) / (df + 0.5) + 1);
  }

  /** Live documents containing `token`. */
  documentFrequency(token: string): number {
    const id = this.store.termIds.get(token);
    return id === undefined ? 0 : (this.store.df[id] as number);
  }
}
