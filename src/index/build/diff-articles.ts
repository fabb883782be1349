/** Diffs the loaded articles against the live index: what is kept, what is (re-)embedded, what is dropped. */

import type { LoadedArticle } from "../../articles/article";
import { type IndexSnapshot, readLiveArticles, type StoredArticle } from "../store/index-snapshot";
import type { IngestOptions } from "./ingest-options";

export interface ArticleDiff {
  /** Stored articles that stay as they are (unchanged, or not loaded but kept by `options.keep`). */
  kept: StoredArticle[];
  /** Added and updated articles, and on a rebuild the kept ones read back from the live version. */
  toEmbed: LoadedArticle[];
  /** Labels of the updated and removed articles' chunks. */
  dropLabels: number[];
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

/** Sorts every article, stored or loaded, into kept, to embed or removed. */
export async function diffArticles(
  previous: IndexSnapshot | null,
  loadedArticles: LoadedArticle[],
  options: IngestOptions,
): Promise<ArticleDiff> {
  const oldArticles = previous?.articles ?? new Map<string, StoredArticle>();

  const incoming = new Map(loadedArticles.map((a) => [a.meta.id, a]));
  const kept: StoredArticle[] = [];
  const toEmbed: LoadedArticle[] = [];
  const dropLabels: number[] = [];
  let added = 0;
  let updated = 0;
  let removed = 0;
  let unchanged = 0;
  for (const [id, old] of oldArticles) {
    const next = incoming.get(id);
    if (next && next.hash === old.hash) {
      kept.push(old);
      unchanged++;
    } else if (next) {
      dropLabels.push(...old.labels);
      toEmbed.push(next);
      updated++;
    } else if (options.keep?.(old)) {
      kept.push(old);
    } else {
      dropLabels.push(...old.labels);
      removed++;
    }
  }
  for (const article of loadedArticles) {
    if (!oldArticles.has(article.meta.id)) {
      toEmbed.push(article);
      added++;
    }
  }
  if (!previous && options.keep) {
    // A rebuild starts empty: articles the caller keeps (a failed or partial source) come from the live
    // version's text and are embedded again, so a rebuild never loses them.
    for (const old of await readLiveArticles(options.indexDir)) {
      if (!incoming.has(old.meta.id) && options.keep(old)) {
        toEmbed.push({ meta: old.meta, text: old.text, hash: old.hash });
      }
    }
  }
  return { kept, toEmbed, dropLabels, added, updated, removed, unchanged };
}
