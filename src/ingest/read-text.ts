/** Reads a file as UTF-8 text, refusing binaries and invalid UTF-8. */
import { promises as fs } from "node:fs";
import { errorCode } from "./error-code";

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a file as UTF-8 text, refusing binaries and invalid UTF-8. */
export async function readText(file: string): Promise<Decoded> {
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
