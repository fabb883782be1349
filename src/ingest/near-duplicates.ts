/**
 * Near-duplicate stories: wire copies, syndicated reprints and updated versions of one story, found by word
 * shingles and grouped into clusters at ingest.
 *
 * Each article's text becomes the set of its word 5-shingles, hashed (FNV-1a, 32 bits). A fixed share of the
 * hash space (hash mod SAMPLE_MOD = 0) is a content-defined sample, the same for every article, so two
 * copies of one paragraph sample the same shingles (the "mod-p" MinHash of Broder 1997). Articles sharing a
 * sampled shingle are candidates; a candidate pair is one story when the shingles they share are at least
 * CONTAINMENT of the shorter one's (counted exactly, on the full sets). Containment, not Jaccard: a reprint
 * trimmed to its first half still holds all of its shingles in the original.
 *
 * Own code rather than an npm package: the MinHash in bloom-filters (the one well-kept library with one)
 * estimates Jaccard only, which falls below any safe threshold for a trimmed copy, and has no candidate
 * index; `minhash` (0.0.9) and `simhash-js` are unmaintained and have the same gap.
 */
import { fnv1a } from "../text/fnv1a";

/** Words per shingle; 5 keeps shared stock phrases ("said in a statement on") rare. */
export const SHINGLE_WORDS = 5;
/** One shingle hash in SAMPLE_MOD is sampled for the candidate index. */
const SAMPLE_MOD = 8;
/** A sampled shingle found in more articles than this is boilerplate, not evidence. */
const MAX_POSTINGS = 50;
/** Share of the shorter article's shingles the pair must share (measured: docs/performance.md). */
export const CONTAINMENT = 0.7;
/** And at least this many shingles, so two short texts do not match on one stock sentence. */
const MIN_SHARED = 12;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The sorted, distinct 32-bit hashes of a text's word shingles (lower-cased words). */
export function shingleHashes(text: string): Uint32Array {
  const words = text.toLowerCase().match(WORD) ?? [];
  const hashes = new Set<number>();
  if (words.length > 0 && words.length < SHINGLE_WORDS) hashes.add(fnv1a(words.join(" ")));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    hashes.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(" ")));
  return Uint32Array.from(hashes).sort();
}

/** How many values two sorted arrays share. */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let [i, j, n] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    const [x, y] = [a[i] as number, b[j] as number];
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Share of the shorter text's shingles that the other one holds too (0 when they share too few). */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const shared = sharedCount(a, b);
  if (shared < Math.min(MIN_SHARED, a.length, b.length) || shared === 0) return 0;
  return shared / Math.min(a.length, b.length);
}

export interface ClusterInput {
  id: string;
  text: string;
  published: string | null;
}

/**
 * The cluster of each article: the id of the cluster's earliest member (undated ones last, then by id), so
 * an article alone is its own cluster. Pairs are joined transitively (union-find).
 */
export function clusterArticles(articles: ClusterInput[], threshold = CONTAINMENT): Map<string, string> {
  const shingles = articles.map((a) => shingleHashes(a.text));
  const postings = new Map<number, number[]>();
  shingles.forEach((hashes, index) => {
    for (const hash of hashes) {
      if (hash % SAMPLE_MOD !== 0) continue;
      const list = postings.get(hash);
      if (list) list.push(index);
      else postings.set(hash, [index]);
    }
  });
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const checked = new Set<string>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = [list[x] as number, list[y] as number];
        if (find(a) === find(b)) continue;
        const key = `${a} ${b}`;
        if (checked.has(key)) continue;
        checked.add(key);
        if (containment(shingles[a] as Uint32Array, shingles[b] as Uint32Array) >= threshold)
          parent[find(b)] = find(a);
      }
    }
  }
  const members = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const root = find(i);
    const group = members.get(root);
    if (group) group.push(i);
    else members.set(root, [i]);
  });
  const clusterOf = new Map<string, string>();
  for (const group of members.values()) {
    const first = group
      .map((i) => articles[i] as ClusterInput)
      .sort(
        (a, b) => (a.published ?? "\uffff").localeCompare(b.published ?? "\uffff") || (a.id < b.id ? -1 : 1),
      )[0] as ClusterInput;
    for (const i of group) clusterOf.set((articles[i] as ClusterInput).id, first.id);
  }
  return clusterOf;
}
