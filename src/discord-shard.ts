/**
 * One Discord shard process, spawned by the ShardingManager of `npm start` with DISCORD_SHARDS: the same
 * configuration (inherited environment), its own copy of the index, and one Discord client for the shard id
 * discord.js passes it. Slack, the health server, the sync schedule and question-log pruning stay in the
 * parent. Exits when stopped or when the parent goes away.
 */
import { loadConfig } from "./config";
import { createLogger } from "./logger";
import { createApp, exitWhenStopped } from "./wire";

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const app = await createApp(config, logger, { role: "discord-shard" });
  exitWhenStopped(app, logger, "discord shard shutting down", [
    { event: "SIGTERM", reason: "SIGTERM" },
    { event: "SIGINT", reason: "SIGINT" },
    // The IPC channel to the ShardingManager closed: the parent is gone, so no one would ever stop this shard.
    { event: "disconnect", reason: "parent gone" },
  ]);
  await app.start();
}

main().catch((error: unknown) => {
  process.stderr.write(
    `newsroom-qa discord shard failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
