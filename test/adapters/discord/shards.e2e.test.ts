/**
 * DISCORD_SHARDS=auto with the built program: `node dist/main.js` asks the fake Discord (two shards
 * recommended, one server on each) how many shards to run, and discord.js's real ShardingManager forks two
 * shard processes (dist/discord-shard.js), each loading the test index and IDENTIFYing with [id, 2]. The fake
 * routes each server's events to the connection of shard (guild_id >> 22) % 2 only: a question in each server
 * is answered exactly once, by the process that holds that server's shard (its log lines carry the shard ids).
 * After a /reingest in one shard's server, the other shard answers its next question from the new version.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type FakeDiscord, shardOf, startFakeDiscord } from "../../fakes/fake-discord";
import { buildProgram, exited } from "../../helpers/build-program";
import { createTestArchive, type TestArchive } from "../../helpers/test-archive";
import { expectNoPingsAnywhere, isCallback, isOriginalEdit } from "./harness";
import { ADMIN, askInteraction, reingestInteraction } from "./payloads";

// biome-ignore lint/suspicious/noExplicitAny: recorded bodies and log lines are JSON read field by field
type Json = any;

const ROOT = join(__dirname, "..", "..", "..");
const TOKEN = "sharded-bot-token.never.logged";
const QUESTIONS = [
  {
    question: "How many new teachers does the Harbor school budget add?",
    title: "Harbor district approves budget with twelve new teachers",
  },
  {
    question: "How long will the Millbrook bridge be closed for repairs?",
    title: "Millbrook bridge to close for six weeks of repairs",
  },
];

let t: TestArchive;
let main: string;
let fake: FakeDiscord;
let child: ChildProcess | undefined;
let stderr = "";

/** The JSON log lines of the parent and both shards (the shards write to the parent's stderr). */
const logLines = (): Json[] =>
  stderr
    .split("\n")
    .slice(0, -1)
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line));

/** Waits for a log line (a sentinel: the output arrives through a pipe after the REST call it follows). */
function waitForLog(predicate: (line: Json) => boolean, count = 1, timeoutMs = 15_000): Promise<void> {
  return fake
    .waitFor(() => logLines().filter(predicate).length >= count, timeoutMs)
    .then(() => undefined)
    .catch(() => {
      throw new Error(`log line not seen; stderr so far:\n${stderr}`);
    });
}

beforeAll(async () => {
  [t, main, fake] = await Promise.all([
    createTestArchive(),
    buildProgram("shards"),
    startFakeDiscord({ shards: 2, maxConcurrency: 2 }),
  ]);
}, 180_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill("SIGKILL");
    await exited(child);
  }
  await fake?.close();
  await t?.cleanup();
});

it("runs two shard processes that answer their own servers exactly once, and both follow a re-ingest", async () => {
  child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_BOT_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARDS: "auto",
      DISCORD_ADMIN_USERS: ADMIN.id,
      INDEX_DIR: t.indexDir,
      CORPUS_DIR: t.corpusDir,
      FEEDBACK_FILE: join(t.indexDir, "..", "feedback.jsonl"),
      HEALTH_PORT: "0",
      LOG_LEVEL: "debug",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const parent = child;
  parent.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const early = exited(parent).then((code) => {
    throw new Error(`the bot exited early (code ${code}):\n${stderr}`);
  });
  early.catch(() => undefined);
  // Each shard loads the index before it connects, one after the other: slow on a busy machine.
  const up = waitForLog((line) => String(line.msg).startsWith("newsroom-qa started"), 1, 90_000);
  await Promise.race([up, early]);

  // "auto" took Discord's recommendation, and each shard IDENTIFYed once with its own id.
  expect(fake.requests.filter((r) => r.path === "/api/v10/gateway/bot").length).toBeGreaterThanOrEqual(3);
  expect(fake.identifies.map((identify) => identify.shard).sort()).toEqual([
    [0, 2],
    [1, 2],
  ]);
  const started = logLines().find((line) => String(line.msg).startsWith("newsroom-qa started"));
  expect(started.platforms).toEqual(["discord (auto shards)"]);
  // Each shard logs its connection from its own process, so its line may reach us after the parent's "started".
  for (const shard of [0, 1]) {
    const connected = (l: Json) => l.msg === "discord connected" && l.shards?.[0] === shard;
    await waitForLog(connected);
    expect(logLines().filter(connected)).toHaveLength(1);
  }
  const health = await fetch(`http://127.0.0.1:${started.healthPort}/healthz`);
  expect(health.status).toBe(200);
  expect(((await health.json()) as Json).platforms).toEqual({ discord: true });

  const rendered = (shard: number) =>
    logLines().filter((line) => line.msg === "answer rendered" && line.shards?.[0] === shard);
  const asked: { id: string }[] = [];
  for (const [shard, guild] of fake.guilds.entries()) {
    expect(shardOf(guild.id, 2)).toBe(shard);
    const { question, title } = QUESTIONS[shard] as (typeof QUESTIONS)[number];
    const interaction = askInteraction(fake, question, { guild });
    asked.push(interaction);
    const edit = await fake.waitFor(isOriginalEdit(interaction.token), 15_000);
    expect((edit.body as Json).embeds[0].description).toContain(title);
    await waitForLog((line) => line.msg === "answer rendered" && line.shards?.[0] === shard);
  }
  // A second question in each server, answered after the first: by then any second answer to those is in.
  for (const guild of fake.guilds) {
    const again = askInteraction(fake, "Who approved the Harbor school budget?", { guild });
    await fake.waitFor(isOriginalEdit(again.token), 15_000);
  }
  await waitForLog((line) => line.msg === "answer rendered", 4);
  for (const interaction of asked) expect(fake.requests.filter(isCallback(interaction.id))).toHaveLength(1);
  expect(rendered(0)).toHaveLength(2);
  expect(rendered(1)).toHaveLength(2);
  expectNoPingsAnywhere(fake.requests);

  // A re-ingest in shard 0's server; shard 1 answers its next question from the new index version.
  await writeFile(
    join(t.corpusDir, "lighthouse.md"),
    "---\ntitle: Lighthouse keeper retires after forty years\npublished: 2024-05-02\npublisher: Coast Herald\nurl: https://herald.example/lighthouse\n---\nThe keeper of the Greyhaven lighthouse, Mara Quill, retired on Thursday after forty years of service.\n",
  );
  const reingest = reingestInteraction(fake, ADMIN);
  expect(shardOf(String(reingest.payload.guild_id), 2)).toBe(0);
  const finished = await fake.waitFor(
    (request) =>
      isOriginalEdit(reingest.token)(request) &&
      String((request.body as Json).content).startsWith("Re-ingest finished"),
    60_000,
  );
  expect(String((finished.body as Json).content)).toContain("1 added");
  for (const guild of [...fake.guilds].reverse()) {
    const lighthouse = askInteraction(fake, "When did the Greyhaven lighthouse keeper Mara Quill retire?", {
      guild,
    });
    const edit = await fake.waitFor(isOriginalEdit(lighthouse.token), 15_000);
    expect(JSON.stringify(edit.body)).toContain("herald.example/lighthouse");
  }

  parent.kill("SIGTERM");
  expect(await exited(parent)).toBe(0);
  // The parent waits for its shards to exit before it does.
  expect(logLines().filter((line) => line.msg === "discord shard shutting down")).toHaveLength(2);
  expect(stderr).not.toContain(TOKEN);
}, 200_000);
