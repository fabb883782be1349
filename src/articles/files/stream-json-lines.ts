/**
 * Streams a `.jsonl` corpus file record by record: the size limit applies to each record (line), not to the
 * file, and memory stays flat in the file's size. With the previous ingest's memory, a line whose bytes are
 * unchanged (same sha1 at the same line) and whose article is still in the previous version is reused
 * without parsing.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import { formatBytes } from "../../text/format-bytes";
import type { CorpusMemory, DraftMemo, FileMemo } from "./corpus-memory";
import type { FileOutput } from "./file-output";
import { jsonLineItem, NO_JSON_LINES } from "./loaders/json-export";
import { readLines } from "./read-lines";
import { errorCode } from "./read-text";

const UTF16_BOMS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

/** A reason to refuse the whole file from its first bytes (binary, UTF-16), or null. */
async function sniff(file: string): Promise<string | null> {
  const handle = await fs.open(file, "r");
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const start = head.subarray(0, bytesRead);
    if (UTF16_BOMS.some((bom) => start.subarray(0, 2).equals(bom)))
      return "UTF-16 text: JSON Lines must be UTF-8 (save the export as UTF-8)";
    if (start.includes(0)) return "binary file (contains NUL bytes)";
    return null;
  } finally {
    await handle.close();
  }
}

/** Reads a `.jsonl` file one record at a time; never throws for bad content. */
export async function streamJsonLines(
  file: string,
  source: string,
  maxRecordBytes: number,
  memory?: CorpusMemory,
  memo?: FileMemo,
): Promise<FileOutput> {
  const output: FileOutput = { items: [], skipped: [] };
  const byLine = new Map<string, DraftMemo>();
  for (const draft of memo?.drafts ?? []) if (draft.line) byLine.set(draft.source, draft);
  try {
    const refused = await sniff(file);
    if (refused !== null) return { items: [], skipped: [{ source, reason: refused }] };
    for await (const line of readLines(file, maxRecordBytes)) {
      const lineSource = `${source}#${line.number}`;
      if (line.problem === "too-large") {
        output.skipped.push({
          source: lineSource,
          reason: `record too large (${formatBytes(line.bytes)}; the limit is ${formatBytes(maxRecordBytes)} per record)`,
        });
        continue;
      }
      if (line.problem === "binary") {
        output.skipped.push({ source: lineSource, reason: "binary data in record (NUL bytes)" });
        continue;
      }
      if (line.problem === "not-utf8") {
        output.skipped.push({ source: lineSource, reason: "record is not UTF-8 text (invalid UTF-8)" });
        continue;
      }
      const text = (line.text ?? "").replace(/^\uFEFF/, "").trim();
      if (text === "") continue;
      const sha = createHash("sha1").update(text).digest("hex");
      const known = byLine.get(lineSource);
      const article = memory && known?.line === sha ? memory.article(known) : null;
      if (article && memory) {
        memory.linesReused++;
        output.items.push({ source: lineSource, reused: article, line: sha, warnings: known?.warnings });
        continue;
      }
      const item = jsonLineItem(text, lineSource);
      if ("draft" in item) output.items.push({ ...item, line: sha });
      else output.skipped.push(item);
    }
  } catch (error) {
    return { items: [], skipped: [{ source, reason: `unreadable file (${errorCode(error)})` }] };
  }
  if (output.items.length === 0 && output.skipped.length === 0)
    output.skipped.push({ source, reason: NO_JSON_LINES });
  return output;
}
