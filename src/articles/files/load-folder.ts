/** Loads a folder source with readCorpus, naming each article's source `folder:<path>/<file>`. */

import { type FolderSource, sourceKey } from "../../sync/sources-config";
import { contentHash } from "../article-identity";
import { failedLoad, reasonOf, type SourceLoad } from "../source-load";
import { readCorpus } from "./read-corpus";

/** Every article in the folder; a folder is read whole, so its load is complete. A missing folder fails. */
export async function loadFolder(source: FolderSource): Promise<SourceLoad> {
  const key = sourceKey(source);
  try {
    const loaded = await readCorpus(source.dir);
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
