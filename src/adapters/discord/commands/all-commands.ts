/**
 * Every slash command, one file each, by name: the router looks handlers up here and `discord:register`
 * PUTs their definitions, so the two can never disagree.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { askCommand } from "./ask";
import { configCommand } from "./config";
import { reingestCommand } from "./reingest";
import type { SlashCommand } from "./slash-command";

export const COMMANDS: ReadonlyMap<string, SlashCommand> = new Map(
  [askCommand, reingestCommand, configCommand].map((command) => [command.name, command]),
);

/**
 * The definitions as PUT to Discord (global). `dm_permission` is deprecated in favour of `contexts` (which
 * wins when both are sent); both are kept so older API readers agree. Guild-scoped registration drops them.
 */
export function buildDiscordCommands(
  maxQuestionChars: number,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [...COMMANDS.values()].map((command) => command.data({ maxQuestionChars }));
}
