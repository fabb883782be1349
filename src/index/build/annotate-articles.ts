/** At ingest, after the diff: each article's correction notes and near-duplicate cluster, stored in its metadata. */

import { correctionNotes } from "../../text/correction-notes";
import type { StoredArticle } from "../store/snapshot-types";
import { clusterArticles, type SampleCache } from "./near-duplicates";

export interface Annotated {
  corrected: number;
  duplicates: number;
  /** Every article's shingle samples by content hash, to store with the new version. */
  samples: SampleCache;
  /** Samples computed in this run; the others came from the previous version's stored samples. */
  samplesComputed: number;
}

/**
 * Sets `meta.corrections` and `meta.cluster` on every article (new metadata objects: the previous version's
 * stay as they were). Clusters are recomputed over the whole archive, since a new copy can join an old story;
 * the shingle samples of texts the previous version already held are taken from it, not recomputed.
 */
export function annotateArticles(
  articles: StoredArticle[],
  previousSamples: ReadonlyMap<string, Uint32Array> = new Map(),
): Annotated {
  const samples: SampleCache = new Map(previousSamples);
  const stats = { computed: 0 };
  const clusters = clusterArticles(
    articles.map((a) => ({ id: a.meta.id, text: a.text, published: a.meta.published, key: a.hash })),
    undefined,
    samples,
    stats,
  );
  let corrected = 0;
  let duplicates = 0;
  for (const article of articles) {
    const { corrections: _, cluster: __, ...meta } = article.meta;
    const notes = correctionNotes(article.text);
    const cluster = clusters.get(meta.id) ?? meta.id;
    if (notes.length > 0) corrected++;
    if (cluster !== meta.id) duplicates++;
    article.meta = {
      ...meta,
      cluster,
      ...(notes.length > 0 ? { corrections: notes } : {}),
    };
  }
  return { corrected, duplicates, samples, samplesComputed: stats.computed };
}
