/**
 * near-duplicate-samples.bin of an index version: each article's sampled shingle hashes (the MinHash-style
 * sample of src/index/build/near-duplicates.ts) under its content hash, so the next ingest, in any process,
 * reads only new or changed texts. Little-endian: "NDS1", the entry count (u32), then per entry the hash's
 * length (u8) and ASCII bytes, the sample count (u32) and the samples (u32 each).
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { IndexCorruptError } from "../../errors";
import { SNAPSHOT_FILES } from "./snapshot-files";
import type { Manifest, StoredArticle } from "./snapshot-types";

const MAGIC = "NDS1";

/** Content hash → sorted sampled shingle hashes. */
export type StoredSamples = Map<string, Uint32Array>;

export function encodeSamples(samples: StoredSamples): Buffer {
  let bytes = 8;
  for (const [hash, values] of samples)
    bytes += 1 + Buffer.byteLength(hash, "latin1") + 4 + 4 * values.length;
  const out = Buffer.alloc(bytes);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(samples.size, 4);
  let at = 8;
  for (const [hash, values] of samples) {
    if (!/^[\x21-\x7e]{1,255}$/.test(hash))
      throw new Error(`cannot store samples under hash ${JSON.stringify(hash)}`);
    out.writeUInt8(hash.length, at);
    at = out.write(hash, at + 1, "latin1") + at + 1;
    out.writeUInt32LE(values.length, at);
    at += 4;
    for (const value of values) {
      out.writeUInt32LE(value, at);
      at += 4;
    }
  }
  return out;
}

/**
 * Parses near-duplicate-samples.bin, keeping the samples of articles this version holds (by content hash).
 * Throws an Error naming the first problem (the loader reports it as a corrupt index).
 */
export function decodeSamples(bytes: Buffer, articles: Map<string, StoredArticle>): StoredSamples {
  const fail = (what: string): never => {
    throw new Error(`near-duplicate-samples.bin ${what}`);
  };
  if (bytes.length < 8 || bytes.toString("latin1", 0, 4) !== MAGIC) fail("does not start with NDS1");
  const count = bytes.readUInt32LE(4);
  const hashes = new Set([...articles.values()].map((a) => a.hash));
  const samples: StoredSamples = new Map();
  let at = 8;
  for (let i = 0; i < count; i++) {
    if (at + 1 > bytes.length) fail(`ends inside entry ${i}`);
    const length = bytes.readUInt8(at);
    if (at + 1 + length + 4 > bytes.length) fail(`ends inside entry ${i}`);
    const hash = bytes.toString("latin1", at + 1, at + 1 + length);
    at += 1 + length;
    const n = bytes.readUInt32LE(at);
    at += 4;
    if (at + 4 * n > bytes.length) fail(`ends inside entry ${i}`);
    const values = new Uint32Array(n);
    for (let k = 0; k < n; k++) values[k] = bytes.readUInt32LE(at + 4 * k);
    at += 4 * n;
    if (hashes.has(hash)) samples.set(hash, values);
  }
  if (at !== bytes.length) fail(`has ${bytes.length - at} bytes after its last entry`);
  return samples;
}

/**
 * Reads a version's samples file (checked against the manifest's sha256 again: the loader only hashed it),
 * or an empty map for a version written without one. A bad file is an IndexCorruptError.
 */
export async function readSamples(
  indexDir: string,
  dir: string,
  manifest: Manifest,
  articles: Map<string, StoredArticle>,
): Promise<StoredSamples> {
  const expected = manifest.files[SNAPSHOT_FILES.samples];
  if (!expected) return new Map();
  const name = SNAPSHOT_FILES.samples;
  try {
    const bytes = await readFile(join(dir, name));
    if (createHash("sha256").update(bytes).digest("hex") !== expected.sha256)
      throw new Error(`${name} checksum mismatch`);
    return decodeSamples(bytes, articles);
  } catch (error) {
    throw new IndexCorruptError(indexDir, (error as Error).message);
  }
}
