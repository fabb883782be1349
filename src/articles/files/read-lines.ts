/**
 * Reads a file line by line from a stream, so memory stays flat in the file's size: a line longer than
 * `maxLineBytes` is not kept (its bytes are counted and dropped), and every kept line is checked for NUL
 * bytes and decoded as strict UTF-8 on its own.
 */
import { createReadStream } from "node:fs";

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line's size in bytes, without its "\n". */
  bytes: number;
  /** The decoded line, when it was within the limit and valid UTF-8 text. */
  text?: string;
  /** Why the line has no text: too large, binary or not UTF-8. */
  problem?: "too-large" | "binary" | "not-utf8";
}

const NEWLINE = 0x0a;

/** Every line of `file` in order (the last one even without a final "\n"); throws only when the file cannot be read. */
export async function* readLines(file: string, maxLineBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let parts: Buffer[] = [];
  let bytes = 0;
  let number = 1;
  const finish = (): Line => {
    const line: Line = { number, bytes };
    if (bytes > maxLineBytes) line.problem = "too-large";
    else {
      const whole = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
      if (whole.includes(0)) line.problem = "binary";
      else {
        try {
          line.text = decoder.decode(whole);
        } catch {
          line.problem = "not-utf8";
        }
      }
    }
    parts = [];
    bytes = 0;
    number++;
    return line;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    let start = 0;
    while (start <= chunk.length) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline === -1 ? chunk.length : newline;
      bytes += end - start;
      // Kept pieces are copied so that a short line does not pin its whole read buffer.
      if (bytes <= maxLineBytes && end > start) parts.push(Buffer.from(chunk.subarray(start, end)));
      else if (bytes > maxLineBytes) parts = [];
      if (newline === -1) break;
      yield finish();
      start = newline + 1;
    }
  }
  if (bytes > 0) yield finish();
}
