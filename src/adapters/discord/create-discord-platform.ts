/** The Discord platform: a discord.js client with minimal intents and no pings, wired to the handlers. */
import { Client, Events, GatewayIntentBits, Partials } from "discord.js";
import type { Config } from "../../config";
import { loggableError, PlatformStartError } from "../../errors";
import type { Platform, PlatformDeps } from "../platform";
import { describeStartFailure } from "./describe-start-failure";
import { createRawPacketGuard } from "./guard-raw-packets";
import { handleMessage } from "./handle-message";
import { createHandlerContext } from "./handler-context";
import { NO_PINGS } from "./replies";
import { reportMessages } from "./report-messages";
import { routeInteraction } from "./route-interaction";

export type DiscordPlatform = Platform & { client: Client };

/** READY plus one GUILD_CREATE per server normally take well under a second; discord.js waits 15 s for late guilds. */
const READY_TIMEOUT_MS = 60_000;

/**
 * Intents: Guilds (channel and thread cache, needed to receive guild messages and forum posts), GuildMessages
 * (mentions) and DirectMessages (DMs). The privileged MessageContent only with DISCORD_MESSAGE_CONTENT=true:
 * Discord delivers the content of messages that mention the bot and of DMs without it, but auto channels,
 * forum posts and follow-up replies that do not ping the bot need it. Slash commands need no intent at all.
 * The token goes to login() explicitly; discord.js would otherwise fall back to DISCORD_TOKEN.
 */
export function createDiscordPlatform(options: {
  discord: NonNullable<Config["discord"]>;
  deps: PlatformDeps;
}): DiscordPlatform {
  const { discord, deps } = options;
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      ...(discord.messageContent ? [GatewayIntentBits.MessageContent] : []),
    ],
    // DM channels are not cached before their first message; without this partial DMs are dropped.
    partials: [Partials.Channel],
    allowedMentions: NO_PINGS,
    // Still reply when the question was deleted meanwhile.
    failIfNotExists: false,
    ...(discord.apiUrl ? { rest: { api: discord.apiUrl } } : {}),
  });
  // In a shard process (DISCORD_SHARDS) discord.js took its shard ids from the ShardingManager: log them.
  const logger = deps.logger.child({
    platform: "discord",
    ...(client.shard ? { shards: client.shard.ids } : {}),
  });
  const ctx = createHandlerContext({ deps, logger, adminUsers: discord.adminUsers });

  client.on(Events.Raw, createRawPacketGuard(logger));
  client.on(Events.Error, (error) => logger.error(loggableError(error), "discord client error"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "discord client warning"));
  client.on(Events.ShardError, (error, shardId) =>
    logger.error({ ...loggableError(error), shardId }, "discord gateway error"),
  );
  client.on(Events.InteractionCreate, (interaction) => void routeInteraction(interaction, ctx));
  client.on(Events.MessageCreate, (message) => {
    handleMessage(message, ctx)
      .catch((error: unknown) => logger.error(loggableError(error), "message handler failed"))
      // The completion mark: whatever the message led to (or not) is done by now.
      .finally(() => logger.debug({ messageId: message.id }, "message handled"));
  });

  return {
    name: "discord",
    client,
    async start() {
      let timer: NodeJS.Timeout | undefined;
      const ready = new Promise<void>((resolve, reject) => {
        client.once(Events.ClientReady, () => resolve());
        timer = setTimeout(
          () => reject(new Error(`Discord did not become ready within ${READY_TIMEOUT_MS / 1000} s`)),
          READY_TIMEOUT_MS,
        );
      });
      ready.catch(() => undefined); // rejections are handled by the await below
      try {
        await client.login(discord.token);
        await ready;
      } catch (error) {
        await client.destroy();
        const gateway = `${client.rest.options.api}/v${client.rest.options.version}/gateway/bot`;
        throw new PlatformStartError("Discord", describeStartFailure(error, gateway), { cause: error });
      } finally {
        clearTimeout(timer);
      }
      logger.info({ botUserId: client.user?.id, guilds: client.guilds.cache.size }, "discord connected");
    },
    async stop() {
      await client.destroy();
      logger.info("discord disconnected");
    },
    connected: () => client.isReady(),
    async postText(channelId, text) {
      const channel = await client.channels.fetch(channelId);
      if (!channel?.isSendable()) throw new Error(`Discord channel ${channelId} cannot be posted to`);
      for (const content of reportMessages(text)) await channel.send({ content, allowedMentions: NO_PINGS });
    },
  };
}
