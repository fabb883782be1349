/** Walks a corpus folder into its candidate files, noting every entry it cannot use. */
import { promises as fs, type Stats } from "node:fs";
import * as path from "node:path";
import { OUTSIDE_ROOT, placeOf } from "./inside-root";
import { SIDECAR_SUFFIX } from "./read-sidecar";
import { errorCode } from "./read-text";

/** Corpus-relative path with forward slashes, whatever the platform. */
const relative = (dir: string, file: string): string => path.relative(dir, file).split(path.sep).join("/");

/** Sorted by code unit, so the order never depends on the locale. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A file found by the walk, or an entry the walk could not use (then `reason` says why). */
export interface Entry {
  file: string;
  source: string;
  reason?: string;
}

/**
 * Every candidate file under `root`, sorted by relative path; dot entries, node_modules and sidecars left out.
 * Nothing outside the root is read: a symbolic link (to a file or a folder) is followed only when it resolves
 * inside the root's real path; any other is an entry with a reason. `rootReal` is the root's real path.
 */
export async function walkCorpus(root: string, rootReal: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  const seenDirs = new Set<string>();
  const visit = async (dir: string): Promise<void> => {
    let names: string[];
    try {
      const real = await fs.realpath(dir);
      if (seenDirs.has(real)) return; // a symlink loop
      seenDirs.add(real);
      names = await fs.readdir(dir);
    } catch (error) {
      entries.push({
        file: dir,
        source: relative(root, dir),
        reason: `unreadable folder (${errorCode(error)})`,
      });
      return;
    }
    for (const name of names) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const file = path.join(dir, name);
      const source = relative(root, file);
      let stat: Stats;
      try {
        if ((await fs.lstat(file)).isSymbolicLink() && (await placeOf(rootReal, file)) === "outside") {
          // A sidecar is named by the file it belongs to (read-sidecar.ts refuses it too).
          if (!name.toLowerCase().endsWith(SIDECAR_SUFFIX))
            entries.push({ file, source, reason: OUTSIDE_ROOT });
          continue;
        }
        stat = await fs.stat(file);
      } catch (error) {
        const code = errorCode(error);
        const link = await fs.lstat(file).then(
          (s) => s.isSymbolicLink(),
          () => false,
        );
        entries.push({
          file,
          source,
          reason: `unreadable file (${link && code === "ENOENT" ? "broken symbolic link" : code})`,
        });
        continue;
      }
      if (stat.isDirectory()) await visit(file);
      else if (name.toLowerCase().endsWith(SIDECAR_SUFFIX)) continue;
      else if (stat.isFile()) entries.push({ file, source });
      else entries.push({ file, source, reason: "not a regular file" });
    }
  };
  await visit(root);
  return entries.sort((a, b) => byCodeUnit(a.source, b.source));
}
