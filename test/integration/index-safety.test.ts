/** The live index survives crashes, corruption and concurrent ingests. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config";
import { IndexCorruptError, IndexMissingError, IngestBusyError } from "../../src/errors";
import { silentLogger } from "../../src/logger";
import { acquireIngestLock, readCurrentVersion } from "../../src/retrieval/index-layout";
import { createArchive, createEmbedder, openRetriever, runIngest } from "../../src/wire";
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
    await writeFile(
      join(t.indexDir, "ingest.lock"),
      JSON.stringify({ pid: 2 ** 22 + 12345, since: "2020-01-01" }),
    );
    await expect(runIngest(t.config, silentLogger)).resolves.toMatchObject({ unchanged: 5 });
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
