/**
 * A file cache in front of a paid embedder, keyed by embedder identity and chunk content hash, counting its
 * hits. The stores come from `langchain` (v1 keeps them); CacheBackedEmbeddings is only in @langchain/classic.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { CacheBackedEmbeddings } from "@langchain/classic/embeddings/cache_backed";
import { Embeddings, type EmbeddingsInterface } from "@langchain/core/embeddings";
import { EncoderBackedStore } from "langchain/storage/encoder_backed";
import { LocalFileStore } from "langchain/storage/file_system";
import { type EmbedderIdentity, embedderKey } from "../embedders/embedder-identity";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** One folder per embedder identity (LocalFileStore allows only [A-Za-z0-9_.-] in names), so switching models never mixes vectors. */
export function cacheFolder(cacheDir: string, identity: EmbedderIdentity): string {
  const key = embedderKey(identity);
  return join(cacheDir, `${key.replace(/[^A-Za-z0-9_.-]+/g, "_")}-${sha256(key).slice(0, 8)}`);
}

/** Little-endian float32, 4 bytes a dimension: what the API sends, so nothing is lost. */
export function toFloat32Bytes(vector: number[]): Uint8Array {
  const view = new DataView(new ArrayBuffer(vector.length * 4));
  for (const [i, value] of vector.entries()) view.setFloat32(i * 4, value, true);
  return new Uint8Array(view.buffer);
}

/** The vector, or undefined (a cache miss) when the stored bytes do not hold exactly `dimensions` floats. */
export function fromFloat32Bytes(bytes: Uint8Array, dimensions: number): number[] | undefined {
  if (bytes.byteLength !== dimensions * 4) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: dimensions }, (_, i) => view.getFloat32(i * 4, true));
}

/**
 * LangChain's CacheBackedEmbeddings over a LocalFileStore, with a compact value encoding (float32 bytes
 * instead of JSON) and counters: `cacheHits` documents were served from disk, `embedded` were sent to the
 * underlying embedder. Queries are never cached (each question is new).
 */
export class CachedEmbeddings extends Embeddings {
  cacheHits = 0;
  embedded = 0;
  private readonly cached: CacheBackedEmbeddings;

  constructor(
    private readonly underlying: EmbeddingsInterface,
    options: { dir: string; identity: EmbedderIdentity },
  ) {
    super({});
    const dimensions = options.identity.dimensions;
    const store = new EncoderBackedStore<string, number[], Uint8Array>({
      store: new LocalFileStore({ rootPath: cacheFolder(options.dir, options.identity) }),
      keyEncoder: sha256,
      valueSerializer: toFloat32Bytes,
      // A damaged entry reads as a miss and is embedded again (the store's type has no room for that).
      valueDeserializer: (bytes) => fromFloat32Bytes(bytes, dimensions) as number[],
    });
    const counting: EmbeddingsInterface = {
      embedDocuments: (texts) => {
        this.embedded += texts.length;
        return underlying.embedDocuments(texts);
      },
      embedQuery: (text) => underlying.embedQuery(text),
    };
    this.cached = new CacheBackedEmbeddings({
      underlyingEmbeddings: counting,
      documentEmbeddingStore: store,
    });
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const before = this.embedded;
    const vectors = await this.cached.embedDocuments(texts);
    this.cacheHits += texts.length - (this.embedded - before);
    return vectors;
  }

  embedQuery(text: string): Promise<number[]> {
    return this.underlying.embedQuery(text);
  }
}
