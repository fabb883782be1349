/**
 * The opt-in weekly report (issue 17): the running app (createApp, real Bolt and discord.js clients against
 * the fake Slack and Discord) posts `newsroom-qa report`'s text for the last 7 days to each admin channel
 * when its schedule fires. The schedule's timers are injected: the test fires the timer itself.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config";
import { silentLogger } from "../../src/logger";
import { nextWeeklyRun, type Timers } from "../../src/report/weekly-report";
import { type App, createApp } from "../../src/wire";
import { createFakeArchive } from "../fakes/fake-archive";
import { type FakeDiscord, startFakeDiscord } from "../fakes/fake-discord";
import { type FakeSlack, startFakeSlack } from "../fakes/fake-slack";

// biome-ignore lint/suspicious/noExplicitAny: recorded bodies are JSON read field by field
type Json = any;

const DAY = 24 * 60 * 60 * 1000;
/** A Wednesday, 14:30 UTC: the next Monday 09:00 is 4 days and 18.5 hours later. */
const NOW = new Date("2026-11-25T14:30:00.000Z");

const entry = (daysAgo: number, question: string, status: "answered" | "not_found") =>
  `${JSON.stringify({
    at: new Date(NOW.getTime() - daysAgo * DAY).toISOString(),
    platform: "slack",
    user: "sha256:00",
    question,
    status,
    cited: status === "answered" ? [{ id: "budget", title: "Council approves budget" }] : [],
  })}\n`;

let dir: string;
let slack: FakeSlack;
let discord: FakeDiscord;
let app: App | undefined;
const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
const clock: { now: () => Date; timers: Timers } = {
  now: () => NOW,
  timers: {
    setTimeout(run, ms) {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimeout(handle) {
      (handle as { cleared: boolean }).cleared = true;
    },
  },
};

beforeEach(async () => {
  timers.length = 0;
  dir = await mkdtemp(join(tmpdir(), "nqa-weekly-"));
  slack = await startFakeSlack();
  discord = await startFakeDiscord();
  await writeFile(
    join(dir, "questions.jsonl"),
    entry(20, "A question from last month?", "not_found") +
      entry(3, "When did the council approve the budget?", "answered") +
      entry(2, "<!channel> @everyone who won the football final?", "not_found") +
      entry(1, "Who won the football final?", "not_found"),
  );
});

afterEach(async () => {
  await app?.stop();
  app = undefined;
  await slack.close();
  await discord.close();
  await rm(dir, { recursive: true, force: true });
});

function config(extra: Record<string, string>) {
  return loadConfig({
    INDEX_DIR: join(dir, "index"),
    QUESTION_LOG_FILE: join(dir, "questions.jsonl"),
    FEEDBACK_FILE: join(dir, "feedback.jsonl"),
    SLACK_BOT_TOKEN: "xoxb-test-bot-token",
    SLACK_APP_TOKEN: "xapp-test-app-token",
    SLACK_API_URL: slack.apiUrl,
    DISCORD_BOT_TOKEN: "fake-bot-token",
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    ...extra,
  });
}

it("posts the last 7 days' report to the Slack and Discord admin channels when the schedule fires", async () => {
  app = await createApp(
    config({ REPORT_SLACK_CHANNEL: "C0ADMINS", REPORT_DISCORD_CHANNEL: discord.channelId }),
    silentLogger,
    { archive: createFakeArchive([]), clock },
  );
  await app.start();
  expect(timers).toHaveLength(1);
  expect(timers[0]?.ms).toBe(new Date("2026-11-30T09:00:00.000Z").getTime() - NOW.getTime());

  timers[0]?.run();
  const slackPost = await slack.waitForCall("chat.postMessage", (call) => call.body.channel === "C0ADMINS");
  const discordPost = await discord.waitFor(
    (request) =>
      request.method === "POST" && request.path === `/api/v10/channels/${discord.channelId}/messages`,
  );

  const slackText = String(slackPost.body.text);
  expect(slackText).toMatch(/^```\nThe archive's gaps: 2026-11-22 to 2026-11-24 \(since 2026-11-18\)/);
  expect(slackText).toContain("3 questions: 1 answered, 2 refused");
  expect(slackText).toContain("Who won the football final?");
  expect(slackText).not.toContain("A question from last month?");
  // Nothing in it can notify anyone: Slack's control characters are escaped, broadcast words broken.
  expect(slackText).toContain("&lt;!channel&gt;");
  expect(slackText).not.toMatch(/<!|@everyone/);

  const body = discordPost.body as Json;
  expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expect(body.content).toMatch(/^```\nThe archive's gaps: 2026-11-22 to 2026-11-24/);
  expect(body.content).toContain("Who won the football final?");
  expect(body.content).not.toMatch(/@everyone/);

  // Posted once each, and the next week's post is scheduled once both posts are done (the fake saw the
  // request before the client had its answer: wait for the new timer, the sentinel, before stopping).
  await until(() => timers.length === 2);
  await app.stop();
  app = undefined;
  expect(slack.callsTo("chat.postMessage").filter((call) => call.body.channel === "C0ADMINS")).toHaveLength(
    1,
  );
  expect(timers).toHaveLength(2);
  expect(timers[1]?.cleared).toBe(true);
});

it("schedules nothing without a report channel", async () => {
  app = await createApp(config({}), silentLogger, { archive: createFakeArchive([]), clock });
  await app.start();
  expect(timers).toHaveLength(0);
});

describe("nextWeeklyRun", () => {
  const at = { weekday: 1, hour: 9, minute: 0 };
  it.each([
    ["2026-11-25T14:30:00.000Z", "2026-11-30T09:00:00.000Z"],
    ["2026-11-30T08:59:00.000Z", "2026-11-30T09:00:00.000Z"],
    ["2026-11-30T09:00:00.000Z", "2026-12-07T09:00:00.000Z"],
    ["2026-12-27T23:00:00.000Z", "2026-12-28T09:00:00.000Z"],
  ])("from %s: %s", (now, next) => {
    expect(nextWeeklyRun(new Date(now), at).toISOString()).toBe(next);
  });
});

/** Resolves once `done()` holds; fails after `ms`. */
async function until(done: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setImmediate(resolve));
  }
}
