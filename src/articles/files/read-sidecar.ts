/** Reads the `.meta.json` sidecar next to a `.txt` file. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { OUTSIDE_ROOT, placeOf } from "./inside-root";
import { readText } from "./read-text";

export const SIDECAR_SUFFIX = ".meta.json";

/**
 * The parsed `.meta.json` next to a `.txt`, null when there is none, or a skip reason when it is broken or
 * is a link leading outside the corpus root (`rootReal`, a real path).
 */
export async function readSidecar(
  file: string,
  rootReal: string,
): Promise<{ data: Record<string, unknown> | null } | { reason: string }> {
  const sidecar = `${file.slice(0, -path.extname(file).length)}${SIDECAR_SUFFIX}`;
  const name = path.basename(sidecar);
  try {
    await fs.access(sidecar);
  } catch {
    return { data: null };
  }
  if ((await placeOf(rootReal, sidecar)) === "outside") return { reason: `sidecar ${name}: ${OUTSIDE_ROOT}` };
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
