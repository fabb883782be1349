/** The running app prunes the question log past QUESTION_LOG_RETENTION_DAYS when it starts. */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config";
import { silentLogger } from "../../src/logger";
import { createApp } from "../../src/wire";
import { createFakeArchive } from "../fakes/fake-archive";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "nqa-qlog-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

it("drops entries older than the retention at start and keeps the rest", async () => {
  const file = join(dir, "questions.jsonl");
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
