/**
 * The vector graph over hnswlib-node with numeric labels, per-chunk delete, and an explicit ef: what the
 * retriever and the ingest use, with no LangChain (hnsw-vector-store.ts adapts it to LangChain's VectorStore).
 * Large indexes are split into shards (label % shards), each its own hnswlib graph and file: a bulk build
 * inserts into the shards in parallel worker threads (hnsw-parallel-build.ts), a query searches every
 * shard and merges by distance (hnsw-shards.ts).
 */

import type { HierarchicalNSW } from "hnswlib-node";
import { DEFAULT_HNSW, type HnswSettings, INDEX_FILE } from "./hnsw-settings";
import { HnswShards } from "./hnsw-shards";

export { DEFAULT_HNSW, type HnswSettings, shardFile } from "./hnsw-settings";

/** What the graph keeps for each vector; the text itself lives with the article. */
export interface ChunkRef {
  chunkId: string;
  articleId: string;
  start: number;
  end: number;
}

export class HnswGraph {
  readonly refs: Map<number, ChunkRef>;
  readonly settings: HnswSettings;
  readonly dimensions: number;
  private nextLabel: number;
  /** The graphs, one per shard. */
  private readonly shards: HnswShards;

  constructor(options: {
    dimensions: number;
    settings?: HnswSettings;
    /** Restore existing graphs (one per shard) instead of starting empty ones. */
    restore?: { graphs: HierarchicalNSW[]; refs: Map<number, ChunkRef>; nextLabel: number };
    /**
     * Build the graphs in worker threads (one per shard), for a bulk load of about `capacity` vectors.
     * Searching needs the graphs back in this thread: `save()` writes them, and they are read on first use.
     */
    buildInWorkers?: { capacity: number };
  }) {
    this.settings = options.settings ?? DEFAULT_HNSW;
    this.dimensions = options.dimensions;
    this.shards = new HnswShards(
      this.settings,
      options.dimensions,
      options.restore ? { graphs: options.restore.graphs } : { buildInWorkers: options.buildInWorkers },
    );
    this.refs = options.restore?.refs ?? new Map();
    this.nextLabel = options.restore?.nextLabel ?? 0;
  }

  get shardCount(): number {
    return this.shards.count;
  }

  /** The files `save` writes, one per shard. */
  get files(): string[] {
    return this.shards.files;
  }

  /** The stored vector of a live label. */
  getVector(label: number): number[] {
    return this.shards.graphOf(label).getPoint(label);
  }

  /** Search breadth of every shard (the configured one is set on every build and load). */
  setEf(ef: number): void {
    for (const graph of this.shards.live()) graph.setEf(ef);
  }

  get size(): number {
    return this.refs.size;
  }

  get labelsUsed(): number {
    return this.nextLabel;
  }

  /** True while the graphs are being built in worker threads (search needs `save()` first). */
  get building(): boolean {
    return this.shards.building;
  }

  /** Makes room for about `count` more vectors in one resize per shard (a resize copies the whole graph). */
  reserve(count: number): void {
    this.shards.reserve(count);
  }

  /** Adds vectors with their chunks, returning their labels; capacity grows geometrically. */
  async addVectors(vectors: number[][], refs: ChunkRef[]): Promise<number[]> {
    const labels = vectors.map(() => this.nextLabel++);
    const building = this.shards.add(labels, vectors);
    if (building) await building;
    labels.forEach((label, i) => {
      const ref = refs[i] as ChunkRef;
      this.refs.set(label, {
        chunkId: ref.chunkId,
        articleId: ref.articleId,
        start: ref.start,
        end: ref.end,
      });
    });
    return labels;
  }

  /** Deletes by label (`labels`) or by article (`articleIds`): marked deleted in the graph, gone from results. */
  async delete(params: { labels?: number[]; articleIds?: string[] } = {}): Promise<void> {
    const labels = new Set(params.labels ?? []);
    if (params.articleIds) {
      const ids = new Set(params.articleIds);
      for (const [label, ref] of this.refs) if (ids.has(ref.articleId)) labels.add(label);
    }
    const live = [...labels].filter((label) => this.refs.has(label));
    const building = this.shards.markDelete(live);
    if (building) await building;
    for (const label of live) this.refs.delete(label);
  }

  /** The nearest live labels with their cosine similarities, best first. */
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
    return this.shards.search(query, limit, labelFilter);
  }

  /**
   * Writes the graphs, one file per shard; the label map is saved by the caller's manifest. After a build in
   * workers, the workers write their graphs and stop, and this thread reads the files on first use.
   */
  async save(directory: string): Promise<void> {
    await this.shards.save(directory);
  }

  /** Stops build workers, if any (after a failed ingest). */
  async close(): Promise<void> {
    await this.shards.close();
  }

  static readonly indexFile = INDEX_FILE;

  /** The files of an index with these settings. */
  static filesFor(settings: HnswSettings): string[] {
    return HnswShards.filesFor(settings);
  }

  /** Loads saved graphs with their label map and sets efSearch (hnswlib would leave it at 10). */
  static async load(
    directory: string,
    options: { dimensions: number; refs: Map<number, ChunkRef>; nextLabel: number; settings?: HnswSettings },
  ): Promise<HnswGraph> {
    const graphs = await HnswShards.read(directory, options.dimensions, options.settings);
    return new HnswGraph({
      dimensions: options.dimensions,
      settings: options.settings,
      restore: { graphs, refs: options.refs, nextLabel: options.nextLabel },
    });
  }
}
