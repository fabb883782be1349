/** One index version on disk: files, manifest with counts and checksums, and loading with verification. */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { ArticleMeta } from "../core/types";
import { IndexCorruptError, IndexMissingError } from "../errors";
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
}

const FILES = {
  articles: "articles.json",
  chunks: "chunks.json",
  bm25: "bm25.json",
  manifest: "manifest.json",
};

async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Writes every file of a version, then the manifest that vouches for them (written last, atomically). */
export async function saveSnapshot(
  dir: string,
  parts: {
    articles: StoredArticle[];
    store: HnswVectorStore;
    bm25: Bm25Index;
    manifest: Omit<Manifest, "files" | "createdAt" | "counts" | "nextLabel" | "asOf" | "format">;
  },
): Promise<Manifest> {
  await writeFile(join(dir, FILES.articles), JSON.stringify(parts.articles));
  await writeFile(join(dir, FILES.chunks), JSON.stringify([...parts.store.refs]));
  await writeFile(join(dir, FILES.bm25), parts.bm25.toJSON());
  await parts.store.save(dir);
  const files: Manifest["files"] = {};
  for (const name of [FILES.articles, FILES.chunks, FILES.bm25, HnswVectorStore.indexFile]) {
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
    if ((await sha256File(path)) !== expected.sha256)
      throw new IndexCorruptError(indexDir, `${name} checksum mismatch`);
  }
  try {
    const articleList = JSON.parse(await readFile(join(dir, FILES.articles), "utf8")) as StoredArticle[];
    const articles = new Map(articleList.map((a) => [a.meta.id, a]));
    const refs = new Map<number, ChunkRef>(JSON.parse(await readFile(join(dir, FILES.chunks), "utf8")));
    const bm25 = Bm25Index.fromJSON(await readFile(join(dir, FILES.bm25), "utf8"));
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
    return { version, dir, manifest, articles, store, bm25, chunkOf: (label) => refs.get(label) };
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
    if ((await sha256File(path)) !== expected.sha256) return [];
    return JSON.parse(await readFile(path, "utf8")) as StoredArticle[];
  } catch {
    return [];
  }
}
