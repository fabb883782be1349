/** Bulk-overwrites the bot's slash commands through Discord's REST API (PUT), so running it twice changes nothing. */
import { REST, Routes } from "discord.js";
import type { Config } from "../../config";
import { buildDiscordCommands } from "./commands/all-commands";

export interface RegisterResult {
  scope: "global" | "guild";
  route: string;
  names: string[];
}

/** Global by default; only in `discord.guildId` when set ; guild commands suit testing. */
export async function registerDiscordCommands(options: {
  discord: NonNullable<Config["discord"]>;
  maxQuestionChars: number;
}): Promise<RegisterResult> {
  const { discord } = options;
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const commands = buildDiscordCommands(options.maxQuestionChars);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId)
    : Routes.applicationCommands(discord.applicationId);
  // dm_permission and contexts exist only for global commands.
  const body = discord.guildId
    ? commands.map(({ dm_permission: _dm, contexts: _contexts, ...command }) => command)
    : commands;
  try {
    await rest.put(route, { body });
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
  return {
    scope: discord.guildId ? "guild" : "global",
    route,
    names: commands.map((command) => command.name),
  };
}
