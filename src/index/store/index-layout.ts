/** Where an index lives on disk: versions/<id>/ directories, an atomic CURRENT pointer, and the ingest lock. */
import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { IndexCorruptError } from "../../errors";

export { acquireIngestLock } from "./ingest-lock";

const POINTER = "CURRENT";

export function versionsDir(indexDir: string): string {
  return join(indexDir, "versions");
}

/** What CURRENT says: the live version, and the sha256 of its manifest (null in indexes written before it was recorded). */
export interface LivePointer {
  version: string;
  manifestSha256: string | null;
}

const VERSION_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const HASH_LINE = /^manifest-sha256 ([0-9a-f]{64})$/;

/**
 * Reads CURRENT: null when there is no index yet; IndexCorruptError when it names no version directory
 * (an edit, or a path out of the index).
 */
export async function readCurrentPointer(indexDir: string): Promise<LivePointer | null> {
  let raw: string;
  try {
    raw = await readFile(join(indexDir, POINTER), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const [version, second, ...rest] = raw
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  if (!version) return null;
  const hash = second === undefined ? null : (HASH_LINE.exec(second)?.[1] ?? undefined);
  if (!VERSION_NAME.test(version) || hash === undefined || rest.length > 0)
    throw new IndexCorruptError(indexDir, `${POINTER} is not a version name and manifest checksum`);
  return { version, manifestSha256: hash };
}

/**
 * The live version's directory name, or null when there is no index yet or CURRENT is unreadable (the next
 * ingest then recovers the newest valid version; loading the index names the problem).
 */
export async function readCurrentVersion(indexDir: string): Promise<string | null> {
  try {
    return (await readCurrentPointer(indexDir))?.version ?? null;
  } catch (error) {
    if (error instanceof IndexCorruptError) return null;
    throw error;
  }
}

/** A fresh, unique, sortable directory for a new version. */
export async function createVersionDir(indexDir: string): Promise<{ version: string; dir: string }> {
  const version = `v${new Date().toISOString().replace(/[-:.TZ]/g, "")}-${randomBytes(3).toString("hex")}`;
  const dir = join(versionsDir(indexDir), version);
  await mkdir(dir, { recursive: true });
  return { version, dir };
}

/**
 * Switches the live index to `version` with a rename, which is atomic on POSIX file systems. CURRENT also
 * records the sha256 of the version's manifest, so an edited manifest is refused on load.
 */
export async function switchCurrentVersion(
  indexDir: string,
  version: string,
  manifestSha256: string,
): Promise<void> {
  await writeFileAtomic(join(indexDir, POINTER), `${version}\nmanifest-sha256 ${manifestSha256}\n`);
  // the rename itself reaches the disk only with its directory
  const directory = await open(indexDir, "r");
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}

/** Deletes every version except those in `keep` (the live one, the previous one for readers still on it…). */
export async function pruneVersions(indexDir: string, keep: Iterable<string | null>): Promise<void> {
  const kept = new Set(keep);
  let names: string[];
  try {
    names = await readdir(versionsDir(indexDir));
  } catch {
    return;
  }
  for (const name of names) {
    if (kept.has(name)) continue;
    await rm(join(versionsDir(indexDir), name), { recursive: true, force: true });
  }
}

/** Writes a file that must exist whole or not at all: a private temp file, synced, renamed over `path`. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  const handle = await open(temp, "w");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
