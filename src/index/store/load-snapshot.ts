/** Loads the live index version, every file verified against the manifest before it is parsed. */
import { join } from "node:path";
import { IndexCorruptError, IndexMissingError } from "../../errors";
import { TERMS_VERSION } from "../../text/tokenize";
import { Bm25Index } from "../bm25/bm25-index";
import { type ChunkRef, HnswGraph } from "../vectors/hnsw-graph";
import { readCurrentPointer, versionsDir } from "./index-layout";
import { readManifest } from "./manifest-schema";
import { parseQuotations } from "./quotations-file";
import { readSamples } from "./samples-file";
import { SNAPSHOT_FILES as FILES } from "./snapshot-files";
import type { IndexSnapshot, Manifest, StoredArticle } from "./snapshot-types";
import { verifySnapshotFiles } from "./verify-snapshot-files";
import { versionProblem } from "./version-checks";

/** A version whose manifest, files, labels and dates all check out, its JSON files parsed; no graph loaded. */
export interface VerifiedVersion {
  version: string;
  dir: string;
  manifest: Manifest;
  manifestSha256: string;
  articles: Map<string, StoredArticle>;
  refs: Map<number, ChunkRef>;
  /** The verified bytes of the other files parsed in JavaScript (bm25, postings, corpus memory). */
  contents: Map<string, Buffer>;
}

/**
 * Verifies one version: the manifest against `manifestSha256` (from CURRENT; null: the version's
 * manifest.sha256, or none for an older index) and its schema, every file against the manifest, then the
 * labels and asOf against the articles. Any failure is an IndexCorruptError naming what is wrong.
 */
export async function verifyVersion(
  indexDir: string,
  version: string,
  manifestSha256: string | null,
): Promise<VerifiedVersion> {
  const dir = join(versionsDir(indexDir), version);
  const { manifest, sha256 } = await readManifest(indexDir, version, manifestSha256);
  const contents = await verifySnapshotFiles(indexDir, dir, manifest);
  let articles: Map<string, StoredArticle>;
  let refs: Map<number, ChunkRef>;
  try {
    const text = (name: string) => (contents.get(name) as Buffer).toString("utf8");
    const articleList = JSON.parse(text(FILES.articles)) as StoredArticle[];
    contents.delete(FILES.articles);
    articles = new Map(articleList.map((a) => [a.meta.id, a]));
    refs = new Map<number, ChunkRef>(JSON.parse(text(FILES.chunks)));
    contents.delete(FILES.chunks);
    const problem =
      articles.size === articleList.length
        ? versionProblem(manifest, articleList, refs)
        : "an article appears twice";
    if (problem) throw new Error(`${problem} (${FILES.manifest} or its files were edited)`);
  } catch (error) {
    throw new IndexCorruptError(indexDir, `${version}: ${(error as Error).message}`);
  }
  return { version, dir, manifest, manifestSha256: sha256, articles, refs, contents };
}

/** A BM25 index over every chunk's text (as ingest adds them): for an index saved with older terms. */
export function rebuiltBm25(refs: Map<number, ChunkRef>, articles: Map<string, StoredArticle>): Bm25Index {
  const bm25 = Bm25Index.empty();
  for (const [label, ref] of refs) {
    const text = articles.get(ref.articleId)?.text;
    if (text !== undefined) bm25.add(label, text.slice(ref.start, ref.end));
  }
  return bm25;
}

/**
 * Loads the live version. Every file is checked against the manifest's size and sha256 before it is parsed,
 * and the manifest against the checksum CURRENT records, so a truncated or altered index gives
 * IndexCorruptError (never a native crash in hnswlib, never a graph handed wrong labels).
 */
export async function loadSnapshot(indexDir: string): Promise<IndexSnapshot> {
  const pointer = await readCurrentPointer(indexDir);
  if (!pointer) throw new IndexMissingError(indexDir);
  const { version, dir, manifest, articles, refs, contents } = await verifyVersion(
    indexDir,
    pointer.version,
    pointer.manifestSha256,
  );
  try {
    const text = (name: string) => (contents.get(name) as Buffer).toString("utf8");
    const saved = Bm25Index.fromFiles(text(FILES.bm25), contents.get(FILES.bm25Postings));
    const corpusMemory = contents.has(FILES.corpus) ? (JSON.parse(text(FILES.corpus)) as unknown) : null;
    const { rules: quotationRules, byArticle: quotations } = contents.has(FILES.quotations)
      ? parseQuotations(text(FILES.quotations), articles)
      : { rules: 0, byArticle: new Map() };
    contents.clear();
    const store = await HnswGraph.load(dir, {
      dimensions: manifest.embedder.dimensions,
      refs,
      nextLabel: manifest.nextLabel,
      settings: manifest.hnsw,
    });
    if (store.size !== manifest.counts.chunks || articles.size !== manifest.counts.articles) {
      throw new Error(`counts differ from the manifest`);
    }
    // Saved by a version that made its terms another way ("U.S." as two words): rebuilt from the chunks' text,
    // so questions are matched with today's terms. The next ingest saves it so.
    const bm25 = saved.termsVersion === TERMS_VERSION ? saved : rebuiltBm25(refs, articles);
    return {
      version,
      dir,
      manifest,
      articles,
      store,
      bm25,
      chunkOf: (label) => refs.get(label),
      corpusMemory,
      quotations,
      quotationRules,
      samples: () => readSamples(indexDir, dir, manifest, articles),
    };
  } catch (error) {
    throw new IndexCorruptError(indexDir, `${version}: ${(error as Error).message}`);
  }
}
