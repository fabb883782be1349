/**
 * Consistency of a version's articles, chunk map and manifest: every label is claimed by exactly one
 * article, maps back to that article, and is below nextLabel (so the next ingest never hands it out
 * again); the counts and asOf agree with the articles. Checked before a version is written and on load.
 */
import type { ChunkRef } from "../vectors/hnsw-graph";
import type { Manifest, StoredArticle } from "./snapshot-types";

/** The newest publication date among `articles` (what a manifest's asOf says). */
export function newestDate(articles: Iterable<StoredArticle>): string | null {
  let newest: string | null = null;
  for (const article of articles) {
    const date = article.meta.published;
    if (date && (newest === null || date > newest)) newest = date;
  }
  return newest;
}

/** What is inconsistent, or null. */
export function versionProblem(
  manifest: Pick<Manifest, "nextLabel" | "asOf" | "counts">,
  articles: Iterable<StoredArticle>,
  refs: ReadonlyMap<number, ChunkRef>,
): string | null {
  // A byte per label ever handed out (a Set when nextLabel is out of all proportion, e.g. edited).
  const bitmap = manifest.nextLabel <= 16 * (refs.size + 1024) ? new Uint8Array(manifest.nextLabel) : null;
  const seenSet = bitmap ? null : new Set<number>();
  let seen = 0;
  const ids = new Set<string>();
  let newest: string | null = null;
  for (const article of articles) {
    const id = article.meta.id;
    const date = article.meta.published;
    if (date && (newest === null || date > newest)) newest = date;
    if (ids.has(id)) return `article ${JSON.stringify(id)} appears twice`;
    ids.add(id);
    for (const label of article.labels) {
      if (!Number.isInteger(label) || label < 0)
        return `article ${JSON.stringify(id)} has label ${label}, not a label`;
      if (label >= manifest.nextLabel)
        return `label ${label} of article ${JSON.stringify(id)} is not below nextLabel ${manifest.nextLabel}`;
      if (bitmap ? bitmap[label] === 1 : seenSet?.has(label))
        return `label ${label} is claimed by two chunks (article ${JSON.stringify(id)})`;
      if (bitmap) bitmap[label] = 1;
      else seenSet?.add(label);
      seen++;
      if (refs.get(label)?.articleId !== id)
        return `label ${label} of article ${JSON.stringify(id)} is not that article's chunk`;
    }
  }
  if (seen !== refs.size) return `${refs.size - seen} chunks belong to no article`;
  if (manifest.counts.articles !== ids.size || manifest.counts.chunks !== refs.size)
    return `counts (${manifest.counts.articles} articles, ${manifest.counts.chunks} chunks) differ from the files (${ids.size}, ${refs.size})`;
  if (manifest.asOf !== newest) return `asOf ${manifest.asOf} is not the newest article date (${newest})`;
  return null;
}
