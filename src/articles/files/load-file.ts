/** Loads one corpus file into drafts: type, size, binary and UTF-8 checks, sidecar, then its loader (`.jsonl` streamed). */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { formatBytes } from "../../text/format-bytes";
import type { CorpusMemory, FileMemo } from "./corpus-memory";
import { FILE_LOADERS } from "./file-loaders";
import type { FileOutput } from "./file-output";
import { readSidecar } from "./read-sidecar";
import { errorCode, readText } from "./read-text";
import { streamJsonLines } from "./stream-json-lines";

/** Loads one file into drafts, or says why not. */
export async function loadFile(
  file: string,
  source: string,
  limits: { maxFileBytes: number; rootReal: string },
  memory?: CorpusMemory,
  memo?: FileMemo,
): Promise<FileOutput> {
  const { maxFileBytes, rootReal } = limits;
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
  // JSON Lines are streamed: the limit applies to each record, whatever the file's size.
  if (ext === ".jsonl") return streamJsonLines(file, source, maxFileBytes, memory, memo);
  if (size > maxFileBytes) {
    const hint =
      ext === ".json" ? "; export large archives as JSON Lines (.jsonl), read record by record" : "";
    return skip(`file too large (${formatBytes(size)}; the limit is ${formatBytes(maxFileBytes)}${hint})`);
  }
  const decoded = await readText(file);
  if (!decoded.ok) return skip(decoded.reason);
  if (decoded.text.trim() === "") return skip("empty file");
  let sidecar: Record<string, unknown> | null = null;
  if (ext === ".txt") {
    const found = await readSidecar(file, rootReal);
    if ("reason" in found) return skip(found.reason);
    sidecar = found.data;
  }
  try {
    const output = loader(decoded.text, source, sidecar);
    return { skipped: output.skipped, items: output.drafts };
  } catch (error) {
    return skip(`could not parse (${error instanceof Error ? error.message : String(error)})`);
  }
}
