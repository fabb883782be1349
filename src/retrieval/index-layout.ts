/** Where an index lives on disk: versions/<id>/ directories, an atomic CURRENT pointer, and a lock file. */
import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { IngestBusyError } from "../errors";

const POINTER = "CURRENT";
const LOCK = "ingest.lock";

export function versionsDir(indexDir: string): string {
  return join(indexDir, "versions");
}

/** The live version's directory name, or null when there is no index yet. */
export async function readCurrentVersion(indexDir: string): Promise<string | null> {
  try {
    const raw = (await readFile(join(indexDir, POINTER), "utf8")).trim();
    return raw || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
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

/** Switches the live index to `version` with a rename, which is atomic on POSIX file systems. */
export async function switchCurrentVersion(indexDir: string, version: string): Promise<void> {
  const temp = join(indexDir, `${POINTER}.${process.pid}.tmp`);
  const handle = await open(temp, "w");
  try {
    await handle.writeFile(`${version}\n`, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, join(indexDir, POINTER));
}

/** Deletes versions other than the live one and `keep` (the previous one, for readers still on it). */
export async function pruneVersions(indexDir: string, live: string, keep: string | null): Promise<void> {
  let names: string[];
  try {
    names = await readdir(versionsDir(indexDir));
  } catch {
    return;
  }
  for (const name of names) {
    if (name === live || name === keep) continue;
    await rm(join(versionsDir(indexDir), name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the ingest lock (a file created with O_EXCL holding the owner's pid). A lock left by a process
 * that no longer exists (killed mid-ingest) is taken over; a live owner gets IngestBusyError.
 */
export async function acquireIngestLock(indexDir: string): Promise<() => Promise<void>> {
  await mkdir(indexDir, { recursive: true });
  const path = join(indexDir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      await handle.close();
      return async () => {
        await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let owner: { pid?: number; since?: string } = {};
      try {
        owner = JSON.parse(await readFile(path, "utf8"));
      } catch {
        // a lock torn by a crash between create and write: treat as stale once it is a few seconds old
        const age = Date.now() - (await stat(path)).mtimeMs;
        if (age < 5000) throw new IngestBusyError(`lock file ${path} is being written`);
      }
      if (owner.pid && isAlive(owner.pid)) {
        throw new IngestBusyError(`pid ${owner.pid} since ${owner.since ?? "?"}, lock file ${path}`);
      }
      await rm(path, { force: true });
    }
  }
  throw new IngestBusyError(`could not take ${path}`);
}

/** Writes a file that must exist whole or not at all. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = `${path}.tmp`;
  await writeFile(temp, data);
  await rename(temp, path);
}
