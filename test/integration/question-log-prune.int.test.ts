/** The running app prunes the question log past QUESTION_LOG_RETENTION_DAYS when it starts, and daily. */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config";
import { silentLogger } from "../../src/logger";
import { createApp, QUESTION_LOG_PRUNE_MS } from "../../src/wire";
import { createFakeArchive } from "../fakes/fake-archive";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "nqa-qlog-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const day = 24 * 60 * 60 * 1000;
const line = (daysAgo: number, question: string) =>
  `${JSON.stringify({
    at: new Date(Date.now() - daysAgo * day).toISOString(),
    platform: "slack",
    user: "sha256:00",
    question,
    status: "not_found",
    cited: [],
  })}\n`;

it("drops entries older than the retention at start and keeps the rest", async () => {
  const file = join(dir, "questions.jsonl");
  await writeFile(file, line(40, "too old?") + line(5, "recent?"));
  const config = loadConfig({ QUESTION_LOG_FILE: file, QUESTION_LOG_RETENTION_DAYS: "30", INDEX_DIR: dir });
  const app = await createApp(config, silentLogger, { archive: createFakeArchive([]) });
  await app.start();
  try {
    const text = await readFile(file, "utf8");
    expect(text).not.toContain("too old?");
    expect(text).toContain("recent?");
  } finally {
    await app.stop();
  }
});

it("prunes again once a day while running", async () => {
  // Only the interval is faked: file I/O and promises run for real.
  jest.useFakeTimers({
    doNotFake: [
      "Date",
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "setImmediate",
      "clearImmediate",
      "setTimeout",
      "clearTimeout",
    ],
  });
  const file = join(dir, "questions.jsonl");
  await writeFile(file, line(5, "recent?"));
  const config = loadConfig({ QUESTION_LOG_FILE: file, QUESTION_LOG_RETENTION_DAYS: "30", INDEX_DIR: dir });
  const app = await createApp(config, silentLogger, { archive: createFakeArchive([]) });
  try {
    await app.start();
    // An entry that has aged past the retention since start-up (written here as already old).
    await writeFile(file, line(31, "aged out?") + line(5, "recent?"));
    jest.advanceTimersByTime(QUESTION_LOG_PRUNE_MS);
    // Wait for the prune's rename (a positive event), checking on each turn of the event loop.
    let text = await readFile(file, "utf8");
    for (let turn = 0; text.includes("aged out?") && turn < 10_000; turn++) {
      await new Promise((resolve) => setImmediate(resolve));
      text = await readFile(file, "utf8");
    }
    expect(text).not.toContain("aged out?");
    expect(text).toContain("recent?");
  } finally {
    await app.stop();
    jest.useRealTimers();
  }
});
