/**
 * Paraphrase through the word vectors: for each word, the cosine similarity of its nearest word in some
 * texts ("head" ~ "director", "discuss" ~ "discussed"). Used by the answerability decision for question words
 * the retrieved story does not contain.
 */

import { type WordVectorLookup, wordVectorsForFewWords } from "../../embedders/word-vectors";
import { STOPWORDS, tokenize } from "../../text/tokenize";

type Vectors = WordVectorLookup & { readonly dimensions: number };

/** Unit vectors of words seen before (null: no vector), per table; bounded, cleared when full. */
const cache = new WeakMap<Vectors, Map<string, Float32Array | null>>();
const CACHE_WORDS = 50_000;

function unitVector(vectors: Vectors, word: string): Float32Array | undefined {
  let seen = cache.get(vectors);
  if (!seen) {
    seen = new Map();
    cache.set(vectors, seen);
  }
  const known = seen.get(word);
  if (known !== undefined) return known ?? undefined;
  const v = computeUnitVector(vectors, word);
  if (seen.size >= CACHE_WORDS) seen.clear();
  seen.set(word, v ?? null);
  return v;
}

function computeUnitVector(vectors: Vectors, word: string): Float32Array | undefined {
  const rank = vectors.rank(word);
  if (rank < 0) return undefined;
  const v = new Float32Array(vectors.dimensions);
  vectors.addTo(v, 0, rank, 1);
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm === 0) return undefined;
  for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) / norm;
  return v;
}

/** word → the highest cosine between it and any content word of `texts` (0 when either has no vector). */
export function nearestWords(
  words: string[],
  texts: string[],
  vectors: Vectors = wordVectorsForFewWords() as Vectors,
): Map<string, number> {
  const out = new Map<string, number>();
  const wanted = words.map((w) => [w, unitVector(vectors, w)] as const).filter(([, v]) => v !== undefined);
  for (const w of words) out.set(w, 0);
  if (wanted.length === 0) return out;
  const seen = new Set<string>();
  for (const text of texts)
    for (const token of tokenize(text)) {
      if (seen.has(token) || STOPWORDS.has(token) || token.length < 3) continue;
      seen.add(token);
      const v = unitVector(vectors, token);
      if (!v) continue;
      for (const [word, q] of wanted) {
        let dot = 0;
        for (let i = 0; i < v.length; i++) dot += (v[i] as number) * ((q as Float32Array)[i] as number);
        if (dot > (out.get(word) ?? 0)) out.set(word, dot);
      }
    }
  return out;
}

/** A word's frequency rank in the word vectors' English (0 = most frequent), or -1 when it has none. */
export function wordRank(word: string, vectors: WordVectorLookup = wordVectorsForFewWords()): number {
  return vectors.rank(word);
}
