/**
 * A LangChain VectorStore over hnswlib-node with numeric labels, per-chunk delete, and an explicit ef.
 * Large indexes are split into shards (label % shards), each its own hnswlib graph and file: a bulk build
 * inserts into the shards in parallel worker threads (hnsw-parallel-build.ts), a query searches every
 * shard and merges by distance.
 */

import { Document } from "@langchain/core/documents";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { SaveableVectorStore } from "@langchain/core/vectorstores";
import { HierarchicalNSW } from "hnswlib-node";
import { ParallelGraphBuilder } from "./hnsw-parallel-build";

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
  /** Graphs the labels are spread over (label % shards); absent in indexes written before shards = 1. */
  shards?: number;
}

/**
 * Hashed bag-of-words vectors are hard for a graph index (near-random for unrelated text). On the topical
 * bench corpus at ~100k chunks in 2 shards, efConstruction is what buys recall: at ef 512, efC 64 → 96 → 128
 * gave recall@10 0.973 → 0.989 → 0.993 (M 24), while M 32 at efC 64 gave nothing over M 24. M 24,
 * efConstruction 100, ef 512 (0.9895) is the compromise with the ingest (~2,200 chunks/s, limit 2,000) and
 * query-latency (p95 ~9.3 ms, limit 10) targets (docs/performance.md). Indexes under ~20k chunks stay one shard.
 */
export const DEFAULT_HNSW: HnswSettings = { m: 24, efConstruction: 100, efSearch: 512, shards: 1 };

const INDEX_FILE = "hnswlib.index";

/** File of shard `shard`: shard 0 keeps the name of an unsharded index. */
export function shardFile(shard: number): string {
  return shard === 0 ? INDEX_FILE : `hnswlib-${shard}.index`;
}

export class HnswVectorStore extends SaveableVectorStore {
  declare FilterType: (ref: ChunkRef) => boolean;
  readonly refs: Map<number, ChunkRef>;
  readonly settings: HnswSettings;
  private nextLabel: number;
  private readonly textOf: (ref: ChunkRef) => string;
  private readonly dimensions: number;
  /** The graphs, once they are in this thread (null while workers build them or until a lazy load). */
  private graphs: HierarchicalNSW[] | null;
  /** Set during a bulk build in worker threads. */
  private builder: ParallelGraphBuilder | null = null;
  /** Where the graphs were written by the workers; read back on first use. */
  private savedDir: string | null = null;

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
      /** Restore existing graphs (one per shard) instead of starting empty ones. */
      restore?: { graphs: HierarchicalNSW[]; refs: Map<number, ChunkRef>; nextLabel: number };
      /**
       * Build the graphs in worker threads (one per shard), for a bulk load of about `capacity` vectors.
       * Searching needs the graphs back in this thread: `save()` writes them, and they are read on first use.
       */
      buildInWorkers?: { capacity: number };
    },
  ) {
    super(embeddings, {});
    this.settings = options.settings ?? DEFAULT_HNSW;
    this.dimensions = options.dimensions;
    this.textOf = options.textOf ?? (() => "");
    const shards = this.settings.shards ?? 1;
    if (options.restore) {
      if (options.restore.graphs.length !== shards)
        throw new Error(`${options.restore.graphs.length} graphs for ${shards} shards`);
      this.graphs = options.restore.graphs;
      this.refs = options.restore.refs;
      this.nextLabel = options.restore.nextLabel;
    } else {
      this.refs = new Map();
      this.nextLabel = 0;
      if (options.buildInWorkers) {
        this.graphs = null;
        this.builder = new ParallelGraphBuilder(shards, {
          dimensions: options.dimensions,
          m: this.settings.m,
          efConstruction: this.settings.efConstruction,
          capacity: options.buildInWorkers.capacity,
        });
      } else {
        this.graphs = Array.from({ length: shards }, () => {
          const graph = new HierarchicalNSW("cosine", options.dimensions);
          graph.initIndex({
            maxElements: 1024,
            m: this.settings.m,
            efConstruction: this.settings.efConstruction,
          });
          return graph;
        });
      }
    }
    for (const graph of this.graphs ?? []) graph.setEf(this.settings.efSearch);
  }

  get shardCount(): number {
    return this.settings.shards ?? 1;
  }

  /** The files `save` writes, one per shard. */
  get files(): string[] {
    return Array.from({ length: this.shardCount }, (_, shard) => shardFile(shard));
  }

  /** The graphs in this thread; reads them back (and sets ef) after a build in workers was saved. */
  private live(): HierarchicalNSW[] {
    if (this.graphs) return this.graphs;
    if (this.builder || !this.savedDir)
      throw new Error("the graphs are being built in worker threads: save() the store before searching it");
    const dir = this.savedDir;
    this.graphs = this.files.map((name) => {
      const graph = new HierarchicalNSW("cosine", this.dimensions);
      graph.readIndexSync(`${dir}/${name}`);
      graph.setEf(this.settings.efSearch);
      return graph;
    });
    this.savedDir = null;
    return this.graphs;
  }

  private graphOf(label: number): HierarchicalNSW {
    return this.live()[label % this.shardCount] as HierarchicalNSW;
  }

  /** The stored vector of a live label. */
  getVector(label: number): number[] {
    return this.graphOf(label).getPoint(label);
  }

  /** Search breadth of every shard (the configured one is set on every build and load). */
  setEf(ef: number): void {
    for (const graph of this.live()) graph.setEf(ef);
  }

  get size(): number {
    return this.refs.size;
  }

  get labelsUsed(): number {
    return this.nextLabel;
  }

  /** Makes room for about `count` more vectors in one resize per shard (a resize copies the whole graph). */
  reserve(count: number): void {
    if (this.builder || count <= 0) return;
    const graphs = this.live();
    for (const graph of graphs) {
      const needed = graph.getCurrentCount() + Math.ceil(count / graphs.length);
      if (needed > graph.getMaxElements()) graph.resizeIndex(needed);
    }
  }

  /** Adds vectors; capacity grows geometrically (growing by one is quadratic in hnswlib). */
  async addVectors(vectors: number[][], documents: Document[]): Promise<string[]> {
    const labels = vectors.map(() => this.nextLabel++);
    if (this.builder) {
      await this.builder.add(labels, vectors, this.dimensions);
    } else {
      const graphs = this.live();
      const perShard = Math.ceil(vectors.length / graphs.length);
      for (const graph of graphs) {
        const needed = graph.getCurrentCount() + perShard;
        if (needed > graph.getMaxElements()) {
          graph.resizeIndex(Math.max(needed, Math.ceil(graph.getMaxElements() * 1.5)));
        }
      }
      vectors.forEach((vector, i) => {
        this.graphOf(labels[i] as number).addPoint(vector, labels[i] as number);
      });
    }
    return labels.map((label, i) => {
      const metadata = documents[i]?.metadata as ChunkRef;
      this.refs.set(label, {
        chunkId: metadata.chunkId,
        articleId: metadata.articleId,
        start: metadata.start,
        end: metadata.end,
      });
      return metadata.chunkId;
    });
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
    const live = [...labels].filter((label) => this.refs.has(label));
    if (this.builder) await this.builder.markDelete(live);
    else for (const label of live) this.graphOf(label).markDelete(label);
    for (const label of live) this.refs.delete(label);
  }

  /** Returns [Document, cosine similarity] pairs, best first. */
  async similaritySearchVectorWithScore(
    query: number[],
    k: number,
    filter?: this["FilterType"],
  ): Promise<[Document, number][]> {
    if (this.builder) throw new Error("the graphs are being built in worker threads: save() the store first");
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
    const graphs = this.live();
    if (graphs.length === 1) {
      const result = (graphs[0] as HierarchicalNSW).searchKnn(query, limit, labelFilter);
      return result.neighbors.map((label, i) => ({ label, similarity: 1 - (result.distances[i] ?? 1) }));
    }
    const hits: { label: number; similarity: number }[] = [];
    for (const graph of graphs) {
      if (graph.getCurrentCount() === 0) continue;
      const result = graph.searchKnn(query, Math.min(limit, graph.getMaxElements()), labelFilter);
      result.neighbors.forEach((label, i) => {
        hits.push({ label, similarity: 1 - (result.distances[i] ?? 1) });
      });
    }
    return hits.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
  }

  /**
   * Writes the graphs, one file per shard; the label map is saved by the caller's manifest. After a build in
   * workers, the workers write their graphs and stop, and this thread reads the files on first use.
   */
  async save(directory: string): Promise<void> {
    if (this.builder) {
      const builder = this.builder;
      this.builder = null;
      await builder.writeAndClose(this.files.map((name) => `${directory}/${name}`));
      this.savedDir = directory;
      return;
    }
    const graphs = this.live();
    await Promise.all(graphs.map((graph, shard) => graph.writeIndex(`${directory}/${shardFile(shard)}`)));
  }

  /** Stops build workers, if any (after a failed ingest). */
  async close(): Promise<void> {
    await this.builder?.close();
    this.builder = null;
  }

  static readonly indexFile = INDEX_FILE;

  /** The files of an index with these settings. */
  static filesFor(settings: HnswSettings): string[] {
    return Array.from({ length: settings.shards ?? 1 }, (_, shard) => shardFile(shard));
  }

  /** Loads saved graphs with their label map and sets efSearch (hnswlib would leave it at 10). */
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
    const graphs = await Promise.all(
      HnswVectorStore.filesFor(options.settings ?? DEFAULT_HNSW).map(async (name) => {
        const graph = new HierarchicalNSW("cosine", options.dimensions);
        await graph.readIndex(`${directory}/${name}`);
        return graph;
      }),
    );
    return new HnswVectorStore(embeddings, {
      dimensions: options.dimensions,
      settings: options.settings,
      textOf: options.textOf,
      restore: { graphs, refs: options.refs, nextLabel: options.nextLabel },
    });
  }
}
