/** EMBEDDINGS=openai end to end: the real @langchain/openai client against the loopback fake, the cache, the identity guard. */
import { copyFile, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { loadConfig } from "../../src/config";
import { EmbedderMismatchError, UpstreamError } from "../../src/errors";
import { chunkText } from "../../src/index/build/chunk-text";
import { openRetriever } from "../../src/index/search/open-retriever";
import { silentLogger } from "../../src/logger";
import { createEmbedder, runIngest } from "../../src/wire";
import { type FakeOpenAI, startFakeOpenAI } from "../fakes/fake-openai";
import { expectQuotesVerbatim } from "../helpers/expect-verbatim";
import { createTestArchive, type TestArchive } from "../helpers/test-archive";
import { captureLogs, openAIEnv, TEST_KEY } from "./openai-test-kit";

const LONG_ARTICLE = join(__dirname, "fixtures", "long-council-meeting.md");
const LONG_TITLE = "Council agrees river path plan after four-hour meeting";
/** @langchain/openai sends texts with newlines replaced by spaces. */
const flat = (text: string) => text.replace(/\n/g, " ");
const BRIDGE_TITLE = "Millbrook bridge to close for six weeks of repairs";

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe("OpenAI embeddings", () => {
  let t: TestArchive;
  beforeAll(async () => {
    fake.reset();
    t = await createTestArchive({ env: { EMBEDDINGS: "openai", ...openAIEnv(fake.url) } });
  });
  afterAll(() => t.cleanup());

  it("ingests through /v1/embeddings in base64 with the key, and records the OpenAI identity in the index", async () => {
    expect(t.summary).toMatchObject({
      added: 5,
      updated: 0,
      removed: 0,
      cachedEmbeddings: 0,
      reusedEmbeddings: 0,
    });
    const manifest = JSON.parse(
      await readFile(join(t.indexDir, "versions", t.summary.indexVersion, "manifest.json"), "utf8"),
    ).embedder;
    expect(manifest).toEqual({ name: "openai:text-embedding-3-small", version: 1, dimensions: 1536 });
  });

  it("answers a question by vector search alone, embedding the query with the same model", async () => {
    const result = await t.archive.ask("How long will the Millbrook footbridge be closed?", {
      mode: "vector",
    });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.answer.status).toBe("answered");
    expect(result.answer.citations[0]?.title).toBe(BRIDGE_TITLE);
    await expectQuotesVerbatim(t.archive, result.answer);
    const [query] = fake.embeddingRequests;
    expect(query?.body).toMatchObject({ model: "text-embedding-3-small", encoding_format: "base64" });
    expect(query?.body.input).toContain("Millbrook footbridge");
    expect(query?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
  });

  it.each([
    ["Why did the ferry workers go on strike?", /Ferry workers/],
    ["How many visitors came to the lantern festival?", /30,000 visitors/],
  ])(
    "ranks the right article first by vectors alone for %j (the base64 vectors decode correctly)",
    async (question, quote) => {
      const passages = await (await t.archive.retriever()).search(question, { limit: 3, mode: "vector" });
      expect(passages[0]?.text).toMatch(quote);
    },
  );

  it("re-embeds only the chunks of the changed article that changed", async () => {
    const path = join(t.corpusDir, "council.md");
    await copyFile(LONG_ARTICLE, path);
    const first = await runIngest(t.config, silentLogger);
    expect(first).toMatchObject({ added: 1, unchanged: 5, cachedEmbeddings: 0 });
    const retriever = await t.archive.retriever();
    const [hit] = await retriever.search("river path council Daventry", { limit: 1, mode: "bm25" });
    expect(hit?.article.title).toBe(LONG_TITLE);
    const before = await chunkText(retriever.articleText(hit?.article.id ?? "") ?? "");
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(fake.embeddingInputs()).toEqual(before.map((c) => flat(c.text)));

    fake.reset();
    const edited = (await readFile(path, "utf8")).replace("start in October", "start in November");
    await writeFile(path, edited);
    const summary = await runIngest(t.config, silentLogger);
    expect(summary).toMatchObject({ added: 0, updated: 1, removed: 0, unchanged: 5 });
    const after = await chunkText((await t.archive.retriever()).articleText(hit?.article.id ?? "") ?? "");
    const changed = after
      .map((c) => flat(c.text))
      .filter((text) => !before.some((b) => flat(b.text) === text));
    expect(changed).toHaveLength(1);
    expect(fake.embeddingInputs()).toEqual(changed);
    // The unchanged chunks of the edited article are reused from the previous index version by their text
    // (before the embedding cache is asked), so only the changed chunk reaches the API.
    expect(summary.cachedEmbeddings).toBe(0);
    expect(summary.reusedEmbeddings).toBe(summary.chunks - 1);
  });

  it("pays for nothing on a full rebuild of unchanged articles", async () => {
    const full = await runIngest(t.config, silentLogger, { full: true });
    expect(fake.embeddingInputs()).toEqual([]);
    expect(full.cachedEmbeddings).toBe(full.chunks);
    expect(full.reusedEmbeddings).toBe(full.chunks);
  });
});

describe("switching embedders", () => {
  it("refuses to query a local index with OpenAI, and ingest rebuilds it with a clear message", async () => {
    const t = await createTestArchive();
    try {
      const config = loadConfig({
        CORPUS_DIR: t.corpusDir,
        INDEX_DIR: t.indexDir,
        EMBEDDINGS: "openai",
        ...openAIEnv(fake.url),
      });
      const error = await openRetriever(t.indexDir, createEmbedder(config)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EmbedderMismatchError);
      expect((error as Error).message).toMatch(
        /built with embedder local@4.* but openai:text-embedding-3-small.* npm run ingest/,
      );
      expect(fake.embeddingRequests).toHaveLength(0);

      const logs = captureLogs();
      const summary = await runIngest(config, logs.logger);
      expect(logs.text()).toContain("rebuilding the whole index");
      expect(summary).toMatchObject({ added: 5, unchanged: 0 });
      await expect(openRetriever(t.indexDir, createEmbedder(config))).resolves.toBeDefined();
      expect(await readdir(join(dirname(t.indexDir), "embedding-cache"))).toHaveLength(1);
    } finally {
      await t.cleanup();
    }
  });
});

describe("embedder configuration and failures", () => {
  it("needs OPENAI_EMBEDDINGS_DIMENSIONS for a model whose size is not built in, and sends a configured size", () => {
    const unknown = loadConfig({
      EMBEDDINGS: "openai",
      OPENAI_EMBEDDINGS_MODEL: "my-embedder",
      ...openAIEnv(fake.url),
    });
    expect(() => createEmbedder(unknown)).toThrow(/OPENAI_EMBEDDINGS_DIMENSIONS/);
    const sized = loadConfig({
      EMBEDDINGS: "openai",
      OPENAI_EMBEDDINGS_DIMENSIONS: "256",
      ...openAIEnv(fake.url),
    });
    expect(createEmbedder(sized).identity).toEqual({
      name: "openai:text-embedding-3-small",
      version: 1,
      dimensions: 256,
    });
  });

  it("reports an upstream failure without the key, even when the upstream message echoes it", async () => {
    const config = loadConfig({
      EMBEDDINGS: "openai",
      INDEX_DIR: "/tmp/unused-index",
      ...openAIEnv(fake.url),
    });
    fake.queueEmbeddings({
      status: 401,
      message: `Incorrect API key provided: ${TEST_KEY}.`,
      code: "invalid_api_key",
    });
    const error = await createEmbedder(config)
      .embeddings.embedQuery("anything")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as Error).message).toMatch(/401/);
    expect((error as Error).message).not.toContain(TEST_KEY);
    expect(JSON.stringify(error)).not.toContain(TEST_KEY);
  });

  it("retries a 429 that carries Retry-After, then succeeds", async () => {
    const config = loadConfig({
      EMBEDDINGS: "openai",
      INDEX_DIR: "/tmp/unused-index",
      ...openAIEnv(fake.url, { OPENAI_MAX_RETRIES: "1" }),
    });
    fake.queueEmbeddings({ status: 429, headers: { "retry-after": "0" }, message: "Rate limit reached" });
    const vector = await createEmbedder(config).embeddings.embedQuery("ferry strike");
    expect(vector).toHaveLength(1536);
    expect(fake.embeddingRequests).toHaveLength(2);
  });
});
