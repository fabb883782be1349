/**
 * BM25 over chunk texts: an own inverted index (term → interleaved label/tf postings) with the same terms as
 * the embedder. Replaces minisearch, which took ~21 ms a query at 100k chunks (docs/performance.md); this
 * scores only the query's content terms into a flat score array and keeps the top `limit` in one pass.
 */
import { STOPWORDS, terms, tokenize, toTerm } from "../text/tokenize";

/** BM25+ parameters (k1, b, and the lower bound δ of Lv & Zhai 2011), as minisearch used them. */
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;
const LEGACY_FORMAT = "bm25-postings-1";
const FORMAT = "bm25-postings-2";

interface Serialised {
  format: string;
  terms: string[];
  /** Postings per term: counts of (label, tf) pairs, in `terms` order. */
  counts: number[];
  /** base64 of an Int32Array: every term's (label, tf) pairs, concatenated. */
  postings: string;
  /** base64 of an Int32Array: (label, length) pairs of live documents. */
  docs: string;
}

/** The envelope of the current format; the postings are in a binary file beside it. */
interface Envelope {
  format: string;
  terms: string[];
  counts: number[];
  /** int32 values of postings, then of docs, in the binary file. */
  postingValues: number;
  docValues: number;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The array's bytes as little-endian int32 (a view on little-endian machines, a swapped copy otherwise). */
function littleEndianBytes(values: Int32Array): Uint8Array {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  if (LITTLE_ENDIAN) return bytes;
  const copy = Buffer.from(bytes);
  copy.swap32();
  return copy;
}

/** An Int32Array over little-endian bytes: a view when aligned on a little-endian machine, else a copy. */
function int32View(bytes: Uint8Array): Int32Array {
  if (bytes.byteLength % 4 !== 0)
    throw new Error(`BM25 postings file of ${bytes.byteLength} bytes is not whole int32 values`);
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0)
    return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const copy = Buffer.from(bytes);
  if (!LITTLE_ENDIAN) copy.swap32();
  const aligned = new Uint8Array(copy.length);
  aligned.set(copy);
  return new Int32Array(aligned.buffer);
}
const fromBase64 = (text: string): Int32Array => {
  const bytes = Buffer.from(text, "base64");
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Int32Array(copy.buffer);
};

export class Bm25Index {
  private readonly termIds = new Map<string, number>();
  private readonly termNames: string[] = [];
  /**
   * Per term: label, tf, label, tf, … in an Int32Array (4 bytes a value, half a number[]'s), used up to
   * `postingLengths[term]` and grown by 1.5×; deleted labels stay until the next save. A loaded index keeps
   * views into the file's one Int32Array, copied only when a term gets a new posting.
   */
  private readonly postings: Int32Array[] = [];
  private readonly postingLengths: number[] = [];
  /** Live documents containing each term. */
  private readonly df: number[] = [];
  /** Document length by label (0 = no document); terms of each live document, for removal. */
  private lengths = new Float64Array(1024);
  private readonly docTerms = new Map<number, Int32Array>();
  private totalLength = 0;
  private scores = new Float64Array(1024);

  static empty(): Bm25Index {
    return new Bm25Index();
  }

  /** An index saved by toFiles(): the JSON envelope and the binary postings file (or the legacy one-file JSON). */
  static fromFiles(json: string, binary?: Uint8Array): Bm25Index {
    const data = JSON.parse(json) as Serialised | Envelope;
    if (data.format === LEGACY_FORMAT) {
      const legacy = data as Serialised;
      return Bm25Index.fromArrays(
        legacy.terms,
        legacy.counts,
        fromBase64(legacy.postings),
        fromBase64(legacy.docs),
      );
    }
    if (data.format !== FORMAT)
      throw new Error(`BM25 index format ${String(data.format)} is not ${FORMAT}: re-ingest`);
    const envelope = data as Envelope;
    if (!binary) throw new Error("BM25 postings file missing");
    const values = int32View(binary);
    if (values.length !== envelope.postingValues + envelope.docValues)
      throw new Error(
        `BM25 postings file has ${values.length} values, expected ${envelope.postingValues + envelope.docValues}`,
      );
    return Bm25Index.fromArrays(
      envelope.terms,
      envelope.counts,
      values.subarray(0, envelope.postingValues),
      values.subarray(envelope.postingValues),
    );
  }

  /** The legacy one-file format (base64 postings inside JSON). */
  static fromJSON(json: string): Bm25Index {
    return Bm25Index.fromFiles(json);
  }

  private static fromArrays(
    terms: string[],
    counts: number[],
    postings: Int32Array,
    docs: Int32Array,
  ): Bm25Index {
    const index = new Bm25Index();
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
      index.lengths[label] = docs[i + 1] as number;
      index.totalLength += docs[i + 1] as number;
      index.docTerms.set(label, ids.subarray(perLabel[label] as number, perLabel[label + 1] as number));
    }
    return index;
  }

  /** Live postings and documents as flat arrays, with the per-term counts. */
  private livePostings(): { counts: number[]; flat: Int32Array; docs: Int32Array } {
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
      docs[at++] = this.lengths[label] as number;
    }
    return { counts, flat, docs };
  }

  /**
   * The saved form: a small JSON envelope (terms, per-term counts) and one binary file of little-endian
   * int32 values, the live (label, tf) postings then the (label, length) pairs of live documents. Loading
   * is a view over the file's bytes (no base64, no JSON parse of the postings), saving writes the arrays'
   * bytes as they are (docs/performance.md).
   */
  toFiles(): { json: string; binary: Uint8Array[] } {
    const { counts, flat, docs } = this.livePostings();
    const envelope: Envelope = {
      format: FORMAT,
      terms: this.termNames,
      counts,
      postingValues: flat.length,
      docValues: docs.length,
    };
    return {
      json: JSON.stringify(envelope),
      binary: [littleEndianBytes(flat), littleEndianBytes(docs)],
    };
  }

  /** The legacy one-file JSON (base64 postings); kept for tools and tests that want one string. */
  toJSON(): string {
    const { counts, flat, docs } = this.livePostings();
    return JSON.stringify({
      format: LEGACY_FORMAT,
      terms: this.termNames,
      counts,
      postings: Buffer.from(flat.buffer, flat.byteOffset, flat.byteLength).toString("base64"),
      docs: Buffer.from(docs.buffer, docs.byteOffset, docs.byteLength).toString("base64"),
    } satisfies Serialised);
  }

  get size(): number {
    return this.docTerms.size;
  }

  private grow(label: number): void {
    if (label < this.lengths.length) return;
    let size = this.lengths.length;
    while (size <= label) size *= 2;
    const next = new Float64Array(size);
    next.set(this.lengths);
    this.lengths = next;
  }

  add(label: number, text: string): void {
    this.remove(label);
    const tf = new Map<string, number>();
    const words = terms(text);
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
    this.lengths[label] = Math.max(1, words.length);
    this.totalLength += Math.max(1, words.length);
    this.docTerms.set(label, ids);
  }

  /** Removes a chunk: its postings are skipped from now on and dropped at the next save. */
  remove(label: number): void {
    const ids = this.docTerms.get(label);
    if (!ids) return;
    for (const id of ids) this.df[id] = (this.df[id] as number) - 1;
    this.totalLength -= this.lengths[label] as number;
    this.lengths[label] = 0;
    this.docTerms.delete(label);
  }

  /** Top `limit` labels by BM25+ score over the query's content terms, best first; `filter` sees labels. */
  query(
    text: string,
    limit: number,
    filter?: (label: number) => boolean,
  ): { label: number; score: number }[] {
    const n = this.docTerms.size;
    if (n === 0 || limit <= 0) return [];
    const avg = this.totalLength / n;
    const tokens = tokenize(text);
    const content = tokens.filter((t) => !STOPWORDS.has(t));
    const queryTerms = new Set((content.length ? content : tokens).map(toTerm));
    if (this.scores.length < this.lengths.length) this.scores = new Float64Array(this.lengths.length);
    const scores = this.scores;
    const touched: number[] = [];
    for (const term of queryTerms) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const df = this.df[id] as number;
      if (df <= 0) continue;
      const idf = Math.log((n - df + 0.5) / (df + 0.5) + 1);
      const list = this.postings[id] as Int32Array;
      const used = this.postingLengths[id] as number;
      for (let i = 0; i < used; i += 2) {
        const label = list[i] as number;
        const length = this.lengths[label] as number;
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

  /** Whether chunk `label` contains `term` (an index term, as `terms()` gives). */
  hasTerm(label: number, term: string): boolean {
    const id = this.termIds.get(term);
    return id !== undefined && (this.docTerms.get(label)?.includes(id) ?? false);
  }

  /** Inverse document frequency of a term (ln((N - n + 0.5)/(n + 0.5) + 1)); unseen terms get the maximum. */
  idf(token: string): number {
    const n = this.docTerms.size;
    const df = this.documentFrequency(token);
    return Math.log((n - df + 0.5) / (df + 0.5) + 1);
  }

  /** Live documents containing `token`. */
  documentFrequency(token: string): number {
    const id = this.termIds.get(token);
    return id === undefined ? 0 : (this.df[id] as number);
  }
}
