/** Reads parts of the live index version without loading it: its manifest, its verified articles. */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { readCurrentPointer, versionsDir } from "./index-layout";
import { readManifest } from "./manifest-schema";
import { SNAPSHOT_FILES as FILES } from "./snapshot-files";
import type { Manifest, StoredArticle } from "./snapshot-types";

/**
 * The manifest of the live version, checked against CURRENT's checksum and its schema; null when there is
 * no index. A damaged or edited manifest is an IndexCorruptError.
 */
export async function readLiveManifest(
  indexDir: string,
): Promise<{ version: string; manifest: Manifest } | null> {
  const pointer = await readCurrentPointer(indexDir);
  if (!pointer) return null;
  const { manifest } = await readManifest(indexDir, pointer.version, pointer.manifestSha256);
  return { version: pointer.version, manifest };
}

/**
 * The live version's articles (verified against the manifest) without loading the graph: what a
 * rebuild needs to carry over articles it was asked to keep. Empty when there is no readable index.
 */
export async function readLiveArticles(indexDir: string): Promise<StoredArticle[]> {
  const live = await readLiveManifest(indexDir).catch(() => null);
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
