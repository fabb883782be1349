/** What `npm start` checks before it connects anywhere: a usable index and a readable sources config. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config";
import type * as WordVectors from "../../src/embedders/word-vectors";
import { IndexMissingError } from "../../src/errors";
import { silentLogger } from "../../src/logger";
import type * as Wire from "../../src/wire";
import { createApp } from "../../src/wire";
import { createTestArchive } from "../helpers/test-archive";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "nqa-start-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("createApp().start()", () => {
  it("fails with the command that builds a missing index", async () => {
    const app = await createApp(loadConfig({ INDEX_DIR: join(dir, "none") }), silentLogger);
    const error = await app.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexMissingError);
    expect((error as Error).message).toMatch(/npm run ingest/);
  });

  it("fails on a broken sources config, naming the file", async () => {
    const t = await createTestArchive();
    try {
      const file = join(dir, "sources.json");
      await writeFile(file, "{ this is not json");
      const app = await createApp(loadConfig({ INDEX_DIR: t.indexDir, SOURCES_FILE: file }), silentLogger);
      await expect(app.start()).rejects.toThrow(/sources\.json/);
    } finally {
      await t.cleanup();
    }
  });

  it("loads the whole word-vector table at start, as a fresh `npm start` process would", async () => {
    const t = await createTestArchive();
    try {
      // A fresh module registry: the ingest above loaded the table into this one.
      await jest.isolateModulesAsync(async () => {
        const wire = require("../../src/wire") as typeof Wire;
        const words = require("../../src/embedders/word-vectors") as typeof WordVectors;
        const app = await wire.createApp(t.config, silentLogger);
        expect(words.wordVectorsLoaded()).toBe(false);
        await app.start();
        expect(words.wordVectorsLoaded()).toBe(true);
        const result = await app.archive.ask("How many visitors came to the lantern festival?");
        expect(result.ok && result.answer.status).toBe("answered");
        await app.stop();
      });
    } finally {
      await t.cleanup();
    }
  });

  it("starts and answers with a good index and no platforms", async () => {
    const t = await createTestArchive();
    try {
      const app = await createApp(t.config, silentLogger);
      await app.start();
      const result = await app.archive.ask("How many visitors came to the lantern festival?");
      expect(result.ok && result.answer.status).toBe("answered");
      await app.stop();
    } finally {
      await t.cleanup();
    }
  });
});
