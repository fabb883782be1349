/** The live index survives crashes, corruption and concurrent ingests. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, truncate, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config";
import { IndexCorruptError, IndexMissingError, IngestBusyError } from "../../src/errors";
import { openRetriever } from "../../src/index/search/open-retriever";
import { acquireIngestLock, readCurrentVersion } from "../../src/index/store/index-layout";
import { loadSnapshot, saveSnapshot } from "../../src/index/store/index-snapshot";
import { createLogger, silentLogger } from "../../src/logger";
import { createArchive, createEmbedder, runIngest } from "../../src/wire";
import { createTestArchive, type TestArchive } from "../helpers/test-archive";

const ROOT = join(__dirname, "..", "..");

let t: TestArchive;
beforeEach(async () => {
  t = await createTestArchive();
});
afterEach(() => t.cleanup());

async function liveFile(indexDir: string, name: string): Promise<string> {
  return join(indexDir, "versions", (await readCurrentVersion(indexDir)) as string, name);
}

describe("index safety", () => {
  it("reports a missing index with the command that builds it", async () => {
    const empty = await mkdtemp(join(tmpdir(), "nqa-empty-"));
    await expect(openRetriever(empty, createEmbedder(t.config))).rejects.toThrow(IndexMissingError);
    await expect(openRetriever(empty, createEmbedder(t.config))).rejects.toThrow(/npm run ingest/);
    await rm(empty, { recursive: true });
  });

  it.each(["hnswlib.index", "bm25.json", "articles.json"])(
    "refuses a truncated %s with a clear error, no crash",
    async (name) => {
      const file = await liveFile(t.indexDir, name);
      await truncate(file, 100);
      const error = await openRetriever(t.indexDir, createEmbedder(t.config)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IndexCorruptError);
      expect((error as Error).message).toMatch(
        new RegExp(`${name.replace(".", "\\.")}.*npm run ingest`, "s"),
      );
    },
  );

  it("refuses a damaged manifest", async () => {
    await writeFile(await liveFile(t.indexDir, "manifest.json"), "{ not json");
    await expect(openRetriever(t.indexDir, createEmbedder(t.config))).rejects.toThrow(IndexCorruptError);
  });

  it("keeps answering from the previous version when a new one cannot be loaded", async () => {
    expect((await t.archive.ask("How long will the Millbrook bridge be closed?")).ok).toBe(true);
    await writeFile(
      join(t.corpusDir, "extra.md"),
      "---\ntitle: Extra\n---\n\nA new article about the county fair and its prize pumpkins.\n",
    );
    await runIngest(t.config, silentLogger);
    await truncate(await liveFile(t.indexDir, "hnswlib.index"), 10);
    const result = await t.archive.ask("How long will the Millbrook bridge be closed?");
    expect(result.ok && result.answer.status).toBe("answered");
  });

  it("refuses a second concurrent ingest with a clear message", async () => {
    const release = await acquireIngestLock(t.indexDir);
    try {
      const error = await runIngest(t.config, silentLogger).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IngestBusyError);
      expect((error as Error).message).toMatch(/already running/);
      await expect(t.archive.reingest()).rejects.toThrow(IngestBusyError);
    } finally {
      await release();
    }
    await expect(runIngest(t.config, silentLogger)).resolves.toMatchObject({ unchanged: 5 });
  });

  it("takes over the lock of an ingest that was killed", async () => {
    await mkdir(join(t.indexDir, "ingest-lock"), { recursive: true });
    await writeFile(
      join(t.indexDir, "ingest-lock", "000000000001.json"),
      JSON.stringify({ pid: 2 ** 22 + 12345, since: "2020-01-01", token: "dead" }),
    );
    await expect(runIngest(t.config, silentLogger)).resolves.toMatchObject({ unchanged: 5 });
  });
});

/** A logger whose JSON lines land in `lines`. */
function capturingLogger(): { logger: ReturnType<typeof createLogger>; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger("info", { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

async function editLiveManifest(indexDir: string, edit: (manifest: Record<string, unknown>) => void) {
  const path = await liveFile(indexDir, "manifest.json");
  const manifest = JSON.parse(await readFile(path, "utf8"));
  edit(manifest);
  await writeFile(path, JSON.stringify(manifest, null, 2));
}

/** Every label of the live version is claimed by exactly one article, and each is below nextLabel. */
async function expectConsistentLabels(indexDir: string) {
  const articles = JSON.parse(await readFile(await liveFile(indexDir, "articles.json"), "utf8")) as {
    labels: number[];
  }[];
  const manifest = JSON.parse(await readFile(await liveFile(indexDir, "manifest.json"), "utf8"));
  const labels = articles.flatMap((a) => a.labels);
  expect(new Set(labels).size).toBe(labels.length);
  expect(Math.max(...labels)).toBeLessThan(manifest.nextLabel);
  expect(manifest.counts.chunks).toBe(labels.length);
}

const EXTRA =
  "---\ntitle: Extra\npublished: 2024-10-01\n---\n\nA new article about the county fair and its prize pumpkins.\n";

describe("an edited manifest", () => {
  it.each<[string, (m: Record<string, unknown>) => void]>([
    ["nextLabel lowered", (m) => (m.nextLabel = 1)],
    ["asOf in 2093", (m) => (m.asOf = "2093-02-23")],
    ["efSearch 0", (m) => ((m.hnsw as Record<string, unknown>).efSearch = 0)],
  ])("is refused on load (%s)", async (_name, edit) => {
    await editLiveManifest(t.indexDir, edit);
    const error = await openRetriever(t.indexDir, createEmbedder(t.config)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexCorruptError);
    expect((error as Error).message).toMatch(/manifest/);
  });

  it("does not corrupt the index on the next ingest: the ingest rebuilds", async () => {
    await editLiveManifest(t.indexDir, (m) => (m.nextLabel = 1));
    await writeFile(join(t.corpusDir, "extra.md"), EXTRA);
    const summary = await runIngest(t.config, silentLogger);
    expect(summary).toMatchObject({ articles: 6, added: 6 });
    await expectConsistentLabels(t.indexDir);
    const archive = createArchive(t.config, silentLogger);
    const result = await archive.ask("How long will the Millbrook bridge be closed?");
    expect(result.ok && result.answer.status).toBe("answered");
  });

  it.each<[string, (m: Record<string, unknown>) => void, RegExp]>([
    ["nextLabel lowered", (m) => (m.nextLabel = 1), /nextLabel/],
    ["asOf in 2093", (m) => (m.asOf = "2093-02-23"), /asOf/],
    ["efSearch 0", (m) => ((m.hnsw as Record<string, unknown>).efSearch = 0), /efSearch/],
    [
      "an unknown file name",
      (m) => ((m.files as Record<string, unknown>)["../outside"] = { bytes: 1, sha256: "0".repeat(64) }),
      /files/,
    ],
  ])("is refused field by field even without its checksum (%s)", async (_name, edit, reason) => {
    // An index written before the manifest had a checksum: CURRENT names the version only.
    await writeFile(join(t.indexDir, "CURRENT"), `${await readCurrentVersion(t.indexDir)}\n`);
    await rm(await liveFile(t.indexDir, "manifest.sha256"), { force: true });
    await expect(openRetriever(t.indexDir, createEmbedder(t.config))).resolves.toBeDefined();
    await editLiveManifest(t.indexDir, edit);
    const error = await openRetriever(t.indexDir, createEmbedder(t.config)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexCorruptError);
    expect((error as Error).message).toMatch(reason);
  });

  it("is refused when nextLabel would hand out a label still in use (no checksum)", async () => {
    // an edited article gets new labels: the live labels then have a gap and run up to nextLabel - 1
    const bridge = join(t.corpusDir, "2024", "bridge-repair.md");
    await writeFile(
      bridge,
      `${await readFile(bridge, "utf8")}\nThe council will review the repair in June.\n`,
    );
    await runIngest(t.config, silentLogger);
    await writeFile(join(t.indexDir, "CURRENT"), `${await readCurrentVersion(t.indexDir)}\n`);
    await rm(await liveFile(t.indexDir, "manifest.sha256"), { force: true });
    await editLiveManifest(t.indexDir, (m) => {
      m.nextLabel = (m.counts as { chunks: number }).chunks;
    });
    const error = await openRetriever(t.indexDir, createEmbedder(t.config)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexCorruptError);
    expect((error as Error).message).toMatch(/label \d+ .* is not below nextLabel/);
  });

  it("a version whose labels clash is never written", async () => {
    const snapshot = await loadSnapshot(t.indexDir);
    const articles = [...snapshot.articles.values()].map((a) => ({ ...a, labels: [...a.labels] }));
    (articles[1] as { labels: number[] }).labels[0] = (articles[0] as { labels: number[] })
      .labels[0] as number;
    const dir = await mkdtemp(join(tmpdir(), "nqa-clash-"));
    await expect(
      saveSnapshot(dir, {
        articles,
        store: snapshot.store,
        bm25: snapshot.bm25,
        manifest: {
          embedder: snapshot.manifest.embedder,
          hnsw: snapshot.manifest.hnsw,
          chunking: snapshot.manifest.chunking,
        },
      }),
    ).rejects.toThrow(/label/);
    expect(await readdir(dir)).not.toContain("manifest.json");
    await rm(dir, { recursive: true, force: true });
  });
});

describe("a lost CURRENT pointer", () => {
  it("is recovered from the newest valid version, which is kept, not pruned", async () => {
    await writeFile(join(t.corpusDir, "extra.md"), EXTRA);
    await runIngest(t.config, silentLogger);
    const good = (await readCurrentVersion(t.indexDir)) as string;
    await unlink(join(t.indexDir, "CURRENT"));
    const { logger, lines } = capturingLogger();
    const summary = await runIngest(t.config, logger);
    // built on the recovered version: nothing re-embedded, nothing lost
    expect(summary).toMatchObject({ articles: 6, unchanged: 6, added: 0 });
    expect(lines.some((l) => String(l.msg).includes("recovered") && JSON.stringify(l).includes(good))).toBe(
      true,
    );
    expect(await readdir(join(t.indexDir, "versions"))).toContain(good);
  });

  it("is recovered when CURRENT is edited into nonsense, and loading says what is wrong", async () => {
    const good = (await readCurrentVersion(t.indexDir)) as string;
    await writeFile(join(t.indexDir, "CURRENT"), "../../etc\n");
    const error = await openRetriever(t.indexDir, createEmbedder(t.config)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexCorruptError);
    expect((error as Error).message).toMatch(/CURRENT/);
    await expect(runIngest(t.config, silentLogger)).resolves.toMatchObject({ unchanged: 5, added: 0 });
    expect(await readdir(join(t.indexDir, "versions"))).toContain(good);
  });

  it("skips a newer damaged version and recovers the older good one", async () => {
    const older = (await readCurrentVersion(t.indexDir)) as string;
    await writeFile(join(t.corpusDir, "extra.md"), EXTRA);
    await runIngest(t.config, silentLogger);
    const newer = (await readCurrentVersion(t.indexDir)) as string;
    await truncate(await liveFile(t.indexDir, "chunks.json"), 10);
    await unlink(join(t.indexDir, "CURRENT"));
    await rm(join(t.corpusDir, "extra.md"));
    const { logger, lines } = capturingLogger();
    const summary = await runIngest(t.config, logger);
    expect(summary).toMatchObject({ articles: 5, unchanged: 5, added: 0 });
    expect(lines.some((l) => JSON.stringify(l).includes(older) && String(l.msg).includes("recovered"))).toBe(
      true,
    );
    expect(lines.some((l) => JSON.stringify(l).includes(newer))).toBe(true);
  });

  it("keeps old versions it cannot verify rather than pruning the only copy", async () => {
    const only = (await readCurrentVersion(t.indexDir)) as string;
    await unlink(join(t.indexDir, "CURRENT"));
    await truncate(join(t.indexDir, "versions", only, "bm25.json"), 10);
    await runIngest(t.config, silentLogger);
    expect(await readdir(join(t.indexDir, "versions"))).toContain(only);
  });
});

describe("the rebuild warning on a damaged index", () => {
  it("logs the error code and message, no stack trace", async () => {
    await truncate(await liveFile(t.indexDir, "hnswlib.index"), 100);
    const { logger, lines } = capturingLogger();
    await runIngest(t.config, logger);
    const warning = lines.find((l) => String(l.msg).includes("rebuilding the whole index"));
    expect(warning).toMatchObject({ code: "index_corrupt", error: expect.stringMatching(/hnswlib\.index/) });
    expect(JSON.stringify(warning)).not.toMatch(/stack|\bat .*\.ts:\d+/);
  });
});

function words(seed: number, count: number): string {
  const vocabulary =
    "council river budget school harbor festival ferry orchard bridge library road park police market".split(
      " ",
    );
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out.push(vocabulary[x % vocabulary.length] as string);
  }
  return out.join(" ");
}

describe("a killed ingest", () => {
  jest.setTimeout(60_000);

  it("leaves the previous index loadable and answering, whenever the kill lands", async () => {
    const big = join(t.corpusDir, "bulk");
    await mkdir(big);
    for (let i = 0; i < 1500; i++) {
      const body = Array.from({ length: 6 }, (_, p) => `${words(i * 7 + p, 60)}.`).join("\n\n");
      await writeFile(
        join(big, `a${i}.md`),
        `---\ntitle: Bulk ${i}\npublished: 2023-01-01\n---\n\n${body}\n`,
      );
    }
    const before = await readCurrentVersion(t.indexDir);
    let killedBeforeSwitch = 0;
    for (const delayMs of [700, 1400, 2200]) {
      const child: ChildProcess = spawn(
        process.execPath,
        ["-r", "tsx/cjs", "src/cli/ingest.ts", "--corpus", t.corpusDir, "--index", t.indexDir],
        { cwd: ROOT, env: { ...process.env, LOG_LEVEL: "silent" }, stdio: "ignore" },
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
      const live = await readCurrentVersion(t.indexDir);
      const archive = createArchive(
        loadConfig({ INDEX_DIR: t.indexDir, CORPUS_DIR: t.corpusDir }),
        silentLogger,
      );
      const result = await archive.ask("How long will the Millbrook bridge be closed?");
      expect(result.ok && result.answer.status).toBe("answered");
      if (live === before) killedBeforeSwitch++;
      if (live !== before) {
        // the kill landed after the switch: the new version must be complete, with the bulk articles
        expect(
          JSON.parse(await readFile(join(t.indexDir, "versions", live as string, "manifest.json"), "utf8"))
            .counts.articles,
        ).toBe(1505);
      }
    }
    expect(killedBeforeSwitch).toBeGreaterThan(0);
  });
});
