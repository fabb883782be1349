/** The stat fingerprint that decides whether a corpus file can be reused from the previous ingest. */
import { promises as fs, type Stats } from "node:fs";
import * as path from "node:path";
import { SIDECAR_SUFFIX } from "./read-sidecar";

/** The stat fingerprint of a file (and of a `.txt` file's sidecar): see corpus-memory.ts for the rule. */
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
