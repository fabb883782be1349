/** The built-in offline embedder: hashed word and word-pair features joined with averaged GloVe word vectors. */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { fnv1a } from "../text/fnv1a";
import { STOPWORDS, tokenize, toTerm } from "../text/tokenize";
import type { EmbedderIdentity } from "./embedder-identity";
import { type WordVectorLookup, wordVectors, wordVectorsForFewWords } from "./word-vectors";

/** Written into every index; an index is only ever queried with the embedder that built it. */
/**
 * Version 3: hashed lexical features (512 dimensions) joined with averaged GloVe word vectors (100), so the
 * vector side brings a signal BM25 lacks (related words) instead of a weaker copy of BM25's (version 2,
 * hashes only). 256 hashed dimensions collided enough to cost 3 points of recall@5 in version 2.
 * Version 4: the same, with dotted initials as one word ("U.S." as "US": tokenize.ts TERMS_VERSION 2).
 */
export const LOCAL_EMBEDDER: EmbedderIdentity = { name: "local", version: 4, dimensions: 612 };

const HASH_DIMENSIONS = 512;
/**
 * Cosine similarity = HASH_SHARE × cosine of the hashed parts + (1 − HASH_SHARE) × cosine of the word-vector
 * parts. On realtimeqa-dev, fused with BM25, shares 0.7 / 0.5 / 0.3 gave recall@5 93.6 / 94.7 / 95.7 % and
 * the word vectors alone 94.7 % (docs/performance.md).
 */
const HASH_SHARE = 0.3;
/** SIF weight a / (a + p(w)) (Arora et al. 2017), p(w) from the word's frequency rank by Zipf's law. */
const SIF_A = 1e-3;
const ZIPF_TOP = 0.1;

/**
 * The lexical part: feature hashing ("hashing trick"). Each token, and each pair of adjacent content tokens, is hashed to
 * one of `dimensions` buckets (words are Porter2-stemmed first) with a ±1 sign from a second hash bit. Weights stand in for IDF without
 * corpus statistics (so an article's vector never changes when others are added): stopwords 0.15,
 * digits-only tokens 0.6, other words 1.0 scaled by 1 + ln(tf), word pairs 0.5. The vector is L2-normalised,
 * so cosine similarity is a dot product. Deterministic: same text, same vector, on any machine.
 */
export function embedHashed(text: string, dimensions = HASH_DIMENSIONS): Float32Array {
  return hashTokens(tokenize(text), dimensions);
}

const termHashes = new Map<string, number>();

function termHash(term: string): number {
  let hash = termHashes.get(term);
  if (hash === undefined) {
    hash = fnv1a(term);
    if (termHashes.size < 500_000) termHashes.set(term, hash);
  }
  return hash;
}

/** Features are keyed by their hash; a pair's hash continues FNV-1a over "previous term" (no string built). */
function hashTokens(tokens: string[], dimensions: number): Float32Array {
  const vector = new Float32Array(dimensions);
  const counts = new Map<number, number>();
  const bases = new Map<number, number>();
  let previous: number | undefined;
  for (const token of tokens) {
    const term = toTerm(token);
    const hash = termHash(term);
    counts.set(hash, (counts.get(hash) ?? 0) + 1);
    if (STOPWORDS.has(token)) {
      bases.set(hash, 0.15);
      continue;
    }
    if (!bases.has(hash)) bases.set(hash, /^\d+$/.test(term) ? 0.6 : 1);
    if (previous !== undefined) {
      const pair = fnv1a(term, fnv1a(" ", previous));
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
      bases.set(pair, 0.5);
    }
    previous = hash;
  }
  for (const [hash, tf] of counts) {
    const bucket = hash % dimensions;
    const sign = hash & 0x80000000 ? -1 : 1;
    vector[bucket] = (vector[bucket] as number) + sign * (bases.get(hash) as number) * (1 + Math.log(tf));
  }
  normalise(vector);
  return vector;
}

function normalise(vector: Float32Array, from = 0, to = vector.length, length = 1): void {
  let norm = 0;
  for (let i = from; i < to; i++) norm += (vector[i] as number) ** 2;
  if (norm === 0) return;
  const scale = length / Math.sqrt(norm);
  for (let i = from; i < to; i++) vector[i] = (vector[i] as number) * scale;
}

/**
 * The semantic part: the SIF-weighted mean of the unit GloVe vectors of the text's words (unstemmed tokens;
 * words without a vector, e.g. Khmer, add nothing). Frequent words weigh little, rare ones almost 1.
 */
function addWordVectors(tokens: string[], into: Float32Array, offset: number, table: WordVectorLookup): void {
  for (const token of tokens) {
    const rank = table.rank(token);
    if (rank < 0) continue;
    table.addTo(into, offset, rank, SIF_A / (SIF_A + ZIPF_TOP / (rank + 1)));
  }
}

/**
 * The local embedding: the unit hashed vector scaled to √HASH_SHARE, then the unit word-vector mean scaled
 * to √(1 − HASH_SHARE), so a dot product mixes the two cosines in those shares. A text with no known word
 * (or no hashed feature) keeps the other part alone, renormalised. Deterministic; no corpus statistics.
 */
export function embedText(text: string, table: WordVectorLookup = wordVectors()): Float32Array {
  const tokens = tokenize(text);
  const vector = new Float32Array(LOCAL_EMBEDDER.dimensions);
  vector.set(hashTokens(tokens, HASH_DIMENSIONS));
  addWordVectors(tokens, vector, HASH_DIMENSIONS, table);
  normalise(vector, 0, HASH_DIMENSIONS, Math.sqrt(HASH_SHARE));
  normalise(vector, HASH_DIMENSIONS, vector.length, Math.sqrt(1 - HASH_SHARE));
  normalise(vector);
  return vector;
}

/**
 * LangChain's Embeddings interface over embedText: no key, no network. It implements the interface rather
 * than extending LangChain's class (whose only addition, a retrying async caller, a local function does not
 * need), so answering a question loads no LangChain module.
 */
export class LocalEmbeddings implements EmbeddingsInterface {
  readonly identity: EmbedderIdentity = LOCAL_EMBEDDER;

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => Array.from(embedText(text)));
  }

  /** One text: the word vectors are read in place unless this process has loaded the table (same values). */
  async embedQuery(text: string): Promise<number[]> {
    return Array.from(embedText(text, wordVectorsForFewWords()));
  }
}
