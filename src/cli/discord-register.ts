/** `npm run discord:register`: registers or updates /ask and /reingest (global, or in DISCORD_GUILD_ID only). */
import { registerDiscordCommands } from "../adapters/discord/register-commands";
import { loadConfig } from "../config";
import { ConfigError } from "../errors";

async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  if (!config.discord) {
    process.stderr.write(
      "Set DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID (and DISCORD_GUILD_ID for one server).\n",
    );
    return 1;
  }
  const result = await registerDiscordCommands({
    discord: config.discord,
    maxQuestionChars: config.maxQuestionChars,
  });
  const where = result.scope === "guild" ? `in guild ${config.discord.guildId}` : "globally";
  process.stdout.write(`Registered ${result.names.map((name) => `/${name}`).join(", ")} ${where}.\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `Command registration failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
