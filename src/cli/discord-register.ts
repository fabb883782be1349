/** `npm run discord:register`: registers or updates /ask and /reingest (global, or in DISCORD_GUILD_ID only). */
import { registerDiscordCommands } from "../adapters/discord/register-commands";
import { loadConfig } from "../config";
import { createCommand, runCli } from "./run-cli";

async function main(argv: string[]): Promise<number> {
  createCommand("discord-register")
    .description(
      "Register or update the Discord slash commands: globally, or in DISCORD_GUILD_ID only (instant, for testing).",
    )
    .parse(argv);
  const config = loadConfig(process.env);
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

runCli(() => main(process.argv), "Command registration failed: ");
