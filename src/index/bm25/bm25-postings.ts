/** The BM25 inverted index's storage: term → interleaved label/tf postings, document lengths and terms. */
import { terms as termsOf } from "../../text/tokenize";
import type { PostingArrays } from "./bm25-postings-file";

export class Bm25Postings {
  readonly termIds = new Map<string, number>();
  readonly termNames: string[] = [];
  /**
   * Per term: label, tf, label, tf, … in an Int32Array (4 bytes a value, half a number[]'s), used up to
   * `postingLengths[term]` and grown by 1.5×; deleted labels stay until the next save. A loaded index keeps
   * views into the file's one Int32Array, copied only when a term gets a new posting.
   */
  readonly postings: Int32Array[] = [];
  readonly postingLengths: number[] = [];
  /** Live documents containing each term. */
  readonly df: number[] = [];
  /** Document length by label (0 = no document); terms of each live document, for removal. */
  private documentLengths = new Float64Array(1024);
  readonly docTerms = new Map<number, Int32Array>();
  private lengthSum = 0;

  /** Document length by label (0 = no document); replaced by a larger array as labels grow. */
  get lengths(): Float64Array {
    return this.documentLengths;
  }

  /** Sum of the lengths of live documents. */
  get totalLength(): number {
    return this.lengthSum;
  }

  static fromArrays({ terms, counts, postings, docs }: PostingArrays): Bm25Postings {
    const index = new Bm25Postings();
    // Each document's term ids by a counting sort over the postings (one shared Int32Array, no per-doc lists).
    let maxLabel = -1;
    for (let i = 0; i < docs.length; i += 2) maxLabel = Math.max(maxLabel, docs[i] as number);
    const perLabel = new Int32Array(maxLabel + 2);
    for (let i = 0; i < postings.length; i += 2) {
      const label = postings[i] as number;
      if (label <= maxLabel) perLabel[label + 1] = (perLabel[label + 1] as number) + 1;
    }
    for (let l = 1; l < perLabel.length; l++)
      perLabel[l] = (perLabel[l] as number) + (perLabel[l - 1] as number);
    const starts = perLabel.slice(0, perLabel.length - 1);
    const ids = new Int32Array(perLabel[perLabel.length - 1] as number);
    let at = 0;
    terms.forEach((term, id) => {
      const n = counts[id] ?? 0;
      if (at + 2 * n > postings.length) throw new Error("BM25 postings shorter than their counts");
      index.termIds.set(term, id);
      index.termNames.push(term);
      index.postings.push(postings.subarray(at, at + 2 * n));
      index.postingLengths.push(2 * n);
      index.df.push(n);
      for (let i = at; i < at + 2 * n; i += 2) {
        const label = postings[i] as number;
        if (label > maxLabel || label < 0) continue;
        ids[starts[label] as number] = id;
        starts[label] = (starts[label] as number) + 1;
      }
      at += 2 * n;
    });
    for (let i = 0; i < docs.length; i += 2) {
      const label = docs[i] as number;
      if (label < 0) throw new Error("BM25 document label out of range");
      index.grow(label);
      index.documentLengths[label] = docs[i + 1] as number;
      index.lengthSum += docs[i + 1] as number;
      index.docTerms.set(label, ids.subarray(perLabel[label] as number, perLabel[label + 1] as number));
    }
    return index;
  }

  /** Live postings and documents as flat arrays, with the terms and per-term counts. */
  liveArrays(): PostingArrays {
    let live = 0;
    const counts: number[] = [];
    this.postings.forEach((list, id) => {
      const length = this.postingLengths[id] as number;
      let n = 0;
      for (let i = 0; i < length; i += 2) if (this.docTerms.has(list[i] as number)) n++;
      counts.push(n);
      live += n;
    });
    const flat = new Int32Array(2 * live);
    let at = 0;
    this.postings.forEach((list, id) => {
      const length = this.postingLengths[id] as number;
      for (let i = 0; i < length; i += 2) {
        const label = list[i] as number;
        if (!this.docTerms.has(label)) continue;
        flat[at++] = label;
        flat[at++] = list[i + 1] as number;
      }
    });
    const docs = new Int32Array(2 * this.docTerms.size);
    at = 0;
    for (const label of this.docTerms.keys()) {
      docs[at++] = label;
      docs[at++] = this.documentLengths[label] as number;
    }
    return { terms: this.termNames, counts, postings: flat, docs };
  }

  get size(): number {
    return this.docTerms.size;
  }

  private grow(label: number): void {
    if (label < this.documentLengths.length) return;
    let size = this.documentLengths.length;
    while (size <= label) size *= 2;
    const next = new Float64Array(size);
    next.set(this.documentLengths);
    this.documentLengths = next;
  }

  add(label: number, text: string): void {
    this.remove(label);
    const tf = new Map<string, number>();
    const words = termsOf(text);
    for (const term of words) tf.set(term, (tf.get(term) ?? 0) + 1);
    const ids = new Int32Array(tf.size);
    let i = 0;
    for (const [term, count] of tf) {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.termNames.length;
        this.termIds.set(term, id);
        this.termNames.push(term);
        this.postings.push(new Int32Array(4));
        this.postingLengths.push(0);
        this.df.push(0);
      }
      let list = this.postings[id] as Int32Array;
      const used = this.postingLengths[id] as number;
      if (used + 2 > list.length) {
        const grown = new Int32Array(Math.max(4, 2 * Math.ceil(list.length * 0.75)));
        grown.set(list.subarray(0, used));
        list = grown;
        this.postings[id] = grown;
      }
      list[used] = label;
      list[used + 1] = count;
      this.postingLengths[id] = used + 2;
      this.df[id] = (this.df[id] as number) + 1;
      ids[i++] = id;
    }
    this.grow(label);
    this.documentLengths[label] = Math.max(1, words.length);
    this.lengthSum += Math.max(1, words.length);
    this.docTerms.set(label, ids);
  }

  /** Removes a chunk: its postings are skipped from now on and dropped at the next save. */
  remove(label: number): void {
    const ids = this.docTerms.get(label);
    if (!ids) return;
    for (const id of ids) this.df[id] = (this.df[id] as number) - 1;
    this.lengthSum -= this.documentLengths[label] as number;
    this.documentLengths[label] = 0;
    this.docTerms.delete(label);
  }
}
