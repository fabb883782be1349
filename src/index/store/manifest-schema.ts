/**
 * A version's manifest read and checked before anything trusts it: its sha256 against CURRENT (or the
 * version's manifest.sha256 when CURRENT does not record one), then every field against a schema.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { IndexCorruptError } from "../../errors";
import { shardFile } from "../vectors/hnsw-settings";
import { versionsDir } from "./index-layout";
import { SNAPSHOT_FILES as FILES, INDEX_FORMAT } from "./snapshot-files";
import type { Manifest } from "./snapshot-types";

const int = (min: number, max: number) => z.number().int().min(min).max(max);
const MAX_COUNT = 2 ** 31 - 1;

const ManifestSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  embedder: z.object({
    name: z.string().min(1).max(200),
    version: int(0, 1_000_000),
    dimensions: int(1, 65_536),
  }),
  hnsw: z.object({
    m: int(2, 512),
    efConstruction: int(1, 100_000),
    /** Below hnswlib's default (10) recall collapses; above 10,000 a query scans most of any graph we build. */
    efSearch: int(10, 10_000),
    shards: int(1, 1024).optional(),
  }),
  chunking: z
    .object({ size: int(1, 10_000_000), overlap: int(0, 10_000_000) })
    .refine((c) => c.overlap < c.size, "overlap must be below size"),
  createdAt: z.string().datetime({ offset: true }),
  counts: z.object({ articles: int(0, MAX_COUNT), chunks: int(0, MAX_COUNT) }),
  nextLabel: int(0, MAX_COUNT),
  /** The newest article date as the loaders store it ("2024", "2024-03", "2024-03-12"); checked against the articles. */
  asOf: z.string().min(4).max(64).nullable(),
  files: z.record(
    z.string(),
    z.object({ bytes: int(0, Number.MAX_SAFE_INTEGER), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
});

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Checks a parsed manifest; returns what is wrong, or null. Label and asOf checks need the articles (version-checks.ts). */
export function manifestProblem(value: unknown): string | null {
  const parsed = ManifestSchema.safeParse(value);
  if (!parsed.success) {
    return parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join(".") || "(top)"}: ${issue.message}`)
      .join("; ");
  }
  const manifest = parsed.data;
  if (manifest.nextLabel < manifest.counts.chunks)
    return `nextLabel ${manifest.nextLabel} is below the chunk count ${manifest.counts.chunks}`;
  const graphs = Array.from({ length: manifest.hnsw.shards ?? 1 }, (_, shard) => shardFile(shard));
  const allowed = new Set([
    FILES.articles,
    FILES.chunks,
    FILES.bm25,
    FILES.bm25Postings,
    FILES.corpus,
    FILES.quotations,
    FILES.samples,
    ...graphs,
  ]);
  const unknown = Object.keys(manifest.files).filter((name) => !allowed.has(name));
  if (unknown.length > 0) return `files lists unknown file ${JSON.stringify(unknown[0])}`;
  const missing = [FILES.articles, FILES.chunks, FILES.bm25, ...graphs].filter(
    (name) => !manifest.files[name],
  );
  if (missing.length > 0) return `files does not list ${missing.join(", ")}`;
  return null;
}

/**
 * Reads, authenticates and validates the manifest of `version`. `expectedSha256` comes from CURRENT; when
 * null, the version's own manifest.sha256 is used, and an index older than both is checked field by field only.
 */
export async function readManifest(
  indexDir: string,
  version: string,
  expectedSha256: string | null,
): Promise<{ manifest: Manifest; sha256: string }> {
  const dir = join(versionsDir(indexDir), version);
  const corrupt = (detail: string) =>
    new IndexCorruptError(indexDir, `${FILES.manifest} of ${version} ${detail}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, FILES.manifest));
  } catch (error) {
    throw corrupt(`unreadable: ${(error as Error).message}`);
  }
  const sha256 = sha256Hex(bytes);
  const expected = expectedSha256 ?? (await readSidecar(join(dir, FILES.manifestSha256)));
  if (expected !== null && expected !== sha256)
    throw corrupt("does not match its checksum (edited or damaged)");
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw corrupt(`unreadable: ${(error as Error).message}`);
  }
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== INDEX_FORMAT)
    throw corrupt(`has index format ${String(format)}, this version reads ${INDEX_FORMAT}`);
  const problem = manifestProblem(value);
  if (problem) throw corrupt(`is invalid: ${problem}`);
  return { manifest: value as Manifest, sha256 };
}

async function readSidecar(path: string): Promise<string | null> {
  try {
    return (await readFile(path, "utf8")).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
