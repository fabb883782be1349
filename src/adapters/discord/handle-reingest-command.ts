/** `/reingest`: admins only (checked here, whatever the server's command permissions say); progress, then the summary. */
import { type ChatInputCommandInteraction, MessageFlags } from "discord.js";
import type { IngestSummary } from "../../core/types";
import type { Logger } from "../../logger";
import { formatProgress, formatSummary } from "./format-ingest";
import type { HandlerContext } from "./handler-context";
import { toLoggableError } from "./loggable-error";
import { NO_PINGS, REPLIES } from "./replies";

const PROGRESS_EDIT_INTERVAL_MS = 1000;
const BUSY =
  "A re-ingest is already running; I keep answering from the current index meanwhile. Try again when it has finished.";

export async function handleReingestCommand(
  interaction: ChatInputCommandInteraction,
  ctx: HandlerContext,
  log: Logger,
): Promise<void> {
  const who = { userId: interaction.user.id, guildId: interaction.guildId };
  if (!ctx.adminUsers.includes(interaction.user.id)) {
    log.warn(who, "reingest refused: user is not in DISCORD_ADMIN_USERS");
    await interaction.reply({
      content: REPLIES.notAdmin,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_PINGS,
    });
    return;
  }
  log.info(who, "reingest requested");
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const edit = (content: string) => interaction.editReply({ content, allowedMentions: NO_PINGS });
  const progress = createProgressEditor(edit, log);
  let summary: IngestSummary;
  try {
    summary = await ctx.deps.archive.reingest((step) => progress.report(formatProgress(step)));
  } catch (error) {
    await progress.settle();
    if ((error as { code?: unknown }).code !== "ingest_busy") throw error;
    log.info(who, "reingest refused: another ingest is running");
    await edit(BUSY);
    return;
  }
  await progress.settle();
  log.info({ ...who, indexVersion: summary.indexVersion, articles: summary.articles }, "reingest finished");
  await edit(formatSummary(summary));
}

/** Edits in order, at most one progress edit per interval (the first at once); a failed edit is only logged. */
function createProgressEditor(edit: (content: string) => Promise<unknown>, log: Logger) {
  let lastAt = 0;
  let chain: Promise<unknown> = Promise.resolve();
  return {
    report(content: string) {
      const now = Date.now();
      if (now - lastAt < PROGRESS_EDIT_INTERVAL_MS) return;
      lastAt = now;
      chain = chain
        .then(() => edit(content))
        .catch((error: unknown) => log.warn({ err: toLoggableError(error) }, "progress edit failed"));
    },
    settle: () => chain,
  };
}
