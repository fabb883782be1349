/** `/reingest`: admins only (checked here, whatever the server's command permissions say); progress, then the summary. */
import { type ChatInputCommandInteraction, MessageFlags } from "discord.js";
import type { Logger } from "../../logger";
import { CANNED } from "../chat/canned-texts";
import { runReingest } from "../chat/run-reingest";
import { formatProgress, formatSummary } from "./format-ingest";
import type { HandlerContext } from "./handler-context";
import { NO_PINGS } from "./replies";

export async function handleReingestCommand(
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
              : CANNED.reingestFailed,
        ),
    },
    log.child(who),
  );
}
