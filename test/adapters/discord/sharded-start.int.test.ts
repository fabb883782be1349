/**
 * The ShardingManager's start against the fake Discord, in process: how many shards and how far apart
 * (GET /gateway/bot's `shards` and `max_concurrency`), a refused token named with its request and never
 * shown, and a shard process that dies before it is ready failing the start instead of being respawned.
 */
import { join } from "node:path";
import { createShardedDiscord, planShards } from "../../../src/adapters/discord/create-sharded-discord";
import { silentLogger } from "../../../src/logger";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/fake-discord";

const TOKEN = "plan-shards-token.never.shown";
let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const discord = (apiUrl: string, shards: "auto" | number) => ({
  token: TOKEN,
  applicationId: "1",
  apiUrl,
  guildId: undefined,
  adminUsers: [],
  shards,
});

it("takes Discord's recommended count for auto, and pauses between shards only when they cannot identify at once", async () => {
  fake = await startFakeDiscord({ shards: 3, maxConcurrency: 1 });
  expect(await planShards(discord(fake.apiUrl, "auto"))).toEqual({ count: 3, delayMs: 5500 });
  expect(await planShards(discord(fake.apiUrl, 4))).toEqual({ count: 4, delayMs: 5500 });
  await fake.close();
  fake = await startFakeDiscord({ shards: 2, maxConcurrency: 16 });
  expect(await planShards(discord(fake.apiUrl, "auto"))).toEqual({ count: 2, delayMs: 0 });
  const gateway = fake.requests.filter((request) => request.path === "/api/v10/gateway/bot");
  expect(gateway.map((request) => request.authorization)).toEqual([`Bot ${TOKEN}`]);
});

it("names the refused request at start-up, never the token", async () => {
  fake = await startFakeDiscord({ shards: 2 });
  fake.failNext((request) => request.path === "/api/v10/gateway/bot", 401);
  const platform = createShardedDiscord({
    discord: discord(fake.apiUrl, "auto"),
    shardFile: join(__dirname, "..", "..", "fixtures", "shards", "failing-shard.cjs"),
    logger: silentLogger,
  });
  const start = platform.start();
  await expect(start).rejects.toThrow(/^Discord: GET .*\/api\/v10\/gateway\/bot answered 401 Unauthorized/);
  await expect(start).rejects.not.toThrow(TOKEN);
  expect(platform.connected()).toBe(false);
});

it("fails the start when a shard process exits before it is ready", async () => {
  fake = await startFakeDiscord({ shards: 1, maxConcurrency: 1 });
  const platform = createShardedDiscord({
    discord: discord(fake.apiUrl, 1),
    shardFile: join(__dirname, "..", "..", "fixtures", "shards", "failing-shard.cjs"),
    logger: silentLogger,
  });
  await expect(platform.start()).rejects.toThrow(
    /^Discord: a shard process did not get ready \(.*\); its own error is logged above/,
  );
  expect(platform.connected()).toBe(false);
  await platform.stop();
});

it("posts the weekly report from the manager process over REST, as code blocks that ping no one", async () => {
  fake = await startFakeDiscord({ shards: 2 });
  const platform = createShardedDiscord({
    discord: discord(fake.apiUrl, "auto"),
    shardFile: join(__dirname, "..", "..", "fixtures", "shards", "failing-shard.cjs"),
    logger: silentLogger,
  });
  const channel = fake.editorsChannelId;
  const long = Array.from({ length: 80 }, (_, i) => `line ${i} @everyone <@&123> ${"x".repeat(20)}`).join(
    "\n",
  );
  await platform.postText?.(channel, long);
  const posts = fake.requests.filter((request) => request.path === `/api/v10/channels/${channel}/messages`);
  expect(posts.length).toBeGreaterThan(1);
  for (const post of posts) {
    const body = post.body as { content: string; allowed_mentions: unknown };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.content.length).toBeLessThanOrEqual(2000);
    expect(body.content.startsWith("```\n")).toBe(true);
    expect(body.content).not.toMatch(/@everyone|<@&123>/);
  }
  expect(posts.map((post) => (post.body as { content: string }).content).join("\n")).toContain("line 79");
});
