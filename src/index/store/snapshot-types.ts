/** The types of one index version on disk: its articles, its manifest and the loaded snapshot. */

import type { Quotation } from "../../core/quotation-types";
import type { ArticleMeta } from "../../core/types";
import type { EmbedderIdentity } from "../../embedders/embedder-identity";
import type { Bm25Index } from "../bm25/bm25-index";
import type { ChunkRef, HnswGraph, HnswSettings } from "../vectors/hnsw-graph";

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
  store: HnswGraph;
  bm25: Bm25Index;
  /** label → its chunk, for every live label. */
  chunkOf(label: number): ChunkRef | undefined;
  /** What the ingest that wrote this version read from corpus folders; null in older versions. */
  corpusMemory: unknown;
  /** Article id → its direct quotations with speakers (quotations.json); empty for versions without it. */
  quotations: Map<string, Quotation[]>;
  /** The speaker rules those quotations were found with (0 when none were stored). */
  quotationRules: number;
  /**
   * Content hash → near-duplicate shingle samples (near-duplicate-samples.bin; empty for versions without it),
   * read only when asked (by the next ingest): a process that answers questions never parses them.
   */
  samples(): Promise<Map<string, Uint32Array>>;
}
