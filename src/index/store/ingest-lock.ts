/**
 * The ingest lock: numbered claim files in <index>/ingest-lock/, each created once with link(2) from a
 * complete draft (atomic, fails if the name exists). The newest claim is the lock: a live owner means busy;
 * a dead owner's claim (an ingest killed mid-run) is taken over by creating the next number, which exactly
 * one of several racing takers can do. Nothing is removed and re-created in place, so there is no window
 * in which two takers both see the old claim gone and both create a new one.
 */
import { randomBytes } from "node:crypto";
import { link, mkdir, readdir, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { IngestBusyError } from "../../errors";

const LOCK_DIR = "ingest-lock";
const CLAIM = /^(\d{12})\.json$/;

interface Owner {
  pid: number;
  since: string;
  token: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function claimName(epoch: number): string {
  return `${String(epoch).padStart(12, "0")}.json`;
}

async function claims(dir: string): Promise<number[]> {
  const epochs: number[] = [];
  for (const name of await readdir(dir)) {
    const match = CLAIM.exec(name);
    if (match) epochs.push(Number(match[1]));
  }
  return epochs.sort((a, b) => a - b);
}

/** The newest claim and its owner: null owner when unreadable (torn by a crash: treated as dead). */
async function newestClaim(
  dir: string,
): Promise<{ epoch: number; owner: Owner | null } | "none" | "vanished"> {
  const epoch = (await claims(dir)).at(-1);
  if (epoch === undefined) return "none";
  try {
    return { epoch, owner: JSON.parse(await readFile(join(dir, claimName(epoch)), "utf8")) as Owner };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "vanished"; // released meanwhile
    return { epoch, owner: null };
  }
}

/**
 * Takes the ingest lock or throws IngestBusyError naming the live owner. Returns the release function,
 * which removes this process's claim only.
 */
export async function acquireIngestLock(indexDir: string): Promise<() => Promise<void>> {
  const dir = join(indexDir, LOCK_DIR);
  await mkdir(dir, { recursive: true });
  const owner: Owner = {
    pid: process.pid,
    since: new Date().toISOString(),
    token: randomBytes(8).toString("hex"),
  };
  const draft = join(dir, `draft-${owner.token}.tmp`);
  await writeFile(draft, JSON.stringify(owner));
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const newest = await newestClaim(dir);
      if (newest === "vanished") continue;
      if (newest !== "none" && newest.owner && isAlive(newest.owner.pid)) {
        throw new IngestBusyError(
          `pid ${newest.owner.pid} since ${newest.owner.since}, lock ${join(dir, claimName(newest.epoch))}`,
        );
      }
      const epoch = newest === "none" ? 1 : newest.epoch + 1;
      const mine = join(dir, claimName(epoch));
      try {
        await link(draft, mine);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") continue; // another taker got it: look again
        throw error;
      }
      // Ownership re-checked: a claim above ours can only come from a taker that read an older state.
      if ((await claims(dir)).at(-1) !== epoch) {
        await unlink(mine).catch(() => {});
        continue;
      }
      for (const older of await claims(dir))
        if (older < epoch) await rm(join(dir, claimName(older)), { force: true });
      return async () => {
        await rm(mine, { force: true });
      };
    }
    throw new IngestBusyError(`the lock in ${dir} kept changing hands`);
  } finally {
    await rm(draft, { force: true });
  }
}
