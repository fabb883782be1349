/** EMBEDDINGS=openai: OpenAIEmbeddings with batching, timeout and retries, behind a file cache, with a checked identity. */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { OpenAIEmbeddings } from "@langchain/openai";
import type { Config } from "../config";
import type { EmbedderIdentity } from "../embedders/embedder-identity";
import { ConfigError, UpstreamError } from "../errors";
import { describeUpstreamError } from "./describe-upstream-error";
import { CachedEmbeddings } from "./embedding-cache";

/** Output sizes published for OpenAI's embedding models (without a `dimensions` request). */
export const OPENAI_EMBEDDING_DIMENSIONS: Readonly<Record<string, number>> = {
  "text-embedding-3-small": 1536,
  "text-embedding-3-large": 3072,
  "text-embedding-ada-002": 1536,
};

/** Texts per request; the API takes up to 2,048 inputs, and ~700-character chunks keep 128 far below its token cap. */
const BATCH_SIZE = 128;

/** The identity written into the index: a different model or size is a different embedder. */
export function openAIEmbedderIdentity(model: string, dimensions?: number): EmbedderIdentity {
  const size = dimensions ?? OPENAI_EMBEDDING_DIMENSIONS[model];
  if (size === undefined) {
    throw new ConfigError([
      `OPENAI_EMBEDDINGS_DIMENSIONS: required for ${model}, whose vector size is not built in (known: ${Object.keys(OPENAI_EMBEDDING_DIMENSIONS).join(", ")})`,
    ]);
  }
  return { name: `openai:${model}`, version: 1, dimensions: size };
}

/**
 * Upstream errors become UpstreamError with a redacted message and no cause (so no log line or CLI
 * message can carry the key), and a vector of the wrong size is refused before it reaches the cache
 * or the index.
 */
function guarded(
  inner: EmbeddingsInterface,
  dimensions: number,
  apiKey: string | undefined,
): EmbeddingsInterface {
  const call = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      const failure = describeUpstreamError(error, [apiKey]);
      const status = failure.status ? ` ${failure.status}` : "";
      throw new UpstreamError("OpenAI embeddings", `${failure.name}${status}: ${failure.message}`);
    }
  };
  const check = (vector: number[]): number[] => {
    if (vector.length !== dimensions) {
      throw new UpstreamError(
        "OpenAI embeddings",
        `returned ${vector.length} numbers per vector, expected ${dimensions}; set OPENAI_EMBEDDINGS_DIMENSIONS to match the model`,
      );
    }
    return vector;
  };
  return {
    embedDocuments: async (texts) => (await call(() => inner.embedDocuments(texts))).map(check),
    embedQuery: async (text) => check(await call(() => inner.embedQuery(text))),
  };
}

/**
 * The OpenAI embedder behind an embedding cache in `cacheDir` (one folder per identity). Retries are
 * LangChain's (`maxRetries`; the SDK's own are switched off by @langchain/openai): exponential backoff
 * on 429 and 5xx that waits at least the `Retry-After` a 429 carries, up to 60 s, and gives up at once
 * on a larger one or on `insufficient_quota`. `timeout` bounds each attempt.
 */
export function createOpenAIEmbedder(options: { openai: Config["openai"]; cacheDir: string }): {
  embeddings: CachedEmbeddings;
  identity: EmbedderIdentity;
} {
  const { openai } = options;
  const identity = openAIEmbedderIdentity(openai.embeddingsModel, openai.embeddingsDimensions);
  const client = new OpenAIEmbeddings({
    apiKey: openai.apiKey,
    model: openai.embeddingsModel,
    dimensions: openai.embeddingsDimensions,
    batchSize: BATCH_SIZE,
    timeout: openai.timeoutMs,
    maxRetries: openai.maxRetries,
    maxConcurrency: 2,
    configuration: openai.baseUrl ? { baseURL: openai.baseUrl } : undefined,
  });
  const embeddings = new CachedEmbeddings(guarded(client, identity.dimensions, openai.apiKey), {
    dir: options.cacheDir,
    identity,
  });
  return { embeddings, identity };
}
