/** Verification of a version's files against its manifest (size, then sha256) before anything is parsed. */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { IndexCorruptError } from "../../errors";
import { sha256File } from "./hashed-writes";
import { SNAPSHOT_FILES as FILES } from "./snapshot-files";
import type { Manifest } from "./snapshot-types";

/** Files parsed in JavaScript: read once, verified from the same bytes, then parsed (no second read). */
const PARSED = new Set<string>([
  FILES.articles,
  FILES.chunks,
  FILES.bm25,
  FILES.bm25Postings,
  FILES.corpus,
  FILES.quotations,
]);

/**
 * Checks every file the manifest lists (size, then sha256) and returns the bytes of the ones parsed in
 * JavaScript; the graph files, read by hnswlib from their path, are hashed as a stream. Any mismatch is an
 * IndexCorruptError naming the file; a file the format needs but the manifest does not list is one too.
 */
export async function verifySnapshotFiles(
  indexDir: string,
  dir: string,
  manifest: Manifest,
): Promise<Map<string, Buffer>> {
  const contents = new Map<string, Buffer>();
  for (const [name, expected] of Object.entries(manifest.files)) {
    const path = join(dir, name);
    let bytes: number;
    try {
      bytes = (await stat(path)).size;
    } catch {
      throw new IndexCorruptError(indexDir, `${name} is missing`);
    }
    if (bytes !== expected.bytes)
      throw new IndexCorruptError(indexDir, `${name} has ${bytes} bytes, expected ${expected.bytes}`);
    if (PARSED.has(name)) {
      let data: Buffer;
      try {
        data = await readFile(path);
      } catch (error) {
        throw new IndexCorruptError(indexDir, `${name} unreadable: ${(error as Error).message}`);
      }
      if (
        data.length !== expected.bytes ||
        createHash("sha256").update(data).digest("hex") !== expected.sha256
      )
        throw new IndexCorruptError(indexDir, `${name} checksum mismatch`);
      contents.set(name, data);
    } else if ((await sha256File(path)) !== expected.sha256) {
      throw new IndexCorruptError(indexDir, `${name} checksum mismatch`);
    }
  }
  for (const name of [FILES.articles, FILES.chunks, FILES.bm25])
    if (!contents.has(name)) throw new IndexCorruptError(indexDir, `${name} is not in the manifest`);
  return contents;
}
