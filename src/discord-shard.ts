/**
 * One Discord shard process, spawned by the ShardingManager of `npm start` with DISCORD_SHARDS: the same
 * configuration (inherited environment), its own copy of the index, and one Discord client for the shard id
 * discord.js passes it. Slack, the health server, the sync schedule and question-log pruning stay in the
 * parent. Exits when stopped or when the parent goes away.
 */
import { loadConfig } from "./config";
import { createLogger } from "./logger";
import { createApp } from "./wire";

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const app = await createApp(config, logger, { role: "discord-shard" });
  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, "discord shard shutting down");
    await app.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  // The IPC channel to the ShardingManager closed: the parent is gone, so no one would ever stop this shard.
  process.on("disconnect", () => void stop("parent gone"));
  await app.start();
}

main().catch((error: unknown) => {
  process.stderr.write(
    `newsroom-qa discord shard failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
