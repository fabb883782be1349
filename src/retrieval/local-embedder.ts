/** The built-in offline embedder: hashed word and word-pair features, weighted, L2-normalised. */
import { Embeddings } from "@langchain/core/embeddings";
import { STOPWORDS, tokenize, toTerm } from "../text/tokenize";

/** Written into every index; an index is only ever queried with the embedder that built it. */
export interface EmbedderIdentity {
  name: string;
  version: number;
  dimensions: number;
}

/** Version 2: Porter2-stemmed terms, 512 dimensions (256 collided enough to cost 3 points of recall@5). */
export const LOCAL_EMBEDDER: EmbedderIdentity = { name: "local-hash", version: 2, dimensions: 512 };

export function embedderKey(identity: EmbedderIdentity): string {
  return `${identity.name}@${identity.version}/${identity.dimensions}`;
}

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Feature hashing ("hashing trick"). Each token, and each pair of adjacent content tokens, is hashed to
 * one of `dimensions` buckets (words are Porter2-stemmed first) with a ±1 sign from a second hash bit. Weights stand in for IDF without
 * corpus statistics (so an article's vector never changes when others are added): stopwords 0.15,
 * digits-only tokens 0.6, other words 1.0 scaled by 1 + ln(tf), word pairs 0.5. The vector is L2-normalised,
 * so cosine similarity is a dot product. Deterministic: same text, same vector, on any machine.
 */
export function embedText(text: string, dimensions = LOCAL_EMBEDDER.dimensions): Float32Array {
  const vector = new Float32Array(dimensions);
  const counts = new Map<string, number>();
  let previous: string | undefined;
  const stop = new Set<string>();
  for (const token of tokenize(text)) {
    const term = toTerm(token);
    counts.set(term, (counts.get(term) ?? 0) + 1);
    if (STOPWORDS.has(token)) {
      stop.add(term);
      continue;
    }
    if (previous !== undefined) {
      const pair = `${previous} ${term}`;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
    previous = term;
  }
  for (const [feature, tf] of counts) {
    const isPair = feature.includes(" ");
    const base = isPair ? 0.5 : stop.has(feature) ? 0.15 : /^\d+$/.test(feature) ? 0.6 : 1;
    const hash = fnv1a(feature);
    const bucket = hash % dimensions;
    const sign = hash & 0x80000000 ? -1 : 1;
    vector[bucket] = (vector[bucket] ?? 0) + sign * base * (1 + Math.log(tf));
  }
  let norm = 0;
  for (let i = 0; i < dimensions; i++) norm += (vector[i] ?? 0) ** 2;
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < dimensions; i++) vector[i] = (vector[i] ?? 0) * scale;
  }
  return vector;
}

/** LangChain `Embeddings` over embedText: no weights, no network. */
export class LocalHashEmbeddings extends Embeddings {
  readonly identity: EmbedderIdentity = LOCAL_EMBEDDER;

  constructor() {
    super({});
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => Array.from(embedText(text, this.identity.dimensions)));
  }

  async embedQuery(text: string): Promise<number[]> {
    return Array.from(embedText(text, this.identity.dimensions));
  }
}
