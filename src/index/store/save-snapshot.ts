/** Writes one index version: every file with its checksum, then the manifest that vouches for them. */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { BotError } from "../../errors";
import type { Bm25Index } from "../bm25/bm25-index";
import type { HnswGraph } from "../vectors/hnsw-graph";
import { jsonArray, sha256File, writeHashed } from "./hashed-writes";
import { writeFileAtomic } from "./index-layout";
import { sha256Hex } from "./manifest-schema";
import type { QuotationsData } from "./quotations-file";
import { encodeSamples, type StoredSamples } from "./samples-file";
import { SNAPSHOT_FILES as FILES, INDEX_FORMAT } from "./snapshot-files";
import type { Manifest, StoredArticle } from "./snapshot-types";
import { newestDate, versionProblem } from "./version-checks";

export interface SavedVersion {
  manifest: Manifest;
  /** The manifest's sha256, for CURRENT. */
  manifestSha256: string;
}

/**
 * Writes every file of a version, then the manifest that vouches for them (written last, atomically).
 * Checksums of the JSON files are taken from the bytes as they are written (no read-back); the graph
 * files, written by hnswlib (or its build workers, meanwhile), are hashed from disk. Labels are checked
 * first (unique, each its article's chunk, below nextLabel): a version that fails is never written.
 */
export async function saveSnapshot(
  dir: string,
  parts: {
    articles: StoredArticle[];
    store: HnswGraph;
    bm25: Bm25Index;
    corpusMemory?: unknown;
    /** Called while the graph files are being written (by hnswlib's build workers, for a sharded graph). */
    quotations?: () => QuotationsData;
    /** Near-duplicate shingle samples by content hash (samples-file.ts). */
    samples?: StoredSamples;
    manifest: Omit<Manifest, "files" | "createdAt" | "counts" | "nextLabel" | "asOf" | "format">;
  },
): Promise<SavedVersion> {
  const nextLabel = parts.store.labelsUsed;
  const asOf = newestDate(parts.articles);
  const counts = { articles: parts.articles.length, chunks: parts.store.size };
  const problem = versionProblem({ nextLabel, asOf, counts }, parts.articles, parts.store.refs);
  if (problem) throw new BotError("index_inconsistent", `Refusing to write index version: ${problem}.`);
  // The graph files are hashed as soon as they are written, while the JSON files are still being written.
  const graphSaved = parts.store.save(dir).then(() =>
    Promise.all(
      parts.store.files.map(async (name) => {
        const path = join(dir, name);
        return [name, { bytes: (await stat(path)).size, sha256: await sha256File(path) }] as const;
      }),
    ),
  );
  graphSaved.catch(() => {}); // awaited below; a failure must not go unhandled while the JSON is written
  const files: Manifest["files"] = {};
  files[FILES.articles] = await writeHashed(join(dir, FILES.articles), jsonArray(parts.articles));
  files[FILES.chunks] = await writeHashed(join(dir, FILES.chunks), jsonArray(parts.store.refs));
  const bm25 = parts.bm25.toFiles();
  files[FILES.bm25] = await writeHashed(join(dir, FILES.bm25), [bm25.json]);
  files[FILES.bm25Postings] = await writeHashed(join(dir, FILES.bm25Postings), bm25.binary);
  if (parts.corpusMemory)
    files[FILES.corpus] = await writeHashed(join(dir, FILES.corpus), [JSON.stringify(parts.corpusMemory)]);
  if (parts.quotations)
    files[FILES.quotations] = await writeHashed(join(dir, FILES.quotations), [
      JSON.stringify(parts.quotations()),
    ]);
  if (parts.samples)
    files[FILES.samples] = await writeHashed(join(dir, FILES.samples), [encodeSamples(parts.samples)]);
  for (const [name, file] of await graphSaved) files[name] = file;
  const manifest: Manifest = {
    format: INDEX_FORMAT,
    ...parts.manifest,
    createdAt: new Date().toISOString(),
    counts,
    nextLabel,
    asOf,
    files,
  };
  const text = JSON.stringify(manifest, null, 2);
  const manifestSha256 = sha256Hex(text);
  await writeFileAtomic(join(dir, FILES.manifest), text);
  await writeFileAtomic(join(dir, FILES.manifestSha256), `${manifestSha256}\n`);
  return { manifest, manifestSha256 };
}
