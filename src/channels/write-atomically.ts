/** Replaces a small file so that a crash leaves the old content or the new, never a torn file. */
import { randomBytes } from "node:crypto";
import { mkdir, open, rename as renameFile, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface AtomicWriteSteps {
  /** The final step (default fs.rename); tests inject a failing one. */
  rename?: (from: string, to: string) => Promise<void>;
}

/** Writes a temp file beside `path`, fsyncs it, renames it over `path`, then fsyncs the folder. */
export async function writeAtomically(
  path: string,
  text: string,
  steps: AtomicWriteSteps = {},
): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx", 0o600);
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await (steps.rename ?? renameFile)(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  // The rename itself is durable once the folder's entry is on disk (not every platform lets a folder sync).
  const dir = await open(folder, "r").catch(() => undefined);
  await dir
    ?.sync()
    .catch(() => undefined)
    .finally(() => dir.close());
}
