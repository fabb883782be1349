/**
 * LangChain's VectorStore interface over an HnswGraph, for code that wants LangChain's API (similarity search
 * returning Documents, addDocuments through an Embeddings). The query path and the ingest use the graph
 * itself, so answering a question loads no LangChain module.
 */

import { Document } from "@langchain/core/documents";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { SaveableVectorStore } from "@langchain/core/vectorstores";
import type { IndexSnapshot } from "../store/snapshot-types";
import { type ChunkRef, HnswGraph, type HnswSettings } from "../vectors/hnsw-graph";

export class HnswVectorStore extends SaveableVectorStore {
  declare FilterType: (ref: ChunkRef) => boolean;

  _vectorstoreType(): string {
    return "newsroom-hnsw";
  }

  constructor(
    embeddings: EmbeddingsInterface,
    readonly graph: HnswGraph,
    /** Supplies the chunk text for returned Documents (from the article's normalised text). */
    private readonly textOf: (ref: ChunkRef) => string = () => "",
  ) {
    super(embeddings, {});
  }

  /** A store over a loaded index version; Documents carry their chunk's text. */
  static fromSnapshot(snapshot: IndexSnapshot, embeddings: EmbeddingsInterface): HnswVectorStore {
    return new HnswVectorStore(
      embeddings,
      snapshot.store,
      (ref) => snapshot.articles.get(ref.articleId)?.text.slice(ref.start, ref.end) ?? "",
    );
  }

  /** Loads saved graphs (HnswGraph.load) into a store. */
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
    return new HnswVectorStore(embeddings, await HnswGraph.load(directory, options), options.textOf);
  }

  /** Adds vectors whose Documents' metadata are their ChunkRefs; returns the chunk ids. */
  async addVectors(vectors: number[][], documents: Document[]): Promise<string[]> {
    const refs = documents.map((d) => d.metadata as ChunkRef);
    await this.graph.addVectors(vectors, refs);
    return refs.map((ref) => ref.chunkId);
  }

  async addDocuments(documents: Document[]): Promise<string[]> {
    const vectors = await this.embeddings.embedDocuments(documents.map((d) => d.pageContent));
    return this.addVectors(vectors, documents);
  }

  /** Deletes by label (`labels`) or by article (`articleIds`). */
  override async delete(params: { labels?: number[]; articleIds?: string[] } = {}): Promise<void> {
    await this.graph.delete(params);
  }

  /** Returns [Document, cosine similarity] pairs, best first. */
  async similaritySearchVectorWithScore(
    query: number[],
    k: number,
    filter?: this["FilterType"],
  ): Promise<[Document, number][]> {
    if (this.graph.building)
      throw new Error("the graphs are being built in worker threads: save() the store first");
    return this.graph.searchLabels(query, k, filter).map(({ label, similarity }) => {
      const ref = this.graph.refs.get(label) as ChunkRef;
      return [new Document({ pageContent: this.textOf(ref), metadata: { ...ref, label } }), similarity];
    });
  }

  /** Writes the graphs, one file per shard (HnswGraph.save). */
  async save(directory: string): Promise<void> {
    await this.graph.save(directory);
  }
}
