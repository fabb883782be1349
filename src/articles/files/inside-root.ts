/** Corpus-root confinement: whether a path, symbolic links resolved, stays inside the corpus folder. */
import { promises as fs } from "node:fs";
import * as path from "node:path";

/** The skip reason for a link that leads out of the corpus folder. */
export const OUTSIDE_ROOT = "symbolic link to a place outside the corpus folder (not read)";

/** True when `real` (a resolved path) is `rootReal` or lies under it. */
export const isInside = (rootReal: string, real: string): boolean =>
  real === rootReal || real.startsWith(rootReal.endsWith(path.sep) ? rootReal : `${rootReal}${path.sep}`);

/** Where `file` really is, relative to the corpus root's real path; "missing" when it cannot be resolved. */
export async function placeOf(rootReal: string, file: string): Promise<"inside" | "outside" | "missing"> {
  try {
    return isInside(rootReal, await fs.realpath(file)) ? "inside" : "outside";
  } catch {
    return "missing";
  }
}
