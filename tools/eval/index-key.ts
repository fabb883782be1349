/**
 * What an eval index depends on, as one hash: the bytes of the article inputs, the embedder, the installed
 * packages (package-lock.json) and the code that reads articles and builds indexes (every source file outside
 * src/core, plus the core types the index stores). `npm run eval` reuses the index in its work folder when
 * the hash is unchanged, so tuning the answering code does not re-ingest a year of news each run.
 */
import { createHash, type Hash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { type EmbedderIdentity, embedderKey } from "../../src/embedders/embedder-identity";

const ROOT = join(__dirname, "..", "..");
/** src/core answers questions; of it, only the types stored in an index shape what ingest writes. */
const CORE = join("src", "core") + sep;
const CORE_STORED = new Set([join("src", "core", "types.ts"), join("src", "core", "quotation-types.ts")]);

async function filesUnder(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(child)));
    else if (entry.isFile()) out.push(child);
  }
  return out;
}

async function addFiles(hash: Hash, files: string[], base: string): Promise<void> {
  for (const file of files) {
    hash.update(`${relative(base, file)}\0`);
    hash.update(await readFile(file));
    hash.update("\0");
  }
}

/** The code a built index depends on: source files outside src/core, the stored core types, the lockfile. */
export async function buildCodeFiles(root = ROOT): Promise<string[]> {
  const source = (await filesUnder(join(root, "src"))).filter((file) => {
    const path = relative(root, file);
    return !path.startsWith(CORE) || CORE_STORED.has(path);
  });
  return [...source, join(root, "package-lock.json")];
}

export async function indexKey(inputs: string[], embedder: EmbedderIdentity, root = ROOT): Promise<string> {
  const hash = createHash("sha256");
  hash.update(`${embedderKey(embedder)}\0`);
  for (const input of inputs) {
    const path = resolve(input);
    hash.update(`input ${path}\0`);
    await addFiles(hash, await filesUnder(path), path);
  }
  await addFiles(hash, await buildCodeFiles(root), root);
  return hash.digest("hex");
}
