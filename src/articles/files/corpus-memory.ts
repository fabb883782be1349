/**
 * What an ingest remembers about the corpus files it read, so that the next ingest need not parse them again.
 *
 * Per file (by corpus root and relative path): its stat fingerprint (size, mtime, ctime, inode, and the
 * `.meta.json` sidecar's for a `.txt`), the loader's skips, and for each record the id and content hash of
 * the article it built (plus a sha1 of the raw line for `.jsonl` records). On the next ingest:
 * - a file whose fingerprint is unchanged is not read: its articles are the previous version's (same id,
 *   hash and source), already normalised;
 * - in a changed `.jsonl` file, a line whose bytes are unchanged reuses its article; only the other lines
 *   are parsed;
 * - anything that does not match exactly (an article missing from the previous version, another hash or
 *   source) is simply read and parsed as before.
 * The rule: an unchanged (size, mtime, ctime, inode) means unchanged content. Normal tools cannot edit a file
 * and keep all four (ctime cannot be set back); `--full` re-reads everything regardless. Reused articles keep
 * the normalisation of the ingest that read them: a change to a loader or to normalisation must bump
 * CORPUS_MEMORY_FORMAT (then nothing is reused), or be followed by a `--full` ingest.
 */
import { promises as fs, type Stats } from "node:fs";
import * as path from "node:path";
import type { LoadedArticle, SkippedItem } from "../article";
import { SIDECAR_SUFFIX } from "./read-sidecar";

/** 2: `.jsonl` files are streamed with a per-record limit, and memos carry date warnings. */
export const CORPUS_MEMORY_FORMAT = 2;

export interface DraftMemo {
  source: string;
  /** The article built from the draft; null when no text was left after extraction. */
  id: string | null;
  hash: string | null;
  /** sha1 of the trimmed raw line, for `.jsonl` records. */
  line?: string;
  /** The article's warnings (an unreadable date), replayed with it. */
  warnings?: string[];
}

export interface FileMemo {
  fingerprint: string;
  maxFileBytes: number;
  /** The loader's skips, in order (they come before its drafts' outcomes). */
  skipped: SkippedItem[];
  drafts: DraftMemo[];
}

export interface CorpusMemoryData {
  format: number;
  /** Absolute corpus root → relative path → memo. */
  roots: Record<string, Record<string, FileMemo>>;
}

/** An article of the last ingest, as the index keeps it. */
type RememberedArticle = { meta: LoadedArticle["meta"]; text: string; hash: string };

/** What the live index hands back to the next ingest: this memory as saved, and its articles by id. */
export interface LastIngest {
  memory: unknown;
  articles: ReadonlyMap<string, RememberedArticle>;
}

const isMemoryData = (value: unknown): value is CorpusMemoryData =>
  typeof value === "object" &&
  value !== null &&
  (value as CorpusMemoryData).format === CORPUS_MEMORY_FORMAT &&
  typeof (value as CorpusMemoryData).roots === "object";

export class CorpusMemory {
  private readonly next: CorpusMemoryData = { format: CORPUS_MEMORY_FORMAT, roots: {} };
  /** Files served from memory without reading, and files read (counted by readCorpus). */
  filesReused = 0;
  filesRead = 0;
  /** `.jsonl` records reused from a changed file without parsing. */
  linesReused = 0;

  private readonly previous: CorpusMemoryData | null;
  private readonly articles: ReadonlyMap<string, RememberedArticle>;

  /** From what the last ingest stored: its memory (JSON as saved, any other shape is ignored) and articles. */
  constructor(last: LastIngest) {
    this.previous = isMemoryData(last.memory) ? last.memory : null;
    this.articles = last.articles;
  }

  /** The memo of `source` under `root` from the previous ingest, if it has one. */
  recall(root: string, source: string): FileMemo | undefined {
    return this.previous?.roots[root]?.[source];
  }

  /** A copy of the previous version's article, when it is exactly the one the memo names; else null. */
  article(memo: DraftMemo): LoadedArticle | null {
    if (memo.id === null) return null;
    const stored = this.articles.get(memo.id);
    if (!stored || stored.hash !== memo.hash || stored.meta.source !== memo.source) return null;
    // As a plain read gives it: without what the index added at ingest (near-duplicate cluster, notes).
    const { cluster: _cluster, corrections: _corrections, ...meta } = stored.meta;
    return { meta, text: stored.text, hash: stored.hash };
  }

  remember(root: string, source: string, memo: FileMemo): void {
    const files = this.next.roots[root] ?? {};
    files[source] = memo;
    this.next.roots[root] = files;
  }

  /** What this ingest read, for the new version. */
  toData(): CorpusMemoryData {
    return this.next;
  }
}

/** The stat fingerprint of a file (and of a `.txt` file's sidecar): see the rule above. */
export async function fingerprintOf(file: string): Promise<string | null> {
  const key = (s: Stats) => `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
  try {
    let print = key(await fs.stat(file));
    if (path.extname(file).toLowerCase() === ".txt") {
      const sidecar = `${file.slice(0, -path.extname(file).length)}${SIDECAR_SUFFIX}`;
      print += `|${await fs.stat(sidecar).then(key, () => "none")}`;
    }
    return print;
  } catch {
    return null;
  }
}
