/** Loads one corpus file into drafts: type, size, binary and UTF-8 checks, sidecar, then its loader. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { CorpusMemory, FileMemo } from "./corpus-memory";
import { errorCode } from "./error-code";
import { FILE_LOADERS } from "./file-loaders";
import type { FileOutput } from "./file-output";
import { loadJsonLinesReusing } from "./load-json-lines-reusing";
import { readSidecar } from "./read-sidecar";
import { readText } from "./read-text";

/** Whole numbers of bytes, KB or MB, for skip reasons. */
function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

/** Loads one file into drafts, or says why not. */
export async function loadFile(
  file: string,
  source: string,
  maxFileBytes: number,
  memory?: CorpusMemory,
  memo?: FileMemo,
): Promise<FileOutput> {
  const skip = (reason: string): FileOutput => ({ items: [], skipped: [{ source, reason }] });
  const ext = path.extname(file).toLowerCase();
  const loader = FILE_LOADERS[ext];
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
