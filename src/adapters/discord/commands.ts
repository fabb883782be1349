/** The slash command definitions (/ask with its filter options, /reingest) exactly as they are PUT to Discord. */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";

export const ASK_COMMAND = "ask";
export const REINGEST_COMMAND = "reingest";

/** Discord's ceiling for a STRING option's max_length. */
const OPTION_MAX_LENGTH = 6000;
/** YYYY-MM-DD; a little room so a mistyped date is told as such rather than cut off by Discord. */
const DATE_MAX_LENGTH = 20;
const PUBLISHER_MAX_LENGTH = 200;

/**
 * Global commands. `dm_permission` is deprecated in favour of `contexts` (which wins when both are
 * sent); both are kept so older API readers agree. Guild-scoped registration drops the two fields.
 */
export function buildDiscordCommands(
  maxQuestionChars: number,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [
    {
      type: ApplicationCommandType.ChatInput,
      name: ASK_COMMAND,
      description: "Ask the newsroom archive; the answer quotes and links the articles it used.",
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: "question",
          description: "Your question, e.g. When did the council approve the new budget?",
          required: true,
          max_length: Math.min(maxQuestionChars, OPTION_MAX_LENGTH),
        },
        {
          type: ApplicationCommandOptionType.Boolean,
          name: "private",
          description: "Only you see the answer.",
          required: false,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: "from",
          description: "Only articles published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.",
          required: false,
          max_length: DATE_MAX_LENGTH,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: "to",
          description: "Only articles published on or before this date: YYYY, YYYY-MM or YYYY-MM-DD.",
          required: false,
          max_length: DATE_MAX_LENGTH,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: "publisher",
          description: "Only articles from this publisher, e.g. Valley Wire.",
          required: false,
          max_length: PUBLISHER_MAX_LENGTH,
        },
      ],
    },
    {
      type: ApplicationCommandType.ChatInput,
      name: REINGEST_COMMAND,
      description: "Admins only: re-read the article sources and rebuild the index.",
      // "0": hidden from everyone but server admins by default; the bot still checks DISCORD_ADMIN_USERS,
      // because server admins can override command permissions.
      default_member_permissions: "0",
      dm_permission: false,
      contexts: [InteractionContextType.Guild],
    },
  ];
}
