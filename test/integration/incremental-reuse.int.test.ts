/** A re-ingest reuses what did not change: unchanged files are not re-parsed, unchanged .jsonl lines neither. */
import { mkdir, mkdtemp, readFile, rm, truncate, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CorpusMemory } from "../../src/articles/files/corpus-memory";
import { readCorpus } from "../../src/articles/files/read-corpus";
import { LOCAL_EMBEDDER, LocalEmbeddings } from "../../src/embedders/local-embedder";
import { IndexCorruptError } from "../../src/errors";
import { ingestArticles } from "../../src/index/build/ingest-articles";
import { readCurrentVersion } from "../../src/index/store/index-layout";
import { loadSnapshot } from "../../src/index/store/index-snapshot";
import { sha256Hex } from "../../src/index/store/manifest-schema";
import { silentLogger } from "../../src/logger";
import { TERMS_VERSION } from "../../src/text/tokenize";

let root: string;
let corpusDir: string;
let indexDir: string;
const embeddings = new LocalEmbeddings();

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "nqa-reuse-"));
  corpusDir = join(root, "corpus");
  indexDir = join(root, "index");
  await mkdir(corpusDir);
  await writeFile(
    join(corpusDir, "a.md"),
    "---\ntitle: Bridge\n---\n\nThe Millbrook bridge closes for six weeks.\n",
  );
  await writeFile(
    join(corpusDir, "b.md"),
    "---\ntitle: Fair\n---\n\nThe county fair gave a prize to a pumpkin.\n",
  );
  const lines = [1, 2, 3].map((i) =>
    JSON.stringify({
      id: `rec-${i}`,
      title: `Record ${i}`,
      text: `Record ${i} says the ferry runs at ${i} pm.`,
    }),
  );
  await writeFile(join(corpusDir, "export.jsonl"), `${lines.join("\n")}\n`);
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** One ingest; returns its summary and what readCorpus did with each file. */
async function ingest(full = false) {
  const files: Record<string, string> = {};
  let memory: CorpusMemory | undefined;
  const summary = await ingestArticles({
    indexDir,
    load: async (last) => {
      memory = new CorpusMemory(last);
      const read = await readCorpus(corpusDir, {
        memory,
        onFile: (path, how) => {
          files[path] = how;
        },
      });
      return { ...read, memory: memory.toData() };
    },
    embeddings,
    embedder: LOCAL_EMBEDDER,
    logger: silentLogger,
    full,
  });
  return { summary, files, memory };
}

describe("incremental ingest reuse", () => {
  it("does not re-read unchanged files, re-reads a touched one, and gives the same index", async () => {
    const first = await ingest();
    expect(first.files).toEqual({ "a.md": "read", "b.md": "read", "export.jsonl": "read" });
    expect(first.summary).toMatchObject({ added: 5, unchanged: 0 });

    const second = await ingest();
    expect(second.files).toEqual({ "a.md": "reused", "b.md": "reused", "export.jsonl": "reused" });
    expect(second.summary).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: 5 });

    // Touched but unchanged content: read again (the stat differs), nothing re-embedded.
    const later = new Date(Date.now() + 5000);
    await utimes(join(corpusDir, "a.md"), later, later);
    const third = await ingest();
    expect(third.files).toEqual({ "a.md": "read", "b.md": "reused", "export.jsonl": "reused" });
    expect(third.summary).toMatchObject({ updated: 0, unchanged: 5 });

    // An edit is seen; a deleted file drops out.
    await writeFile(
      join(corpusDir, "b.md"),
      "---\ntitle: Fair\n---\n\nThe county fair gave a prize to a goat.\n",
    );
    await rm(join(corpusDir, "a.md"));
    const fourth = await ingest();
    expect(fourth.files).toEqual({ "b.md": "read", "export.jsonl": "reused" });
    expect(fourth.summary).toMatchObject({ updated: 1, removed: 1, unchanged: 3 });
    const snapshot = await loadSnapshot(indexDir);
    expect(snapshot.articles.get("rec-2")?.text).toBe("Record 2 says the ferry runs at 2 pm.");
    expect([...snapshot.articles.values()].find((a) => a.meta.title === "Fair")?.text).toContain("goat");

    // --full reads everything.
    const full = await ingest(true);
    expect(full.files).toEqual({ "b.md": "read", "export.jsonl": "read" });
  });

  it("in a changed .jsonl file, parses only the changed lines", async () => {
    await ingest();
    const file = join(corpusDir, "export.jsonl");
    const lines = (await readFile(file, "utf8")).split("\n");
    lines[1] = JSON.stringify({
      id: "rec-2",
      title: "Record 2",
      text: "Record 2 now says the ferry is late.",
    });
    await writeFile(file, lines.join("\n"));
    const second = await ingest();
    expect(second.files["export.jsonl"]).toBe("read");
    expect(second.memory?.linesReused).toBe(2);
    expect(second.summary).toMatchObject({ updated: 1, unchanged: 4, added: 0, removed: 0 });
    const snapshot = await loadSnapshot(indexDir);
    expect(snapshot.articles.get("rec-2")?.text).toBe("Record 2 now says the ferry is late.");
    expect(snapshot.articles.get("rec-3")?.meta.source).toBe("export.jsonl#3");
    // Same articles and skips as a plain read of the folder.
    const plain = await readCorpus(corpusDir);
    expect([...snapshot.articles.values()].map((a) => [a.meta.id, a.hash]).sort()).toEqual(
      plain.articles.map((a) => [a.meta.id, a.hash]).sort(),
    );
  });

  it("gives the same result as a plain read when reusing (articles, order and skips)", async () => {
    await writeFile(join(corpusDir, "empty.txt"), "   \n");
    await writeFile(join(corpusDir, "bad.jsonl"), '{"id":"x","text":"fine record"}\n{ nope\n');
    await ingest();
    const snapshot = await loadSnapshot(indexDir);
    const memory = new CorpusMemory({ memory: snapshot.corpusMemory, articles: snapshot.articles });
    const reused = await readCorpus(corpusDir, { memory });
    expect(memory.filesReused).toBeGreaterThan(0);
    expect(reused).toEqual(await readCorpus(corpusDir));
  });

  it("refuses a truncated BM25 postings file with a clear error", async () => {
    await ingest();
    const version = (await readCurrentVersion(indexDir)) as string;
    await truncate(join(indexDir, "versions", version, "bm25-postings.bin"), 100);
    const error = await loadSnapshot(indexDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexCorruptError);
    expect((error as Error).message).toMatch(/bm25-postings\.bin.*npm run ingest/s);
  });

  it("rebuilds the BM25 terms of an index saved with other terms when loading it; the next ingest saves today's", async () => {
    await writeFile(
      join(corpusDir, "c.md"),
      "---\ntitle: Summit\n---\n\nThe envoy met the mayor in Washington D.C. on Monday.\n",
    );
    await ingest();
    const version = (await readCurrentVersion(indexDir)) as string;
    await saveAsOlderTerms(join(indexDir, "versions", version), (term) => (term === "dc" ? "d" : term));
    const hitsFor = async (query: string) => {
      const { bm25, chunkOf } = await loadSnapshot(indexDir);
      return bm25.query(query, 5).map((hit) => chunkOf(hit.label)?.articleId);
    };
    // Saved without "dc", as an older version would have (its terms of "D.C." were "d" and "c").
    const loaded = await loadSnapshot(indexDir);
    expect(loaded.bm25.termsVersion).toBe(TERMS_VERSION);
    expect(await hitsFor("Who met in DC?")).toHaveLength(1);
    await ingest();
    const saved = JSON.parse(
      await readFile(
        join(indexDir, "versions", (await readCurrentVersion(indexDir)) as string, "bm25.json"),
        "utf8",
      ),
    ) as { termsVersion?: number; terms: string[] };
    expect(saved.termsVersion).toBe(TERMS_VERSION);
    expect(saved.terms).toContain("dc");
  });
});

/**
 * Rewrites a version's bm25.json as a version before TERMS_VERSION wrote it (no termsVersion, terms renamed by
 * `rename`), with its manifest and CURRENT updated to vouch for it, so only the terms differ.
 */
async function saveAsOlderTerms(dir: string, rename: (term: string) => string): Promise<void> {
  const bm25Path = join(dir, "bm25.json");
  const envelope = JSON.parse(await readFile(bm25Path, "utf8")) as { terms: string[]; termsVersion?: number };
  delete envelope.termsVersion;
  envelope.terms = envelope.terms.map(rename);
  const bytes = Buffer.from(JSON.stringify(envelope));
  await writeFile(bm25Path, bytes);
  const manifestPath = join(dir, "manifest.json");
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as {
    files: Record<string, { bytes: number; sha256: string }>;
  };
  manifest.files["bm25.json"] = { bytes: bytes.length, sha256: sha256Hex(bytes) };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  await writeFile(manifestPath, manifestBytes);
  await writeFile(join(dir, "manifest.sha256"), sha256Hex(manifestBytes));
  const version = dir.split(/[\\/]/).pop() as string;
  await writeFile(join(indexDir, "CURRENT"), `${version}\nmanifest-sha256 ${sha256Hex(manifestBytes)}\n`);
}
