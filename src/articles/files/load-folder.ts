/**
 * Loads a folder source with readCorpus. Articles of a configured folder are named `folder:<path>/<file>`;
 * the corpus folder on its own keeps plain corpus-relative names.
 */
import { contentHash } from "../article-identity";
import { failedLoad, reasonOf, type SourceLoad } from "../source-load";
import { type FolderSource, sourceKey } from "../source-spec";
import type { CorpusMemory } from "./corpus-memory";
import { readCorpus } from "./read-corpus";

/**
 * Every article in the folder; a folder is read whole, so its load is complete. A missing folder fails the
 * source (the corpus folder on its own: the ingest). Unchanged files come from `memory` when given.
 */
export async function loadFolder(source: FolderSource, memory?: CorpusMemory): Promise<SourceLoad> {
  // As written, so errors name the folder the way the user gave it.
  if (source.corpus) return { ...(await readCorpus(source.path || source.dir, { memory })), complete: true };
  const key = sourceKey(source);
  try {
    const loaded = await readCorpus(source.dir, { memory });
    const articles = loaded.articles.map((article) => {
      const meta = {
        ...article.meta,
        source: `${key}/${article.meta.source}`,
        publisher: article.meta.publisher ?? source.publisher ?? null,
      };
      return { ...article, meta, hash: contentHash(meta, article.text) };
    });
    const skipped = loaded.skipped.map((item) => ({ ...item, source: `${key}/${item.source}` }));
    const warnings = (loaded.warnings ?? []).map((w) => ({ ...w, source: `${key}/${w.source}` }));
    return { articles, skipped, warnings, complete: true };
  } catch (error) {
    return failedLoad(reasonOf(error));
  }
}
