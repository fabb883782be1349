/** A LangChain VectorStore over hnswlib-node with numeric labels, per-chunk delete, and an explicit ef. */

import { Document } from "@langchain/core/documents";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { SaveableVectorStore } from "@langchain/core/vectorstores";
import { HierarchicalNSW } from "hnswlib-node";

/** What the store keeps for each vector; the text itself lives with the article. */
export interface ChunkRef {
  chunkId: string;
  articleId: string;
  start: number;
  end: number;
}

export interface HnswSettings {
  /** Graph degree; hnswlib's default. */
  m: number;
  efConstruction: number;
  /** Search breadth. hnswlib resets it to 10 on every load, which loses recall; we always set it. */
  efSearch: number;
}

/** efSearch 256: hashed vectors behave close to random ones for a graph index (recall@10 0.74 at ef 96, 0.89 at 256 on 13k chunks; docs/performance.md). */
export const DEFAULT_HNSW: HnswSettings = { m: 16, efConstruction: 100, efSearch: 256 };

const INDEX_FILE = "hnswlib.index";

export class HnswVectorStore extends SaveableVectorStore {
  declare FilterType: (ref: ChunkRef) => boolean;
  readonly index: HierarchicalNSW;
  readonly refs: Map<number, ChunkRef>;
  readonly settings: HnswSettings;
  private nextLabel: number;
  private readonly textOf: (ref: ChunkRef) => string;

  _vectorstoreType(): string {
    return "newsroom-hnsw";
  }

  constructor(
    embeddings: EmbeddingsInterface,
    options: {
      dimensions: number;
      settings?: HnswSettings;
      /** Supplies the chunk text for returned Documents (from the article's normalised text). */
      textOf?: (ref: ChunkRef) => string;
      /** Restore an existing graph instead of starting an empty one. */
      restore?: { index: HierarchicalNSW; refs: Map<number, ChunkRef>; nextLabel: number };
    },
  ) {
    super(embeddings, {});
    this.settings = options.settings ?? DEFAULT_HNSW;
    this.textOf = options.textOf ?? (() => "");
    if (options.restore) {
      this.index = options.restore.index;
      this.refs = options.restore.refs;
      this.nextLabel = options.restore.nextLabel;
    } else {
      this.index = new HierarchicalNSW("cosine", options.dimensions);
      this.index.initIndex({
        maxElements: 1024,
        m: this.settings.m,
        efConstruction: this.settings.efConstruction,
      });
      this.refs = new Map();
      this.nextLabel = 0;
    }
    this.index.setEf(this.settings.efSearch);
  }

  get size(): number {
    return this.refs.size;
  }

  get labelsUsed(): number {
    return this.nextLabel;
  }

  /** Adds vectors; capacity grows geometrically (growing by one is quadratic in hnswlib). */
  async addVectors(vectors: number[][], documents: Document[]): Promise<string[]> {
    const needed = this.index.getCurrentCount() + vectors.length;
    if (needed > this.index.getMaxElements()) {
      this.index.resizeIndex(Math.max(needed, Math.ceil(this.index.getMaxElements() * 1.5)));
    }
    const ids: string[] = [];
    vectors.forEach((vector, i) => {
      const metadata = documents[i]?.metadata as ChunkRef;
      const label = this.nextLabel++;
      this.index.addPoint(vector, label);
      this.refs.set(label, {
        chunkId: metadata.chunkId,
        articleId: metadata.articleId,
        start: metadata.start,
        end: metadata.end,
      });
      ids.push(metadata.chunkId);
    });
    return ids;
  }

  async addDocuments(documents: Document[]): Promise<string[]> {
    const vectors = await this.embeddings.embedDocuments(documents.map((d) => d.pageContent));
    return this.addVectors(vectors, documents);
  }

  /** Deletes by label (`labels`) or by article (`articleIds`): marked deleted in the graph, gone from results. */
  override async delete(params: { labels?: number[]; articleIds?: string[] } = {}): Promise<void> {
    const labels = new Set(params.labels ?? []);
    if (params.articleIds) {
      const ids = new Set(params.articleIds);
      for (const [label, ref] of this.refs) if (ids.has(ref.articleId)) labels.add(label);
    }
    for (const label of labels) {
      if (!this.refs.has(label)) continue;
      this.index.markDelete(label);
      this.refs.delete(label);
    }
  }

  /** Returns [Document, cosine similarity] pairs, best first. */
  async similaritySearchVectorWithScore(
    query: number[],
    k: number,
    filter?: this["FilterType"],
  ): Promise<[Document, number][]> {
    return this.searchLabels(query, k, filter).map(({ label, similarity }) => {
      const ref = this.refs.get(label) as ChunkRef;
      return [new Document({ pageContent: this.textOf(ref), metadata: { ...ref, label } }), similarity];
    });
  }

  /** The fast path used by the retriever: labels and similarities, no Document objects. */
  searchLabels(
    query: number[],
    k: number,
    filter?: (ref: ChunkRef) => boolean,
  ): { label: number; similarity: number }[] {
    const limit = Math.min(k, this.refs.size);
    if (limit === 0) return [];
    const labelFilter = filter
      ? (label: number) => {
          const ref = this.refs.get(label);
          return ref !== undefined && filter(ref);
        }
      : undefined;
    const result = this.index.searchKnn(query, limit, labelFilter);
    return result.neighbors.map((label, i) => ({ label, similarity: 1 - (result.distances[i] ?? 1) }));
  }

  /** Writes the graph; the label map is saved by the caller's manifest (see index-files.ts). */
  async save(directory: string): Promise<void> {
    await this.index.writeIndex(`${directory}/${INDEX_FILE}`);
  }

  static readonly indexFile = INDEX_FILE;

  /** Loads a saved graph with its label map and sets efSearch (hnswlib would leave it at 10). */
  static async loadGraph(
    directory: string,
    embeddings: EmbeddingsInterface,
    options: {
      dimensions: number;
      refs: Map<number, ChunkRef>;
      nextLabel: number;
      settings?: HnswSettings;
      textOf?: (ref: ChunkRef) => string;
    },
  ): Promise<HnswVectorStore> {
    const index = new HierarchicalNSW("cosine", options.dimensions);
    await index.readIndex(`${directory}/${INDEX_FILE}`);
    return new HnswVectorStore(embeddings, {
      dimensions: options.dimensions,
      settings: options.settings,
      textOf: options.textOf,
      restore: { index, refs: options.refs, nextLabel: options.nextLabel },
    });
  }
}
