/** Loads the live index version, every file verified against the manifest before it is parsed. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { IndexCorruptError, IndexMissingError } from "../errors";
import type { CorpusMemoryData } from "../ingest/corpus-memory";
import { Bm25Index } from "./bm25-index";
import { type ChunkRef, HnswVectorStore } from "./hnsw-vector-store";
import { readCurrentVersion, versionsDir } from "./index-layout";
import type { IndexSnapshot, Manifest, StoredArticle } from "./index-snapshot";
import { SNAPSHOT_FILES as FILES, INDEX_FORMAT } from "./snapshot-files";
import { verifySnapshotFiles } from "./verify-snapshot-files";

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
  const contents = await verifySnapshotFiles(indexDir, dir, manifest);
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
