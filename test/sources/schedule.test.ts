/** The background sync: its timing rules with a fake run, then inside a running bot against a fake WordPress. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config";
import type { IngestSummary } from "../../src/core/types";
import { IngestBusyError } from "../../src/errors";
import { createLogger, silentLogger } from "../../src/logger";
import { startSyncSchedule } from "../../src/sources/schedule";
import { type App, createApp } from "../../src/wire";
import { type FakeWordPress, startFakeWordPress } from "../fakes/fake-wordpress";
import { samplePosts } from "./sample-content";

const SUMMARY: IngestSummary = {
  added: 1,
  updated: 0,
  removed: 0,
  unchanged: 0,
  skipped: [],
  failedSources: [],
  chunks: 1,
  reusedEmbeddings: 0,
  articles: 1,
  indexVersion: "v1",
  seconds: 0,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await sleep(25);
  }
}

/** A logger whose JSON lines land in `lines`. */
function captureLogger() {
  const lines: { level: number; msg: string }[] = [];
  const logger = createLogger("info", { write: (line: string) => lines.push(JSON.parse(line)) });
  return { lines, logger };
}

describe("startSyncSchedule", () => {
  it("runs at once, then again after each run ends, never two at a time; stop() waits and clears the timer", async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const schedule = startSyncSchedule({
      intervalMs: 10,
      logger: silentLogger,
      run: async () => {
        runs++;
        active++;
        maxActive = Math.max(maxActive, active);
        await sleep(40);
        active--;
        return SUMMARY;
      },
    });
    await waitFor(async () => (runs >= 3 ? true : undefined));
    await schedule.stop();
    const stoppedAt = runs;
    expect(active).toBe(0);
    await sleep(100);
    expect(runs).toBe(stoppedAt);
    expect(maxActive).toBe(1);
  });

  it("logs the summary, skips when another ingest holds the lock, and goes on after a failure", async () => {
    const { lines, logger } = captureLogger();
    const outcomes: (() => Promise<IngestSummary>)[] = [
      async () => SUMMARY,
      async () => {
        throw new IngestBusyError("pid 1");
      },
      async () => {
        throw new Error("disk full");
      },
    ];
    let calls = 0;
    const schedule = startSyncSchedule({
      intervalMs: 5,
      logger,
      run: () => (outcomes[calls++] ?? (async () => SUMMARY))(),
    });
    await waitFor(async () => (calls >= 4 ? true : undefined));
    await schedule.stop();
    const messages = lines.map((line) => line.msg);
    expect(messages).toContain("scheduled sync: 1 added, 0 updated, 0 removed");
    expect(messages).toContain("scheduled sync skipped: an ingest is already running");
    expect(lines.find((line) => line.msg.startsWith("scheduled sync failed"))?.level).toBe(50);
  });
});

describe("scheduled sync inside a running bot", () => {
  let root: string;
  let wp: FakeWordPress;
  let app: App | undefined;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "newsroom-qa-schedule-"));
    wp = await startFakeWordPress(samplePosts());
    await writeFile(
      join(root, "sources.json"),
      JSON.stringify({ sources: [{ type: "wordpress", url: wp.url, publisher: "Quillfield Post" }] }),
    );
  });
  afterAll(async () => {
    await app?.stop();
    await wp.close();
    await rm(root, { recursive: true, force: true });
  });

  it("keeps the answers current without a restart", async () => {
    const config = loadConfig({
      INDEX_DIR: join(root, "index"),
      FEEDBACK_FILE: join(root, "feedback.jsonl"),
      SOURCES_FILE: join(root, "sources.json"),
    });
    app = await createApp({ ...config, ingestIntervalMs: 200 }, silentLogger);
    await app.start();
    const ask = async (question: string) => {
      const result = await app?.archive.ask(question);
      return result?.ok ? result.answer.citations.map((c) => c.quote).join(" ") : undefined;
    };
    const question = "What livery will the Quillfield trams be repainted in?";

    expect(await waitFor(async () => ((await ask(question))?.includes("teal") ? true : undefined))).toBe(
      true,
    );
    wp.edit(1, {
      content:
        "<p>The Quillfield tram depot will repaint all fourteen trams in a crimson livery before the spring timetable, the transit board said.</p>",
    });
    expect(await waitFor(async () => ((await ask(question))?.includes("crimson") ? true : undefined))).toBe(
      true,
    );
    // Later syncs were incremental.
    expect(wp.postRequests().at(-1)?.searchParams.has("modified_after")).toBe(true);

    await app.stop();
    const requests = wp.postRequests().length;
    await sleep(500);
    expect(wp.postRequests().length).toBe(requests);
  });
});
