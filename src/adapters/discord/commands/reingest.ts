/** `/reingest`: admins only (checked here, whatever the server's command permissions say); progress, then the summary. */
import {
  ApplicationCommandType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
} from "discord.js";
import type { Logger } from "../../../logger";
import { CANNED } from "../../chat/canned-texts";
import { runReingest } from "../../chat/run-reingest";
import { formatProgress, formatSummary } from "../format-ingest";
import type { HandlerContext } from "../handler-context";
import { NO_PINGS } from "../replies";
import type { SlashCommand } from "./slash-command";

async function execute(
  interaction: ChatInputCommandInteraction,
  ctx: HandlerContext,
  log: Logger,
): Promise<void> {
  const who = { userId: interaction.user.id, guildId: interaction.guildId };
  if (!ctx.adminUsers.includes(interaction.user.id)) {
    log.warn(who, "reingest refused: user is not in DISCORD_ADMIN_USERS");
    await interaction.reply({
      content: CANNED.reingestRefused,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_PINGS,
    });
    return;
  }
  log.info(who, "reingest requested");
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const edit = (content: string) => interaction.editReply({ content, allowedMentions: NO_PINGS });
  await runReingest(
    ctx.deps.archive,
    {
      progress: (progress) => edit(formatProgress(progress)),
      finish: (outcome) =>
        edit(
          "summary" in outcome
            ? formatSummary(outcome.summary)
            : "busy" in outcome
              ? CANNED.reingestBusy
              : "unavailable" in outcome
                ? CANNED.reingestUnavailable
                : CANNED.reingestFailed,
        ),
    },
    log.child(who),
  );
}

/** `/reingest`: its definition as PUT to Discord, and its handler. */
export const reingestCommand: SlashCommand = {
  name: "reingest",
  data: () => ({
    type: ApplicationCommandType.ChatInput,
    name: "reingest",
    description: "Admins only: re-read the article sources and rebuild the index.",
    // "0": hidden from everyone but server admins by default; the bot still checks DISCORD_ADMIN_USERS,
    // because server admins can override command permissions.
    default_member_permissions: "0",
    dm_permission: false,
    contexts: [InteractionContextType.Guild],
  }),
  execute,
};
