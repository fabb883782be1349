/** Reads a corpus folder into articles: walks it, dispatches each file to its loader, and explains every skip. */
import { createHash } from "node:crypto";
import { promises as fs, type Stats } from "node:fs";
import * as path from "node:path";
import { BotError } from "../errors";
import type { LoadedArticle, LoadResult, SkippedItem } from "./article";
import { type ArticleDraft, buildArticle, type LoaderOutput } from "./article-identity";
import type { CorpusMemory, DraftMemo, FileMemo } from "./corpus-memory";
import { loadHtmlPage } from "./loaders/html-page";
import { loadJsonExport, loadJsonLines } from "./loaders/json-export";
import { loadMarkdown } from "./loaders/markdown";
import { loadScrapedText } from "./loaders/scraped-text";

export interface ReadCorpusOptions {
  /** Files larger than this are skipped; default 5 MB. */
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

const SIDECAR_SUFFIX = ".meta.json";

type Loader = (content: string, source: string, sidecar: Record<string, unknown> | null) => LoaderOutput;

const LOADERS: Record<string, Loader> = {
  ".md": loadMarkdown,
  ".markdown": loadMarkdown,
  ".txt": loadScrapedText,
  ".html": loadHtmlPage,
  ".htm": loadHtmlPage,
  ".json": loadJsonExport,
  ".jsonl": loadJsonLines,
};

/** Whole numbers of bytes, KB or MB, for skip reasons. */
function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

const errorCode = (error: unknown): string =>
  (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.message : String(error));

/** Corpus-relative path with forward slashes, whatever the platform. */
const relative = (dir: string, file: string): string => path.relative(dir, file).split(path.sep).join("/");

/** Sorted by code unit, so the order never depends on the locale. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A file found by the walk, or an entry the walk could not use (then `reason` says why). */
interface Entry {
  file: string;
  source: string;
  reason?: string;
}

/** Every candidate file under `root`, sorted by relative path; dot entries, node_modules and sidecars left out. */
async function walk(root: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  const seenDirs = new Set<string>();
  const visit = async (dir: string): Promise<void> => {
    let names: string[];
    try {
      const real = await fs.realpath(dir);
      if (seenDirs.has(real)) return; // a symlink loop
      seenDirs.add(real);
      names = await fs.readdir(dir);
    } catch (error) {
      entries.push({
        file: dir,
        source: relative(root, dir),
        reason: `unreadable folder (${errorCode(error)})`,
      });
      return;
    }
    for (const name of names) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const file = path.join(dir, name);
      const source = relative(root, file);
      let stat: Stats;
      try {
        stat = await fs.stat(file);
      } catch (error) {
        const code = errorCode(error);
        const link = await fs.lstat(file).then(
          (s) => s.isSymbolicLink(),
          () => false,
        );
        entries.push({
          file,
          source,
          reason: `unreadable file (${link && code === "ENOENT" ? "broken symbolic link" : code})`,
        });
        continue;
      }
      if (stat.isDirectory()) await visit(file);
      else if (name.toLowerCase().endsWith(SIDECAR_SUFFIX)) continue;
      else if (stat.isFile()) entries.push({ file, source });
      else entries.push({ file, source, reason: "not a regular file" });
    }
  };
  await visit(root);
  return entries.sort((a, b) => byCodeUnit(a.source, b.source));
}

type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a file as UTF-8 text, refusing binaries and invalid UTF-8. */
async function readText(file: string): Promise<Decoded> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return { ok: false, reason: `unreadable file (${errorCode(error)})` };
  }
  if (bytes.includes(0)) return { ok: false, reason: "binary file (contains NUL bytes)" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: "binary or not UTF-8 text (invalid UTF-8)" };
  }
}

/** The parsed `.meta.json` next to a `.txt`, null when there is none, or a skip reason when it is broken. */
async function readSidecar(
  file: string,
): Promise<{ data: Record<string, unknown> | null } | { reason: string }> {
  const sidecar = `${file.slice(0, -path.extname(file).length)}${SIDECAR_SUFFIX}`;
  const name = path.basename(sidecar);
  try {
    await fs.access(sidecar);
  } catch {
    return { data: null };
  }
  const decoded = await readText(sidecar);
  if (!decoded.ok) return { reason: `sidecar ${name}: ${decoded.reason}` };
  try {
    const data: unknown = JSON.parse(decoded.text);
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      return { reason: `sidecar ${name} is not a JSON object` };
    }
    return { data: data as Record<string, unknown> };
  } catch (error) {
    return { reason: `malformed JSON in sidecar ${name}: ${error instanceof Error ? error.message : error}` };
  }
}

/** A record of a file: a draft to build, or an article reused from the previous ingest. */
interface Item {
  source: string;
  draft?: ArticleDraft;
  reused?: LoadedArticle;
  /** sha1 of the raw `.jsonl` line. */
  line?: string;
}

interface FileOutput {
  skipped: SkippedItem[];
  items: Item[];
}

/** The stat fingerprint of a file (and of a `.txt` file's sidecar): see corpus-memory.ts for the rule. */
async function fingerprintOf(file: string): Promise<string | null> {
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

const lineNumber = (source: string): number => Number(source.slice(source.lastIndexOf("#") + 1));

/**
 * A `.jsonl` file whose unchanged lines (same bytes at the same line as last time, and their article still
 * in the previous version) are reused; the loader parses only the others, given with the reused lines
 * blanked, so line numbers and every skip stay exactly what a full parse gives.
 */
function loadJsonLinesReusing(
  loader: Loader,
  text: string,
  source: string,
  memory: CorpusMemory,
  memo: FileMemo | undefined,
): FileOutput {
  const byLine = new Map<string, DraftMemo>();
  for (const draft of memo?.drafts ?? []) if (draft.line) byLine.set(draft.source, draft);
  const lines = text.split("\n");
  const shas: string[] = [];
  const reused: Item[] = [];
  let changed = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === "") continue;
    const sha = createHash("sha1").update(line).digest("hex");
    shas[i] = sha;
    const lineSource = `${source}#${i + 1}`;
    const known = byLine.get(lineSource);
    const article = known?.line === sha ? memory.article(known) : null;
    if (article) {
      reused.push({ source: lineSource, reused: article, line: sha });
      lines[i] = "";
    } else changed++;
  }
  memory.linesReused += reused.length;
  const parsed =
    reused.length === 0
      ? loader(text, source, null)
      : changed > 0
        ? loader(lines.join("\n"), source, null)
        : { drafts: [], skipped: [] };
  const items: Item[] = [
    ...reused,
    ...parsed.drafts.map((d: { source: string; draft: ArticleDraft }) => ({
      ...d,
      line: shas[lineNumber(d.source) - 1],
    })),
  ].sort((a, b) => lineNumber(a.source) - lineNumber(b.source));
  return { skipped: parsed.skipped, items };
}

/** Loads one file into drafts, or says why not. */
async function loadFile(
  file: string,
  source: string,
  maxFileBytes: number,
  memory?: CorpusMemory,
  memo?: FileMemo,
): Promise<FileOutput> {
  const skip = (reason: string): FileOutput => ({ items: [], skipped: [{ source, reason }] });
  const ext = path.extname(file).toLowerCase();
  const loader = LOADERS[ext];
  if (!loader) return skip(ext ? `unsupported file type ${ext}` : "unsupported file type (no extension)");
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch (error) {
    return skip(`unreadable file (${errorCode(error)})`);
  }
  if (size === 0) return skip("empty file");
  if (size > maxFileBytes) {
    return skip(`file too large (${formatBytes(size)}; the limit is ${formatBytes(maxFileBytes)})`);
  }
  const decoded = await readText(file);
  if (!decoded.ok) return skip(decoded.reason);
  if (decoded.text.trim() === "") return skip("empty file");
  let sidecar: Record<string, unknown> | null = null;
  if (ext === ".txt") {
    const found = await readSidecar(file);
    if ("reason" in found) return skip(found.reason);
    sidecar = found.data;
  }
  try {
    if (ext === ".jsonl" && memory) return loadJsonLinesReusing(loader, decoded.text, source, memory, memo);
    const output = loader(decoded.text, source, sidecar);
    return { skipped: output.skipped, items: output.drafts };
  } catch (error) {
    return skip(`could not parse (${error instanceof Error ? error.message : String(error)})`);
  }
}

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
    items.push({ source: draft.source, reused: article, line: draft.line });
  }
  return { skipped: memo.skipped, items };
}

/**
 * Every article under `dir`, in sorted path order, with a reason for each file or record skipped.
 * Throws when `dir` is missing or not a folder; never for a bad file.
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

  const articles: LoadedArticle[] = [];
  const skipped: SkippedItem[] = [];
  const firstSourceById = new Map<string, string>();
  const memory = options.memory;
  for (const { file, source, reason } of await walk(root)) {
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
    const output = replayed ?? (await loadFile(file, source, maxFileBytes, memory, memo));
    skipped.push(...output.skipped);
    const drafts: DraftMemo[] = [];
    for (const item of output.items) {
      // A replayed record that left no text has no draft: it gives the same skip without building.
      const article = item.reused ?? (item.draft ? buildArticle(item.draft, item.source) : null);
      drafts.push({
        source: item.source,
        id: article?.meta.id ?? null,
        hash: article?.hash ?? null,
        line: item.line,
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
    }
    if (memory && fingerprint !== null)
      memory.remember(root, source, { fingerprint, maxFileBytes, skipped: output.skipped, drafts });
  }
  return { articles, skipped };
}
