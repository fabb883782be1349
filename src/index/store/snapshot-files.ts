/** The format number and file names of one index version on disk. */

export const INDEX_FORMAT = 1;

export const SNAPSHOT_FILES = {
  articles: "articles.json",
  chunks: "chunks.json",
  bm25: "bm25.json",
  bm25Postings: "bm25-postings.bin",
  /** What the ingest read from the corpus folders (src/articles/files/corpus-memory.ts). */
  corpus: "corpus-files.json",
  /** Each article's direct quotations and their speakers (src/index/store/quotations-file.ts). */
  quotations: "quotations.json",
  /** Each article's near-duplicate shingle samples by content hash (src/index/store/samples-file.ts). */
  samples: "near-duplicate-samples.bin",
  manifest: "manifest.json",
  /** The manifest's sha256, so a version can be verified when CURRENT is lost (CURRENT records it too). */
  manifestSha256: "manifest.sha256",
};
