/**
 * Two `npm start` processes (the built program, node dist/main.js) in Slack HTTP mode with one real
 * redis-server and the real test index: a retry delivered to the other process is answered once, and
 * questions alternating between the processes share one per-user limit; after a re-ingest asked at one
 * process, the other answers its next question from the new index version.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type FakeSlack, startFakeSlack } from "../../fakes/fake-slack";
import appMention from "../../fixtures/slack/app-mention.json";
import slashCommand from "../../fixtures/slack/slash-command.json";
import { buildProgram, exited } from "../../helpers/build-program";
import { startTestRedis, type TestRedis } from "../../helpers/redis-server";
import { createTestArchive, type TestArchive } from "../../helpers/test-archive";

const ROOT = join(__dirname, "..", "..", "..");
const SIGNING_SECRET = "spawned-signing-secret";
const QUESTION = "How long will the Millbrook bridge be closed?";
const ADMIN = "UEDITOR1";

let t: TestArchive;
let main: string;
let redis: TestRedis;
let fake: FakeSlack;
const children: { child: ChildProcess; stderr: string; port?: number }[] = [];

beforeAll(async () => {
  [t, main, redis] = await Promise.all([createTestArchive(), buildProgram("replicas"), startTestRedis()]);
  fake = await startFakeSlack();
}, 180_000);
afterAll(async () => {
  for (const { child } of children) {
    if (child.exitCode === null) {
      child.kill("SIGKILL");
      await exited(child);
    }
  }
  await fake?.close();
  await redis?.cleanup();
  await t?.cleanup();
});

async function startReplica(): Promise<{ child: ChildProcess; stderr: string; port?: number }> {
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      SLACK_BOT_TOKEN: "xoxb-spawned",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: "0",
      STATE_URL: redis.url,
      RATE_LIMIT_PER_USER: "2",
      SLACK_ADMIN_USERS: ADMIN,
      INDEX_DIR: t.indexDir,
      CORPUS_DIR: t.corpusDir,
      FEEDBACK_FILE: join(t.indexDir, "..", "feedback.jsonl"),
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const replica: { child: ChildProcess; stderr: string; port?: number } = { child, stderr: "" };
  children.push(replica);
  child.stderr?.on("data", (chunk: Buffer) => {
    replica.stderr += chunk.toString();
  });
  const early = exited(child).then((code) => {
    throw new Error(`the bot exited early (code ${code}): ${replica.stderr}`);
  });
  const started = fake.waitFor(
    () => replica.stderr.includes("newsroom-qa started"),
    "the start-up line",
    30_000,
  );
  await Promise.race([started, early]);
  early.catch(() => undefined);
  const line = replica.stderr.split("\n").find((l) => l.includes('"slack started"'));
  replica.port = (JSON.parse(line ?? "{}") as { port?: number }).port;
  expect(replica.port).toBeGreaterThan(0);
  return replica;
}

let seq = 0;
function mention(user: string, question = QUESTION) {
  seq += 1;
  const ts = `${Math.floor(Date.now() / 1000)}.00${String(seq).padStart(4, "0")}`;
  const body = JSON.stringify({
    ...appMention,
    event_id: `Ev0SPAWNREP${String(seq).padStart(2, "0")}`,
    event: { ...appMention.event, user, ts, event_ts: ts, text: `<@UBOT> ${question}` },
  });
  return { ts, body };
}

/** A signed `/newsroom-reingest` slash command from `user`, form-encoded as Slack sends it. */
function reingestCommand(user: string): string {
  return new URLSearchParams({
    ...slashCommand,
    command: "/newsroom-reingest",
    text: "",
    user_id: user,
    trigger_id: `1.${Date.now()}.reingest`,
  }).toString();
}

async function deliver(port: number | undefined, body: string, retry?: number) {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest("hex");
  const headers: Record<string, string> = {
    "content-type": body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded",
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": `v0=${signature}`,
  };
  if (retry) headers["x-slack-retry-num"] = String(retry);
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", headers, body });
  expect(response.status).toBe(200);
}

const postsIn = (ts: string) => fake.callsTo("chat.postMessage").filter((call) => call.body.thread_ts === ts);
const answered = (ts: string) =>
  fake.waitForCall("chat.postMessage", (call) => call.body.thread_ts === ts, 1, 15_000);

describe("two npm start processes on one Redis (Slack HTTP mode)", () => {
  it("answer a cross-process retry once and share the per-user limit", async () => {
    const [a, b] = await Promise.all([startReplica(), startReplica()]);
    const first = mention("UREPORTER1");
    await deliver(a.port, first.body);
    await answered(first.ts);
    await deliver(b.port, first.body, 1);
    // Sentinel: a second question from the same user, asked at b, answered after b handled the retry.
    const second = mention("UREPORTER1");
    await deliver(b.port, second.body);
    await answered(second.ts);
    expect(postsIn(first.ts)).toHaveLength(1);
    expect(String(postsIn(second.ts)[0]?.body.text)).not.toMatch(/faster than I can keep up/);
    // The user's third question, at a: the limit of 2 counts both processes' answers.
    const third = mention("UREPORTER1");
    await deliver(a.port, third.body);
    await answered(third.ts);
    expect(String(postsIn(third.ts)[0]?.body.text)).toMatch(/faster than I can keep up/);
    expect(`${a.stderr}${b.stderr}`).toContain("duplicate event ignored");
    expect(`${a.stderr}${b.stderr}`).not.toContain("xoxb-spawned");
    for (const { child } of [a, b]) child.kill("SIGTERM");
    expect(await Promise.all([exited(a.child), exited(b.child)])).toEqual([0, 0]);
  }, 60_000);

  it("switch to a re-ingest's new index version at their next question, whichever process ran it", async () => {
    const [a, b] = await Promise.all([startReplica(), startReplica()]);
    const lighthouse = "When did the Greyhaven lighthouse keeper Mara Quill retire?";
    const before = mention("UREPORTER2", lighthouse);
    await deliver(b.port, before.body);
    await answered(before.ts);
    expect(String(postsIn(before.ts)[0]?.body.text)).not.toContain("herald.example/lighthouse");

    await writeFile(
      join(t.corpusDir, "lighthouse.md"),
      "---\ntitle: Lighthouse keeper retires after forty years\npublished: 2024-05-02\npublisher: Coast Herald\nurl: https://herald.example/lighthouse\n---\nThe keeper of the Greyhaven lighthouse, Mara Quill, retired on Thursday after forty years of service.\n",
    );
    await deliver(a.port, reingestCommand(ADMIN));
    const finished = await fake.waitForCall(
      "chat.update",
      (call) => String(call.body.text).includes("Re-ingest finished"),
      1,
      30_000,
    );
    expect(String(finished.body.text)).toContain("1 added");

    // The first question each process gets after the re-ingest is answered from the new version.
    const atB = mention("UREPORTER3", lighthouse);
    await deliver(b.port, atB.body);
    await answered(atB.ts);
    expect(JSON.stringify(postsIn(atB.ts)[0]?.body)).toContain("herald.example/lighthouse");
    const atA = mention("UREPORTER4", lighthouse);
    await deliver(a.port, atA.body);
    await answered(atA.ts);
    expect(JSON.stringify(postsIn(atA.ts)[0]?.body)).toContain("herald.example/lighthouse");
    for (const { child } of [a, b]) child.kill("SIGTERM");
    expect(await Promise.all([exited(a.child), exited(b.child)])).toEqual([0, 0]);
  }, 90_000);
});
