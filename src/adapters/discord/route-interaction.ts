/** Sends each interaction to its handler; any failure is logged (without tokens) and ends in a short apology. */

import { type Interaction, MessageFlags } from "discord.js";
import { loggableError } from "../../errors";
import type { Logger } from "../../logger";
import { CANNED } from "../chat/canned-texts";
import { COMMANDS } from "./commands/all-commands";
import { parseHandOffCustomId } from "./feedback-buttons";
import { handleAnswerButtons } from "./handle-answer-buttons";
import { handleHandOff } from "./handle-hand-off";
import type { HandlerContext } from "./handler-context";
import { NO_PINGS, REPLIES } from "./replies";

/** An interaction token lives 15 minutes; so does its claim. */
const DEDUPE_MS = 15 * 60 * 1000;

/** Never rejects. */
export async function routeInteraction(interaction: Interaction, ctx: HandlerContext): Promise<void> {
  const log = ctx.logger.child({ interactionId: interaction.id });
  try {
    // Two replicas (or a reconnect) can both receive one interaction: the first claim answers it.
    if (!(await ctx.state.claim(`discord:interaction:${interaction.id}`, DEDUPE_MS))) {
      log.info("duplicate interaction ignored");
      return;
    }
    if (interaction.isChatInputCommand()) {
      const command = COMMANDS.get(interaction.commandName);
      if (command) await command.execute(interaction, ctx, log);
      else {
        log.info({ command: interaction.commandName }, "unknown command");
        await interaction.reply({
          content: REPLIES.unknownCommand,
          flags: MessageFlags.Ephemeral,
          allowedMentions: NO_PINGS,
        });
      }
    } else if (interaction.isButton()) {
      if (parseHandOffCustomId(interaction.customId)) await handleHandOff(interaction, ctx, log);
      else await handleAnswerButtons(interaction, ctx, log);
    } else if (interaction.isAutocomplete()) {
      await interaction.respond([]);
    } else {
      log.debug({ type: interaction.type }, "ignored interaction");
    }
  } catch (error) {
    log.error(loggableError(error), "interaction failed");
    await apologise(interaction, log);
  }
}

async function apologise(interaction: Interaction, log: Logger): Promise<void> {
  if (!interaction.isRepliable()) return;
  const apology = { content: CANNED.apology, allowedMentions: NO_PINGS };
  try {
    if (interaction.deferred && !interaction.replied) {
      await interaction.editReply({ ...apology, embeds: [], components: [] });
    } else if (interaction.replied) {
      await interaction.followUp({ ...apology, flags: MessageFlags.Ephemeral });
    } else {
      await interaction.reply({ ...apology, flags: MessageFlags.Ephemeral });
    }
  } catch (error) {
    log.warn(loggableError(error), "could not send the apology");
  }
}
