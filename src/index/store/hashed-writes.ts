/** Files with their sha256: hashed streaming writes, file hashes, JSON arrays written piecewise. */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";

/** Streams in 1 MB reads: with the default 64 kB, hashing two 133 MB graph files took 0.23–0.30 s, now 0.15 s. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * Writes `pieces` in turn (≈1 MB writes, never one string of the whole file), hashing what it writes;
 * byte pieces are written as they are.
 */
export async function writeHashed(
  path: string,
  pieces: Iterable<string | Uint8Array>,
): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash("sha256");
  const handle = await open(path, "w");
  let bytes = 0;
  let buffered: string[] = [];
  let length = 0;
  const write = async (data: Uint8Array) => {
    hash.update(data);
    bytes += data.length;
    await handle.write(data);
  };
  const flush = async () => {
    if (length === 0) return;
    const data = Buffer.from(buffered.join(""), "utf8");
    buffered = [];
    length = 0;
    await write(data);
  };
  try {
    for (const piece of pieces) {
      if (typeof piece !== "string") {
        await flush();
        await write(piece);
        continue;
      }
      buffered.push(piece);
      length += piece.length;
      if (length >= 1 << 20) await flush();
    }
    await flush();
  } finally {
    await handle.close();
  }
  return { bytes, sha256: hash.digest("hex") };
}

/** A JSON array written element by element: the same text as JSON.stringify(items). */
export function* jsonArray<T>(items: Iterable<T>): Iterable<string> {
  yield "[";
  let first = true;
  for (const item of items) {
    yield first ? JSON.stringify(item) : `,${JSON.stringify(item)}`;
    first = false;
  }
  yield "]";
}
