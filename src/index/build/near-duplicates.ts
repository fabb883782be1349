/**
 * Near-duplicate stories: wire copies, syndicated reprints and updated versions of one story, found by word
 * shingles and grouped into clusters at ingest.
 *
 * Each article's text becomes the set of its word 5-shingles, hashed (FNV-1a, 32 bits). A fixed share of the
 * hash space (hash mod SAMPLE_MOD = 0) is a content-defined sample, the same for every article, so two
 * copies of one paragraph sample the same shingles (the "mod-p" MinHash of Broder 1997). Articles whose
 * samples overlap by half of what the threshold asks are candidates; a candidate pair is one story when the
 * shingles they share are at least
 * CONTAINMENT of the shorter one's (counted exactly, on the full sets). Containment, not Jaccard: a reprint
 * trimmed to its first half still holds all of its shingles in the original.
 *
 * Own code rather than an npm package: the MinHash in bloom-filters (the one well-kept library with one)
 * estimates Jaccard only, which falls below any safe threshold for a trimmed copy, and has no candidate
 * index; `minhash` (0.0.9) and `simhash-js` are unmaintained and have the same gap.
 */

/** Words per shingle; 5 keeps shared stock phrases ("said in a statement on") rare. */
export const SHINGLE_WORDS = 5;
/** One shingle hash in SAMPLE_MOD is sampled for the candidate index. */
const SAMPLE_MOD = 8;
/** Samples (< 2^29 once divided by SAMPLE_MOD) and article indexes below this share one float64 exactly. */
const MAX_ARTICLES = 2 ** 24;
/** A pair is compared in full when its samples share at least this share of what the threshold asks. */
const SAMPLE_SLACK = 0.5;
/** A sampled shingle found in more articles than this is boilerplate, not evidence. */
const MAX_POSTINGS = 50;
/** Share of the shorter article's shingles the pair must share (measured: docs/performance.md). */
export const CONTAINMENT = 0.7;
/** And at least this many shingles, so two short texts do not match on one stock sentence. */
const MIN_SHARED = 12;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Per UTF-16 code unit: 0 = not yet known, 1 = not part of a word, else 2 + its lower-case code unit. */
const codeClass = new Uint32Array(0x10000);

/** What a code unit is in a word (see codeClass); surrogates count as word characters. */
function classOf(code: number): number {
  let known = codeClass[code] as number;
  if (known === 0) {
    const char = String.fromCharCode(code);
    const word = (code >= 0xd800 && code <= 0xdfff) || WORD_CHAR.test(char);
    const lower = char.toLowerCase();
    known = word ? 2 + (lower.length === 1 ? lower.charCodeAt(0) : code) : 1;
    codeClass[code] = known;
  }
  return known;
}

/** FNV-1a hashes of a text's lower-cased words (runs of letters, marks and digits), in one pass. */
function wordHashes(text: string): number[] {
  const words: number[] = [];
  let hash = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const known = i < text.length ? classOf(text.charCodeAt(i)) : 1;
    if (known > 1) {
      hash = Math.imul(hash ^ (known - 2), 0x01000193);
      inWord = true;
    } else if (inWord) {
      words.push(hash >>> 0);
      hash = 0x811c9dc5;
      inWord = false;
    }
  }
  return words;
}

/** murmur3's 32-bit finaliser: spreads every input bit over the hash, so `hash % SAMPLE_MOD` samples evenly. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The sorted, distinct 32-bit hashes of a text's word shingles (lower-cased words; no string per shingle);
 * with `sampledOnly`, only those the candidate index samples (hash mod SAMPLE_MOD = 0).
 */
export function shingleHashes(text: string, sampledOnly = false): Uint32Array {
  const words = wordHashes(text);
  const size = Math.min(SHINGLE_WORDS, words.length);
  if (size === 0) return new Uint32Array(0);
  const hashes = new Uint32Array(words.length - size + 1);
  let count = 0;
  for (let i = 0; i + size <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < size; k++) h = Math.imul(h ^ (words[i + k] as number), 0x01000193);
    h = mix(h);
    if (!sampledOnly || h % SAMPLE_MOD === 0) hashes[count++] = h;
  }
  const sorted = hashes.subarray(0, count).sort();
  // Distinct values, in place.
  let n = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i] as number;
  return sorted.slice(0, n);
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
  /** The text's content hash: its samples are kept in the cache under it. */
  key?: string;
}

/**
 * Sampled shingles by content hash: read for unchanged texts, then refilled with this run's articles. The
 * ingest stores it in the index (near-duplicate-samples.bin), so the next ingest, in any process, reuses it.
 */
export type SampleCache = Map<string, Uint32Array>;

/**
 * The cluster of each article: the id of the cluster's earliest member (undated ones last, then by id), so
 * an article alone is its own cluster. Pairs are joined transitively (union-find).
 */
export function clusterArticles(
  articles: ClusterInput[],
  threshold = CONTAINMENT,
  cache?: SampleCache,
  /** Counts the samples computed (not found in `cache`). */
  stats?: { computed: number },
): Map<string, string> {
  // Full shingle sets are needed only for the pairs compared; an unchanged article's samples are cached.
  const full = new Map<number, Uint32Array>();
  const shingles = (i: number): Uint32Array => {
    let hashes = full.get(i);
    if (!hashes) {
      hashes = shingleHashes((articles[i] as ClusterInput).text);
      full.set(i, hashes);
    }
    return hashes;
  };
  const samples = articles.map((article) => {
    const cached = article.key ? cache?.get(article.key) : undefined;
    if (cached) return cached;
    if (stats) stats.computed++;
    return shingleHashes(article.text, true);
  });
  if (cache) {
    cache.clear();
    articles.forEach((article, i) => {
      if (article.key) cache.set(article.key, samples[i] as Uint32Array);
    });
  }
  if (articles.length > MAX_ARTICLES) throw new RangeError(`more than ${MAX_ARTICLES} articles to cluster`);
  const ARTICLE_SPACE = 2 ** Math.ceil(Math.log2(articles.length + 1));
  // Postings as one sorted typed array of (sample, article) pairs: far cheaper than a Map of lists.
  const total = samples.reduce((sum, hashes) => sum + hashes.length, 0);
  const pairs = new Float64Array(total);
  let at = 0;
  samples.forEach((hashes, index) => {
    for (const hash of hashes) pairs[at++] = (hash / SAMPLE_MOD) * ARTICLE_SPACE + index;
  });
  pairs.sort();
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  // Pairs sharing sampled shingles, counted; only pairs whose sample suggests the threshold are compared.
  const sharedSamples = new Map<number, number>();
  const list: number[] = [];
  for (let i = 0; i <= pairs.length; i++) {
    const sample = i < pairs.length ? Math.floor((pairs[i] as number) / ARTICLE_SPACE) : -1;
    if (list.length > 0 && sample !== Math.floor((pairs[i - 1] as number) / ARTICLE_SPACE)) {
      if (list.length >= 2 && list.length <= MAX_POSTINGS)
        for (let x = 0; x < list.length; x++)
          for (let y = x + 1; y < list.length; y++) {
            const key = (list[x] as number) * articles.length + (list[y] as number);
            sharedSamples.set(key, (sharedSamples.get(key) ?? 0) + 1);
          }
      list.length = 0;
    }
    if (i < pairs.length) list.push((pairs[i] as number) % ARTICLE_SPACE);
  }
  for (const [key, count] of sharedSamples) {
    const [a, b] = [Math.floor(key / articles.length), key % articles.length];
    const fewer = Math.min((samples[a] as Uint32Array).length, (samples[b] as Uint32Array).length);
    if (count < Math.max(1, Math.floor(fewer * threshold * SAMPLE_SLACK))) continue;
    if (find(a) === find(b)) continue;
    if (containment(shingles(a), shingles(b)) >= threshold) parent[find(b)] = find(a);
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
