/** Reads a file as text: UTF-8, or UTF-16 when it starts with a byte-order mark; refuses binaries and invalid text. */
import { promises as fs } from "node:fs";

/** The errno code of a failed file operation (or its message), for skip reasons. */
export const errorCode = (error: unknown): string =>
  (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.message : String(error));

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** The UTF-16 encoding a byte-order mark names, if the bytes start with one. */
function utf16Of(bytes: Buffer): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** Reads a file as UTF-8 text (or UTF-16 with a BOM), refusing binaries and invalid text. */
export async function readText(file: string): Promise<Decoded> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return { ok: false, reason: `unreadable file (${errorCode(error)})` };
  }
  const utf16 = utf16Of(bytes);
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
      if (text.includes("\0")) return { ok: false, reason: "binary file (contains NUL characters)" };
      return { ok: true, text };
    } catch {
      return { ok: false, reason: `not valid ${utf16.toUpperCase()} text despite its byte-order mark` };
    }
  }
  if (bytes.includes(0)) return { ok: false, reason: "binary file (contains NUL bytes)" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: "binary or not UTF-8 text (invalid UTF-8)" };
  }
}
