/** Reads a corpus folder into articles: walks it, dispatches each file to its loader, and explains every skip. */
import { promises as fs, type Stats } from "node:fs";
import * as path from "node:path";
import { BotError } from "../../errors";
import type { ArticleWarning, LoadedArticle, LoadResult, SkippedItem } from "../article";
import { buildArticle, draftWarnings } from "../article-identity";
import type { CorpusMemory, DraftMemo, FileMemo } from "./corpus-memory";
import { fingerprintOf } from "./corpus-memory";
import type { FileOutput, Item } from "./file-output";
import { loadFile } from "./load-file";
import { errorCode } from "./read-text";
import { walkCorpus } from "./walk-corpus";

export interface ReadCorpusOptions {
  /** Files larger than this are skipped, and `.jsonl` records (a `.jsonl` file itself has no limit); default 5 MB. */
  maxFileBytes?: number;
  /**
   * Called with each file's corpus-relative path before it is read (`read`), or when its articles are
   * taken from the previous ingest because its stat is unchanged (`reused`; see corpus-memory.ts).
   */
  onFile?: (path: string, how: "read" | "reused") => void;
  /**
   * What the previous ingest read, as ingestArticles hands it to its `load` (empty on `--full` or a
   * rebuild, so everything is read); without it every file is read.
   */
  memory?: CorpusMemory;
}

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A file's output replayed from its memo, when every article it names is in the previous version. */
function replay(memory: CorpusMemory, memo: FileMemo): FileOutput | null {
  const items: Item[] = [];
  for (const draft of memo.drafts) {
    if (draft.id === null) {
      items.push({ source: draft.source, line: draft.line });
      continue;
    }
    const article = memory.article(draft);
    if (!article) return null;
    items.push({ source: draft.source, reused: article, line: draft.line, warnings: draft.warnings });
  }
  return { skipped: memo.skipped, items };
}

/** How many skips the "nothing could be read" error names. */
const SKIPS_NAMED = 5;

/** The error for a corpus that holds files but gave no article: it names the first skips. */
function nothingRead(dir: string, skipped: SkippedItem[]): BotError {
  const named = skipped.slice(0, SKIPS_NAMED).map((s) => `\n  ${s.source}: ${s.reason}`);
  const more = skipped.length > SKIPS_NAMED ? `\n  … and ${skipped.length - SKIPS_NAMED} more` : "";
  return new BotError(
    "corpus_unreadable",
    `No article could be read from ${dir}: ${skipped.length} file(s) or record(s) skipped:${named.join("")}${more}`,
  );
}

/**
 * Every article under `dir`, in sorted path order, with a reason for each file or record skipped.
 * Throws when `dir` is missing or not a folder, and when it holds files but not one article could be read
 * (an ingest must not replace an index with nothing); never for one bad file among good ones.
 */
export async function readCorpus(dir: string, options: ReadCorpusOptions = {}): Promise<LoadResult> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const root = path.resolve(dir);
  let stat: Stats;
  try {
    stat = await fs.stat(root);
  } catch (error) {
    throw new BotError("corpus_missing", `Corpus folder not found: ${dir} (${errorCode(error)})`, {
      cause: error,
    });
  }
  if (!stat.isDirectory()) throw new BotError("corpus_missing", `Corpus path is not a folder: ${dir}`);
  const rootReal = await fs.realpath(root);

  const articles: LoadedArticle[] = [];
  const skipped: SkippedItem[] = [];
  const warnings: ArticleWarning[] = [];
  const firstSourceById = new Map<string, string>();
  const memory = options.memory;
  for (const { file, source, reason } of await walkCorpus(root, rootReal)) {
    if (reason !== undefined) {
      options.onFile?.(source, "read");
      skipped.push({ source, reason });
      continue;
    }
    const fingerprint = memory ? await fingerprintOf(file) : null;
    const memo = memory?.recall(root, source);
    const replayed =
      memory &&
      memo &&
      fingerprint !== null &&
      memo.fingerprint === fingerprint &&
      memo.maxFileBytes === maxFileBytes
        ? replay(memory, memo)
        : null;
    if (replayed && memory) memory.filesReused++;
    else if (memory) memory.filesRead++;
    options.onFile?.(source, replayed ? "reused" : "read");
    const output = replayed ?? (await loadFile(file, source, { maxFileBytes, rootReal }, memory, memo));
    skipped.push(...output.skipped);
    const drafts: DraftMemo[] = [];
    for (const item of output.items) {
      // A replayed record that left no text has no draft: it gives the same skip without building.
      const article = item.reused ?? (item.draft ? buildArticle(item.draft, item.source) : null);
      const found = item.warnings ?? (item.draft ? draftWarnings(item.draft) : []);
      drafts.push({
        source: item.source,
        id: article?.meta.id ?? null,
        hash: article?.hash ?? null,
        line: item.line,
        ...(found.length > 0 ? { warnings: found } : {}),
      });
      if (article === null) {
        skipped.push({ source: item.source, reason: "no text after extraction" });
        continue;
      }
      const earlier = firstSourceById.get(article.meta.id);
      if (earlier !== undefined) {
        skipped.push({
          source: item.source,
          reason: `duplicate article id ${article.meta.id} (also in ${earlier})`,
        });
        continue;
      }
      firstSourceById.set(article.meta.id, item.source);
      articles.push(article);
      for (const warning of found) warnings.push({ source: item.source, warning });
    }
    if (memory && fingerprint !== null)
      memory.remember(root, source, { fingerprint, maxFileBytes, skipped: output.skipped, drafts });
  }
  if (articles.length === 0 && skipped.length > 0) throw nothingRead(dir, skipped);
  return { articles, skipped, warnings };
}
