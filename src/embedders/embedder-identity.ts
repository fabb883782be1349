/** Which embedder made a set of vectors: an index is queried only with the embedder that built it. */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";

export interface EmbedderIdentity {
  name: string;
  version: number;
  dimensions: number;
}

/** `name@version/dimensions`, the form stored in manifests and shown in mismatch errors. */
export function embedderKey(identity: EmbedderIdentity): string {
  return `${identity.name}@${identity.version}/${identity.dimensions}`;
}

/** An embedder and its identity, as the composition root picks them. */
export interface EmbedderChoice {
  embeddings: EmbeddingsInterface;
  identity: EmbedderIdentity;
}
