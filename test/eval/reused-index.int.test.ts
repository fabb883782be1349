/**
 * `npm run eval` reuses the index in its work folder only when it was built from the same inputs, embedder and
 * index-building code (tools/eval/index-key.ts); anything else is ingested again.
 */
import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { LOCAL_EMBEDDER } from "../../src/embedders/local-embedder";
import { prepareArchive } from "../../tools/eval/eval-lib";
import { buildCodeFiles, indexKey } from "../../tools/eval/index-key";

const ROOT = join(__dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures", "gum-wikinews");

describe("the eval's reused index", () => {
  let dir: string;
  let corpus: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "newsroom-qa-eval-reuse-"));
    corpus = join(dir, "corpus");
    const files = (await readdir(FIXTURES)).filter((f) => f.endsWith(".md")).slice(0, 3);
    for (const file of files) await cp(join(FIXTURES, file), join(corpus, file));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("is reused when nothing changed, and built again when an input changes or reuse is off", async () => {
    const work = join(dir, "work");
    const first = await prepareArchive({ articles: [corpus], workDir: work, reuse: true });
    expect(first.reused).toBe(false);
    expect(first.embedder).toEqual(LOCAL_EMBEDDER);
    const again = await prepareArchive({ articles: [corpus], workDir: work, reuse: true });
    expect(again.reused).toBe(true);
    expect(again.summary.chunks).toBe(first.summary.chunks);
    expect((await again.retriever.search("election", { limit: 3 })).length).toBeGreaterThan(0);

    const [file] = (await readdir(corpus)).sort();
    await writeFile(
      join(corpus, file as string),
      "---\ntitle: Changed\n---\nA different story about boats.\n",
    );
    const changed = await prepareArchive({ articles: [corpus], workDir: work, reuse: true });
    expect(changed.reused).toBe(false);
    expect((await prepareArchive({ articles: [corpus], workDir: work })).reused).toBe(false);
  }, 60_000);

  it("keys on the code that builds indexes, not on the answering code", async () => {
    const files = (await buildCodeFiles()).map((file) => relative(ROOT, file));
    expect(files).toContain(join("src", "index", "build", "ingest-articles.ts"));
    expect(files).toContain(join("src", "text", "tokenize.ts"));
    expect(files).toContain(join("src", "core", "types.ts"));
    expect(files).toContain("package-lock.json");
    expect(files).not.toContain(join("src", "core", "answer-question.ts"));
    const key = await indexKey([corpus], LOCAL_EMBEDDER);
    expect(await indexKey([corpus], LOCAL_EMBEDDER)).toBe(key);
    expect(await indexKey([corpus], { ...LOCAL_EMBEDDER, version: LOCAL_EMBEDDER.version + 1 })).not.toBe(
      key,
    );
  });
});
