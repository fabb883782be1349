/** One slash command, as the discord.js guide shapes them: its definition (`data`) and its handler (`execute`). */
import type {
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Logger } from "../../../logger";
import type { HandlerContext } from "../handler-context";

export interface SlashCommand {
  name: string;
  /** The definition PUT to Discord by `npm run discord:register`; options sized from the config's limits. */
  data(limits: { maxQuestionChars: number }): RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: HandlerContext, log: Logger): Promise<void>;
}
