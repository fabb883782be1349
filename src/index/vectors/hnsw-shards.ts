/**
 * The hnswlib graphs of an index, one per shard (label % shards): built in this thread or in worker threads
 * (hnsw-parallel-build.ts), read back lazily after a worker build, searched together and merged by distance.
 */
import { HierarchicalNSW } from "hnswlib-node";
import { ParallelGraphBuilder } from "./hnsw-parallel-build";
import { DEFAULT_HNSW, type HnswSettings, shardFile } from "./hnsw-settings";

export class HnswShards {
  private readonly settings: HnswSettings;
  private readonly dimensions: number;
  /** The graphs, once they are in this thread (null while workers build them or until a lazy load). */
  private graphs: HierarchicalNSW[] | null;
  /** Set during a bulk build in worker threads. */
  private builder: ParallelGraphBuilder | null = null;
  /** Where the graphs were written by the workers; read back on first use. */
  private savedDir: string | null = null;

  constructor(
    settings: HnswSettings,
    dimensions: number,
    options: {
      /** Restore existing graphs (one per shard) instead of starting empty ones. */
      graphs?: HierarchicalNSW[];
      /** Build the graphs in worker threads (one per shard), for a bulk load of about `capacity` vectors. */
      buildInWorkers?: { capacity: number };
    },
  ) {
    this.settings = settings;
    this.dimensions = dimensions;
    const shards = this.settings.shards ?? 1;
    if (options.graphs) {
      if (options.graphs.length !== shards)
        throw new Error(`${options.graphs.length} graphs for ${shards} shards`);
      this.graphs = options.graphs;
    } else if (options.buildInWorkers) {
      this.graphs = null;
      this.builder = new ParallelGraphBuilder(shards, {
        dimensions,
        m: this.settings.m,
        efConstruction: this.settings.efConstruction,
        capacity: options.buildInWorkers.capacity,
      });
    } else {
      this.graphs = Array.from({ length: shards }, () => {
        const graph = new HierarchicalNSW("cosine", dimensions);
        graph.initIndex({
          maxElements: 1024,
          m: this.settings.m,
          efConstruction: this.settings.efConstruction,
        });
        return graph;
      });
    }
    for (const graph of this.graphs ?? []) graph.setEf(this.settings.efSearch);
  }

  /** Reads saved graphs, one per shard of `settings` (ef is set when they are restored into a store). */
  static async read(
    directory: string,
    dimensions: number,
    settings?: HnswSettings,
  ): Promise<HierarchicalNSW[]> {
    return Promise.all(
      HnswShards.filesFor(settings ?? DEFAULT_HNSW).map(async (name) => {
        const graph = new HierarchicalNSW("cosine", dimensions);
        await graph.readIndex(`${directory}/${name}`);
        return graph;
      }),
    );
  }

  /** The files of an index with these settings. */
  static filesFor(settings: HnswSettings): string[] {
    return Array.from({ length: settings.shards ?? 1 }, (_, shard) => shardFile(shard));
  }

  get count(): number {
    return this.settings.shards ?? 1;
  }

  /** Whether worker threads are building the graphs (until `save`). */
  get building(): boolean {
    return this.builder !== null;
  }

  /** The files `save` writes, one per shard. */
  get files(): string[] {
    return Array.from({ length: this.count }, (_, shard) => shardFile(shard));
  }

  /** The graphs in this thread; reads them back (and sets ef) after a build in workers was saved. */
  live(): HierarchicalNSW[] {
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

  graphOf(label: number): HierarchicalNSW {
    return this.live()[label % this.count] as HierarchicalNSW;
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

  /**
   * Inserts vectors under their labels; capacity grows geometrically (growing by one is quadratic in
   * hnswlib). A promise only while workers build: inserts in this thread are done when it returns.
   */
  add(labels: number[], vectors: number[][]): Promise<void> | undefined {
    if (this.builder) return this.builder.add(labels, vectors, this.dimensions);
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
    return undefined;
  }

  /** Marks live labels deleted in their graphs; a promise only while workers build, as for `add`. */
  markDelete(labels: number[]): Promise<void> | undefined {
    if (this.builder) return this.builder.markDelete(labels);
    for (const label of labels) this.graphOf(label).markDelete(label);
    return undefined;
  }

  /** The `limit` nearest labels over every shard, by cosine similarity, best first. */
  search(
    query: number[],
    limit: number,
    labelFilter?: (label: number) => boolean,
  ): { label: number; similarity: number }[] {
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
   * Writes the graphs, one file per shard. After a build in workers, the workers write their graphs and
   * stop, and this thread reads the files on first use.
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
}
