/**
 * When CURRENT is lost (deleted, or edited into nonsense), the newest version that verifies (manifest
 * checksum and schema, every file's sha256, labels) becomes live again instead of the index being rebuilt
 * from scratch and the intact old versions pruned.
 */
import { access, readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "../../logger";
import { readCurrentPointer, switchCurrentVersion, versionsDir } from "./index-layout";
import { verifyVersion } from "./load-snapshot";
import { SNAPSHOT_FILES as FILES } from "./snapshot-files";

export interface Recovery {
  /** The version made live again, or null when none verified. */
  recovered: string | null;
  /** Complete versions (with a manifest) that did not verify: kept when nothing was recovered. */
  unverified: string[];
}

/** Call under the ingest lock. Null when CURRENT is fine (or there never was an index). */
export async function recoverLostCurrent(indexDir: string, logger: Logger): Promise<Recovery | null> {
  const pointer = await readCurrentPointer(indexDir).catch(() => null);
  if (pointer) return null;
  let names: string[];
  try {
    names = await readdir(versionsDir(indexDir));
  } catch {
    return null;
  }
  const unverified: string[] = [];
  // Version names start with their creation time, so the newest sorts last.
  for (const version of names.sort().reverse()) {
    const complete = await access(join(versionsDir(indexDir), version, FILES.manifest)).then(
      () => true,
      () => false,
    );
    if (!complete) continue; // an ingest killed before its manifest: never a usable version
    try {
      const { manifestSha256 } = await verifyVersion(indexDir, version, null);
      await switchCurrentVersion(indexDir, version, manifestSha256);
      logger.warn(
        { version, skipped: unverified },
        `CURRENT was missing or unreadable: recovered the newest valid version ${version}`,
      );
      return { recovered: version, unverified };
    } catch (error) {
      unverified.push(version);
      logger.warn(
        { version, code: (error as { code?: string }).code, error: (error as Error).message },
        `CURRENT was missing: version ${version} does not verify`,
      );
    }
  }
  if (unverified.length > 0)
    logger.error(
      { unverified },
      "CURRENT was missing and no version verifies: building a new index; the old versions are kept for inspection",
    );
  return { recovered: null, unverified };
}
