/**
 * DISCORD_SHARDS: the Discord side as discord.js's ShardingManager, one child process per shard. Each child
 * runs `shardFile` (dist/discord-shard.js), which loads the index and one Discord client for the shard id
 * discord.js hands it (SHARDS/SHARD_COUNT in its environment, read by the Client itself). This process only
 * spawns, watches and stops them; Discord routes each server's events to shard (guild_id >> 22) % count.
 */
import { once } from "node:events";
import { REST, Routes, ShardingManager } from "discord.js";
import type { Config } from "../../config";
import { loggableError, PlatformStartError } from "../../errors";
import type { Logger } from "../../logger";
import type { Platform } from "../platform";
import { describeStartFailure } from "./describe-start-failure";
import { reportMessages } from "./report-messages";

/** A shard loads the whole index before it connects: far longer than discord.js's 30 s default on a big archive. */
const SHARD_READY_TIMEOUT_MS = 10 * 60_000;
/** discord.js's own pause between shards when Discord allows one IDENTIFY per 5 s. */
const IDENTIFY_SPACING_MS = 5500;

interface GatewayBot {
  shards: number;
  session_start_limit: { remaining: number; max_concurrency: number };
}

/**
 * The shard count (Discord's recommendation for "auto") and the pause between spawns: none when Discord lets
 * every shard IDENTIFY at once (max_concurrency ≥ count), else discord.js's 5.5 s.
 */
export async function planShards(
  discord: NonNullable<Config["discord"]>,
): Promise<{ count: number; delayMs: number }> {
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as GatewayBot;
  const count = discord.shards === "auto" || discord.shards === undefined ? gateway.shards : discord.shards;
  const delayMs = gateway.session_start_limit.max_concurrency >= count ? 0 : IDENTIFY_SPACING_MS;
  return { count, delayMs };
}

export function createShardedDiscord(options: {
  discord: NonNullable<Config["discord"]>;
  /** The shard entry script (an absolute path). */
  shardFile: string;
  /** Node options for the children (the parent's, so a tsx run forks tsx children). */
  execArgv?: string[];
  logger: Logger;
}): Platform {
  const { discord } = options;
  const logger = options.logger.child({ platform: "discord" });
  let manager: ShardingManager | undefined;
  let total = 0;

  const stopShards = async (current: ShardingManager) => {
    current.respawn = false;
    await Promise.all(
      [...current.shards.values()].map(async (shard) => {
        const child = shard.process;
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = once(child, "exit");
        child.kill("SIGTERM");
        await exited;
      }),
    );
  };

  return {
    name: "discord",
    async start() {
      let plan: { count: number; delayMs: number };
      try {
        plan = await planShards(discord);
      } catch (error) {
        const gateway = `${discord.apiUrl ?? "https://discord.com/api"}/v10/gateway/bot`;
        throw new PlatformStartError("Discord", describeStartFailure(error, gateway), { cause: error });
      }
      total = plan.count;
      const current = new ShardingManager(options.shardFile, {
        token: discord.token,
        totalShards: plan.count,
        mode: "process",
        // Not while starting: a shard that dies before it is ready is a start-up failure, not a loop.
        respawn: false,
        execArgv: options.execArgv ?? [],
      });
      manager = current;
      current.on("shardCreate", (shard) => {
        shard.on("death", () => {
          if (current.respawn) logger.warn({ shardId: shard.id }, "discord shard exited; respawning it");
        });
        shard.on("error", (error) =>
          logger.error({ ...loggableError(error), shardId: shard.id }, "discord shard error"),
        );
      });
      logger.info({ shards: plan.count, delayMs: plan.delayMs }, "starting discord shards");
      try {
        await current.spawn({ amount: plan.count, delay: plan.delayMs, timeout: SHARD_READY_TIMEOUT_MS });
      } catch (error) {
        await stopShards(current);
        throw new PlatformStartError(
          "Discord",
          `a shard process did not get ready (${(error as Error).message}); its own error is logged above`,
          { cause: error },
        );
      }
      current.respawn = true;
      logger.info({ shards: plan.count }, "discord shards ready");
    },
    async stop() {
      if (!manager) return;
      await stopShards(manager);
      logger.info("discord shards stopped");
    },
    // The weekly report is posted from this process over REST: any shard could, and only one should.
    async postText(channelId, text) {
      const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
      for (const content of reportMessages(text)) {
        await rest.post(Routes.channelMessages(channelId), {
          body: { content, allowed_mentions: { parse: [] } },
        });
      }
    },
    connected: () =>
      manager !== undefined &&
      manager.shards.size === total &&
      [...manager.shards.values()].every((shard) => shard.ready),
  };
}
