/**
 * Issue #16: the near-duplicate shingle samples are stored in the index, so an ingest in a fresh process
 * (a fresh module registry here: no state of the first ingest's modules survives) computes samples only for
 * new or changed texts and takes the others from the live version.
 */
import { appendFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Config } from "../../src/config";
import type { IngestSummary } from "../../src/core/types";
import { readCurrentVersion, versionsDir } from "../../src/index/store/index-layout";
import { silentLogger } from "../../src/logger";
import type * as Wire from "../../src/wire";
import { createTestArchive, type TestArchive } from "../helpers/test-archive";

const STORIES = join(__dirname, "..", "fixtures", "stories");

/** runIngest from a fresh module registry, as a new `newsroom-qa ingest` process would load it. */
async function ingestInFreshModules(config: Readonly<Config>): Promise<IngestSummary> {
  let summary: IngestSummary | undefined;
  await jest.isolateModulesAsync(async () => {
    const { runIngest } = require("../../src/wire") as typeof Wire;
    summary = await runIngest(config, silentLogger);
  });
  return summary as IngestSummary;
}

let t: TestArchive;
beforeAll(async () => {
  t = await createTestArchive({ corpus: STORIES });
}, 60_000);
afterAll(() => t.cleanup());

describe("near-duplicate samples stored in the index", () => {
  it("the first ingest computes every article's samples and stores them in the version", async () => {
    expect(t.summary.nearDuplicateSamples).toEqual({ computed: 5, reused: 0 });
    const version = await readCurrentVersion(t.indexDir);
    const manifest = JSON.parse(
      await readFile(join(versionsDir(t.indexDir), version as string, "manifest.json"), "utf8"),
    ) as { files: Record<string, unknown> };
    expect(Object.keys(manifest.files)).toContain("near-duplicate-samples.bin");
  });

  it("a second ingest in fresh modules reuses them for unchanged texts and gives the same clusters", async () => {
    const again = await ingestInFreshModules(t.config);
    expect(again.nearDuplicateSamples).toEqual({ computed: 0, reused: 5 });
    expect(again.duplicates).toBe(t.summary.duplicates);
  });

  it("a changed text is sampled again, the others are reused", async () => {
    await appendFile(join(t.corpusDir, "ferry-fares.md"), "\n\nThe council will vote on the fares in May.\n");
    const changed = await ingestInFreshModules(t.config);
    expect(changed.updated).toBe(1);
    expect(changed.nearDuplicateSamples).toEqual({ computed: 1, reused: 4 });
    expect(changed.duplicates).toBe(t.summary.duplicates);
  });
});
