/** Estimates how many chunks a set of articles will make, to size a graph before it is filled. */
import { CHUNKING } from "./chunk-text";

/** Chunks the articles will make, estimated from their length (chunk size less overlap). */
export function estimateChunks(articles: { text: string }[]): number {
  let chars = 0;
  for (const article of articles) chars += article.text.length;
  return Math.ceil(chars / (CHUNKING.size - CHUNKING.overlap)) + articles.length;
}
