/** The background sync: its timing rules with a fake run, then inside a running bot against a fake WordPress. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config";
import type { IngestSummary } from "../../src/core/types";
import { IngestBusyError } from "../../src/errors";
import { createLogger, silentLogger } from "../../src/logger";
import { startSyncSchedule } from "../../src/sync/schedule";
import { type App, createApp } from "../../src/wire";
import { samplePosts } from "../articles/remote/sample-content";
import { createFakeArchive } from "../fakes/fake-archive";
import { type FakeWordPress, startFakeWordPress } from "../fakes/fake-wordpress";

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

/** A logger whose JSON lines land in `lines`; `next(match)` resolves with the first line from now on that matches. */
function captureLogger() {
  const lines: { level: number; msg: string }[] = [];
  const waiters: { match: (msg: string) => boolean; resolve: (msg: string) => void }[] = [];
  const logger = createLogger("info", {
    write(raw: string) {
      const line = JSON.parse(raw) as { level: number; msg: string };
      lines.push(line);
      for (const waiter of waiters.splice(0)) {
        if (waiter.match(line.msg)) waiter.resolve(line.msg);
        else waiters.push(waiter);
      }
    },
  });
  const next = (match: (msg: string) => boolean) =>
    new Promise<string>((resolve) => waiters.push({ match, resolve }));
  return { lines, logger, next };
}

describe("startSyncSchedule", () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it("runs at once, then again intervalMs after each run ends, never two at a time; stop() waits for the run", async () => {
    jest.useFakeTimers();
    let active = 0;
    let maxActive = 0;
    const startedAt: number[] = [];
    const schedule = startSyncSchedule({
      intervalMs: 10,
      logger: silentLogger,
      run: async () => {
        startedAt.push(Date.now());
        active++;
        maxActive = Math.max(maxActive, active);
        // A slow sync: 40 ms of (fake) time.
        await new Promise((resolve) => setTimeout(resolve, 40));
        active--;
        return SUMMARY;
      },
    });
    const t0 = Date.now();
    await jest.advanceTimersByTimeAsync(100);
    // 0–40 run, 50–90 run, 100 starts the third: the interval counts from the end of the previous run.
    expect(startedAt.map((at) => at - t0)).toEqual([0, 50, 100]);
    expect(active).toBe(1);

    let stopped = false;
    const stopping = schedule.stop().then(() => {
      stopped = true;
    });
    await jest.advanceTimersByTimeAsync(39);
    expect(stopped).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await stopping;
    expect(active).toBe(0);
    expect(maxActive).toBe(1);

    // Nothing left to fire, however long we wait.
    expect(jest.getTimerCount()).toBe(0);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(startedAt).toHaveLength(3);
  });

  it("stop() between runs clears the pending timer", async () => {
    jest.useFakeTimers();
    let runs = 0;
    const schedule = startSyncSchedule({
      intervalMs: 1000,
      logger: silentLogger,
      run: async () => {
        runs++;
        return SUMMARY;
      },
    });
    await jest.advanceTimersByTimeAsync(500);
    expect(runs).toBe(1);
    expect(jest.getTimerCount()).toBe(1);
    await schedule.stop();
    expect(jest.getTimerCount()).toBe(0);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(1);
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
    let fourthRun!: () => void;
    const reachedFourth = new Promise<void>((resolve) => {
      fourthRun = resolve;
    });
    const schedule = startSyncSchedule({
      intervalMs: 5,
      logger,
      run: () => {
        if (++calls === 4) fourthRun();
        return (outcomes[calls - 1] ?? (async () => SUMMARY))();
      },
    });
    await reachedFourth;
    await schedule.stop();
    const messages = lines.map((line) => line.msg);
    expect(messages).toContain("scheduled sync: 1 added, 0 updated, 0 removed");
    expect(messages).toContain("scheduled sync skipped: an ingest is already running");
    expect(lines.find((line) => line.msg.startsWith("scheduled sync failed"))?.level).toBe(50);
  });
});

describe("the schedule inside createApp", () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it("syncs every INGEST_INTERVAL after start() and never again after stop()", async () => {
    jest.useFakeTimers();
    const archive = createFakeArchive([]);
    const app = await createApp({ ...loadConfig({}), ingestIntervalMs: 200 }, silentLogger, { archive });
    await app.start();
    await jest.advanceTimersByTimeAsync(450);
    // at 0, 200 and 400 (the fake sync takes no time)
    expect(archive.reingests).toBe(3);
    await app.stop();
    expect(jest.getTimerCount()).toBe(0);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(archive.reingests).toBe(3);
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
    const { logger, next } = captureLogger();
    app = await createApp({ ...config, ingestIntervalMs: 200 }, logger);
    // With no index yet, start() runs the first sync itself before it resolves.
    await app.start();
    const ask = async (question: string) => {
      const result = await app?.archive.ask(question);
      return result?.ok ? result.answer.citations.map((c) => c.quote).join(" ") : undefined;
    };
    const question = "What livery will the Quillfield trams be repainted in?";
    expect(await ask(question)).toContain("teal");

    const editSynced = next((msg) => /^scheduled sync: \d+ added, [1-9]\d* updated/.test(msg));
    wp.edit(1, {
      content:
        "<p>The Quillfield tram depot will repaint all fourteen trams in a crimson livery before the spring timetable, the transit board said.</p>",
    });
    // The sync that picked the edit up has switched the live index by the time it logs its summary.
    await editSynced;
    expect(await ask(question)).toContain("crimson");
    // Later syncs were incremental: content is asked for modified posts only (the id list is separate).
    const contentRequests = wp.postRequests().filter((url) => !url.searchParams.has("_fields"));
    expect(contentRequests.at(-1)?.searchParams.has("modified_after")).toBe(true);
    // That stop() ends the schedule is proved with fake timers above (no sleeping here).
  });
});
