/** Reads parts of the live index version without loading it: its manifest, its verified articles. */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { readCurrentVersion, versionsDir } from "./index-layout";
import type { Manifest, StoredArticle } from "./index-snapshot";
import { SNAPSHOT_FILES as FILES } from "./snapshot-files";

/** Reads the manifest of the live version (or null when there is none) without loading the rest. */
export async function readLiveManifest(
  indexDir: string,
): Promise<{ version: string; manifest: Manifest } | null> {
  const version = await readCurrentVersion(indexDir);
  if (!version) return null;
  try {
    const manifest = JSON.parse(
      await readFile(join(versionsDir(indexDir), version, FILES.manifest), "utf8"),
    ) as Manifest;
    return { version, manifest };
  } catch {
    return null;
  }
}

/**
 * The live version's articles (verified against the manifest) without loading the graph: what a
 * rebuild needs to carry over articles it was asked to keep. Empty when there is no readable index.
 */
export async function readLiveArticles(indexDir: string): Promise<StoredArticle[]> {
  const live = await readLiveManifest(indexDir);
  const expected = live?.manifest.files[FILES.articles];
  if (!live || !expected) return [];
  const path = join(versionsDir(indexDir), live.version, FILES.articles);
  try {
    const data = await readFile(path);
    if (createHash("sha256").update(data).digest("hex") !== expected.sha256) return [];
    return JSON.parse(data.toString("utf8")) as StoredArticle[];
  } catch {
    return [];
  }
}
