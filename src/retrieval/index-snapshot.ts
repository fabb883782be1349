/** One index version on disk: files, manifest with counts and checksums, and loading with verification. */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { ArticleMeta } from "../core/types";
import { IndexCorruptError, IndexMissingError } from "../errors";
import type { CorpusMemoryData } from "../ingest/corpus-memory";
import { Bm25Index } from "./bm25-index";
import { type ChunkRef, type HnswSettings, HnswVectorStore } from "./hnsw-vector-store";
import { readCurrentVersion, versionsDir, writeFileAtomic } from "./index-layout";
import type { EmbedderIdentity } from "./local-embedder";

export const INDEX_FORMAT = 1;

export interface StoredArticle {
  meta: ArticleMeta;
  text: string;
  hash: string;
  /** Vector labels of this article's chunks, in text order. */
  labels: number[];
}

export interface Manifest {
  format: number;
  embedder: EmbedderIdentity;
  hnsw: HnswSettings;
  chunking: { size: number; overlap: number };
  createdAt: string;
  counts: { articles: number; chunks: number };
  /** Labels ever handed out in this graph lineage; deleted ones stay marked in the graph until a rebuild. */
  nextLabel: number;
  /** Newest publication date in the index. */
  asOf: string | null;
  files: Record<string, { bytes: number; sha256: string }>;
}

export interface IndexSnapshot {
  version: string;
  dir: string;
  manifest: Manifest;
  articles: Map<string, StoredArticle>;
  store: HnswVectorStore;
  bm25: Bm25Index;
  /** label → its chunk, for every live label. */
  chunkOf(label: number): ChunkRef | undefined;
  /** What the ingest that wrote this version read from corpus folders; null in older versions. */
  corpusMemory: CorpusMemoryData | null;
}

const FILES = {
  articles: "articles.json",
  chunks: "chunks.json",
  bm25: "bm25.json",
  bm25Postings: "bm25-postings.bin",
  /** What the ingest read from the corpus folders (src/ingest/corpus-memory.ts). */
  corpus: "corpus-files.json",
  manifest: "manifest.json",
};

async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * Writes `pieces` in turn (≈1 MB writes, never one string of the whole file), hashing what it writes;
 * byte pieces are written as they are.
 */
async function writeHashed(
  path: string,
  pieces: Iterable<string | Uint8Array>,
): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash("sha256");
  const handle = await open(path, "w");
  let bytes = 0;
  let buffered: string[] = [];
  let length = 0;
  const write = async (data: Uint8Array) => {
    hash.update(data);
    bytes += data.length;
    await handle.write(data);
  };
  const flush = async () => {
    if (length === 0) return;
    const data = Buffer.from(buffered.join(""), "utf8");
    buffered = [];
    length = 0;
    await write(data);
  };
  try {
    for (const piece of pieces) {
      if (typeof piece !== "string") {
        await flush();
        await write(piece);
        continue;
      }
      buffered.push(piece);
      length += piece.length;
      if (length >= 1 << 20) await flush();
    }
    await flush();
  } finally {
    await handle.close();
  }
  return { bytes, sha256: hash.digest("hex") };
}

/** A JSON array written element by element: the same text as JSON.stringify(items). */
function* jsonArray<T>(items: Iterable<T>): Iterable<string> {
  yield "[";
  let first = true;
  for (const item of items) {
    yield first ? JSON.stringify(item) : `,${JSON.stringify(item)}`;
    first = false;
  }
  yield "]";
}

/**
 * Writes every file of a version, then the manifest that vouches for them (written last, atomically).
 * Checksums of the JSON files are taken from the bytes as they are written (no read-back); the graph
 * files, written by hnswlib (or its build workers, meanwhile), are hashed from disk.
 */
export async function saveSnapshot(
  dir: string,
  parts: {
    articles: StoredArticle[];
    store: HnswVectorStore;
    bm25: Bm25Index;
    corpusMemory?: CorpusMemoryData;
    manifest: Omit<Manifest, "files" | "createdAt" | "counts" | "nextLabel" | "asOf" | "format">;
  },
): Promise<Manifest> {
  const graphSaved = parts.store.save(dir);
  graphSaved.catch(() => {}); // awaited below; a failure must not go unhandled while the JSON is written
  const files: Manifest["files"] = {};
  files[FILES.articles] = await writeHashed(join(dir, FILES.articles), jsonArray(parts.articles));
  files[FILES.chunks] = await writeHashed(join(dir, FILES.chunks), jsonArray(parts.store.refs));
  const bm25 = parts.bm25.toFiles();
  files[FILES.bm25] = await writeHashed(join(dir, FILES.bm25), [bm25.json]);
  files[FILES.bm25Postings] = await writeHashed(join(dir, FILES.bm25Postings), bm25.binary);
  if (parts.corpusMemory)
    files[FILES.corpus] = await writeHashed(join(dir, FILES.corpus), [JSON.stringify(parts.corpusMemory)]);
  await graphSaved;
  for (const name of parts.store.files) {
    const path = join(dir, name);
    files[name] = { bytes: (await stat(path)).size, sha256: await sha256File(path) };
  }
  const dates = parts.articles.map((a) => a.meta.published).filter((d): d is string => !!d);
  const manifest: Manifest = {
    format: INDEX_FORMAT,
    ...parts.manifest,
    createdAt: new Date().toISOString(),
    counts: { articles: parts.articles.length, chunks: parts.store.size },
    nextLabel: parts.store.labelsUsed,
    asOf: dates.sort().at(-1) ?? null,
    files,
  };
  await writeFileAtomic(join(dir, FILES.manifest), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** Reads the manifest of the live version (or null when there is none) without loading the rest. */
export async function readLiveManifest(
  indexDir: string,
): Promise<{ version: string; manifest: Manifest } | null> {
  const version = await readCurrentVersion(indexDir);
  if (!version) return null;
  try {
    const manifest = JSON.parse(
      await readFile(join(versionsDir(indexDir), version, FILES.manifest), "utf8"),
    ) as Manifest;
    return { version, manifest };
  } catch {
    return null;
  }
}

/** Files parsed in JavaScript: read once, verified from the same bytes, then parsed (no second read). */
const PARSED = new Set<string>([FILES.articles, FILES.chunks, FILES.bm25, FILES.bm25Postings, FILES.corpus]);

/**
 * Checks every file the manifest lists (size, then sha256) and returns the bytes of the ones parsed in
 * JavaScript; the graph files, read by hnswlib from their path, are hashed as a stream. Any mismatch is an
 * IndexCorruptError naming the file; a file the format needs but the manifest does not list is one too.
 */
async function verifyFiles(indexDir: string, dir: string, manifest: Manifest): Promise<Map<string, Buffer>> {
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

/**
 * Loads the live version. Every file is checked against the manifest's size and sha256 before it is parsed,
 * so a truncated or altered index gives IndexCorruptError (never a native crash in hnswlib).
 */
export async function loadSnapshot(
  indexDir: string,
  embeddings: EmbeddingsInterface,
): Promise<IndexSnapshot> {
  const version = await readCurrentVersion(indexDir);
  if (!version) throw new IndexMissingError(indexDir);
  const dir = join(versionsDir(indexDir), version);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, FILES.manifest), "utf8")) as Manifest;
  } catch (error) {
    throw new IndexCorruptError(indexDir, `manifest of ${version} unreadable: ${(error as Error).message}`);
  }
  if (manifest.format !== INDEX_FORMAT) {
    throw new IndexCorruptError(
      indexDir,
      `index format ${manifest.format}, this version reads ${INDEX_FORMAT}`,
    );
  }
  const contents = await verifyFiles(indexDir, dir, manifest);
  try {
    const text = (name: string) => (contents.get(name) as Buffer).toString("utf8");
    const articleList = JSON.parse(text(FILES.articles)) as StoredArticle[];
    contents.delete(FILES.articles);
    const articles = new Map(articleList.map((a) => [a.meta.id, a]));
    const refs = new Map<number, ChunkRef>(JSON.parse(text(FILES.chunks)));
    const bm25 = Bm25Index.fromFiles(text(FILES.bm25), contents.get(FILES.bm25Postings));
    const corpusMemory = contents.has(FILES.corpus)
      ? (JSON.parse(text(FILES.corpus)) as CorpusMemoryData)
      : null;
    contents.clear();
    const textOf = (ref: ChunkRef) => articles.get(ref.articleId)?.text.slice(ref.start, ref.end) ?? "";
    const store = await HnswVectorStore.loadGraph(dir, embeddings, {
      dimensions: manifest.embedder.dimensions,
      refs,
      nextLabel: manifest.nextLabel,
      settings: manifest.hnsw,
      textOf,
    });
    if (store.size !== manifest.counts.chunks || articles.size !== manifest.counts.articles) {
      throw new Error(`counts differ from the manifest`);
    }
    return {
      version,
      dir,
      manifest,
      articles,
      store,
      bm25,
      chunkOf: (label) => refs.get(label),
      corpusMemory,
    };
  } catch (error) {
    throw new IndexCorruptError(indexDir, `${version}: ${(error as Error).message}`);
  }
}

/**
 * The live version's articles (verified against the manifest) without loading the graph: what a
 * rebuild needs to carry over articles it was asked to keep. Empty when there is no readable index.
 */
export async function readLiveArticles(indexDir: string): Promise<StoredArticle[]> {
  const live = await readLiveManifest(indexDir);
  const expected = live?.manifest.files[FILES.articles];
  if (!live || !expected) return [];
  const path = join(versionsDir(indexDir), live.version, FILES.articles);
  try {
    const data = await readFile(path);
    if (createHash("sha256").update(data).digest("hex") !== expected.sha256) return [];
    return JSON.parse(data.toString("utf8")) as StoredArticle[];
  } catch {
    return [];
  }
}
