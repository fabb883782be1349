/** The on-disk BM25 postings: a JSON envelope and a binary int32 file, or the legacy one-file JSON. */
import { TERMS_VERSION } from "../../text/tokenize";

const LEGACY_FORMAT = "bm25-postings-1";
const FORMAT = "bm25-postings-2";

/** Terms, per-term posting counts, then the flat (label, tf) postings and (label, length) document pairs. */
export interface PostingArrays {
  terms: string[];
  counts: number[];
  postings: Int32Array;
  docs: Int32Array;
  /** How the terms were made (tokenize.ts TERMS_VERSION); 1 for files saved before it was recorded. */
  termsVersion?: number;
}

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
  termsVersion?: number;
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

/** The arrays of files written by encodePostingFiles() (or of the legacy one-file JSON, without `binary`). */
export function decodePostingFiles(json: string, binary?: Uint8Array): PostingArrays {
  const data = JSON.parse(json) as Serialised | Envelope;
  if (data.format === LEGACY_FORMAT) {
    const legacy = data as Serialised;
    return {
      terms: legacy.terms,
      counts: legacy.counts,
      postings: fromBase64(legacy.postings),
      docs: fromBase64(legacy.docs),
      termsVersion: 1,
    };
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
  return {
    terms: envelope.terms,
    counts: envelope.counts,
    postings: values.subarray(0, envelope.postingValues),
    docs: values.subarray(envelope.postingValues),
    termsVersion: envelope.termsVersion ?? 1,
  };
}

/**
 * The saved form: a small JSON envelope (terms, per-term counts) and one binary file of little-endian
 * int32 values, the live (label, tf) postings then the (label, length) pairs of live documents. Loading
 * is a view over the file's bytes (no base64, no JSON parse of the postings), saving writes the arrays'
 * bytes as they are (docs/performance.md).
 */
export function encodePostingFiles(arrays: PostingArrays): { json: string; binary: Uint8Array[] } {
  const { terms, counts, postings, docs, termsVersion = TERMS_VERSION } = arrays;
  const envelope: Envelope = {
    format: FORMAT,
    terms,
    counts,
    postingValues: postings.length,
    docValues: docs.length,
    termsVersion,
  };
  return {
    json: JSON.stringify(envelope),
    binary: [littleEndianBytes(postings), littleEndianBytes(docs)],
  };
}

/** The legacy one-file JSON (base64 postings); kept for tools and tests that want one string. */
export function encodeLegacyPostingJson(arrays: PostingArrays): string {
  const { terms, counts, postings, docs } = arrays;
  return JSON.stringify({
    format: LEGACY_FORMAT,
    terms,
    counts,
    postings: Buffer.from(postings.buffer, postings.byteOffset, postings.byteLength).toString("base64"),
    docs: Buffer.from(docs.buffer, docs.byteOffset, docs.byteLength).toString("base64"),
  } satisfies Serialised);
}
