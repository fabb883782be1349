/**
 * `/newsroom-config`: admins only (SLACK_ADMIN_USERS, as for re-ingest). Shows the channel's setup in the
 * ack and opens a modal (views.open) filled with it; the submission is validated by the shared schema and
 * saved, or the modal shows each problem beside its field (response_action: errors).
 */
import type { App, types } from "@slack/bolt";
import type { ChannelSettings, ChannelSettingsStore } from "../../../core/channels/channel-settings";
import { checkChannelSettings, splitNames } from "../../../core/channels/channel-settings-schema";
import { loggableError } from "../../../errors";
import type { Logger } from "../../../logger";
import { CANNED } from "../../chat/canned-texts";
import { readChannelSettings, settingsLines } from "../../chat/channel-setup";
import { CONFIG_COMMAND } from "../replies";

export const CONFIG_VIEW = "newsroom_config";

/** Input block ids, by the settings field whose problems they show. */
const BLOCKS = {
  mode: "mode",
  "filters.publishers": "publishers",
  "filters.sections": "sections",
  "filters.from": "from",
  "filters.to": "to",
  "editors.channel": "editors_channel",
  "editors.group": "editors_group",
} as const;
const ACTION = "value";

export function registerConfigCommand(
  app: App,
  options: { store: ChannelSettingsStore; adminUsers: readonly string[]; logger: Logger },
): void {
  const admins = new Set(options.adminUsers);
  const { store } = options;

  app.command(CONFIG_COMMAND, async ({ command, ack, client }) => {
    const logger = options.logger.child({ command: CONFIG_COMMAND, user: command.user_id });
    if (!admins.has(command.user_id)) {
      logger.warn({ channel: command.channel_id }, "config refused: user is not in SLACK_ADMIN_USERS");
      await ack({ response_type: "ephemeral", text: CANNED.configRefused });
      return;
    }
    const current = await readChannelSettings(
      { channelSettings: store },
      "slack",
      command.channel_id,
      logger,
    );
    await ack({ response_type: "ephemeral", text: showSettings(CANNED.configShown(), current) });
    await client.views
      .open({ trigger_id: command.trigger_id, view: configModal(command.channel_id, current) })
      .catch((error: unknown) => logger.warn(loggableError(error), "could not open the setup modal"));
  });

  app.view(CONFIG_VIEW, async ({ ack, body, view, client }) => {
    const user = body.user.id;
    const logger = options.logger.child({ view: CONFIG_VIEW, user });
    const channel = readChannel(view.private_metadata);
    if (!admins.has(user) || !channel) {
      logger.warn({ channel }, "config submission refused");
      await ack({ response_action: "errors", errors: { [BLOCKS.mode]: CANNED.configRefused } });
      return;
    }
    const checked = checkChannelSettings("slack", readModal(view.state.values));
    if (!checked.ok) {
      const errors: Record<string, string> = {};
      for (const problem of checked.problems) {
        const block = BLOCKS[problem.field as keyof typeof BLOCKS] ?? BLOCKS.mode;
        errors[block] = errors[block] ? `${errors[block]}; ${problem.message}` : problem.message;
      }
      await ack({ response_action: "errors", errors });
      return;
    }
    try {
      await store.set("slack", channel, checked.settings);
    } catch (error) {
      logger.error(loggableError(error), "could not save the channel settings");
      await ack({
        response_action: "errors",
        errors: { [BLOCKS.mode]: `Could not save: ${(error as Error).message}` },
      });
      return;
    }
    await ack();
    logger.info({ channel, settings: checked.settings }, "channel settings saved");
    await client.chat
      .postEphemeral({ channel, user, text: showSettings(CANNED.configSaved(), checked.settings) })
      .catch((error: unknown) => logger.warn(loggableError(error), "could not confirm the saved settings"));
  });
}

function showSettings(heading: string, settings: ChannelSettings): string {
  const lines = settingsLines(settings, {
    channel: (id) => `<#${id}>`,
    // Shown as the id in code, not as <!subteam^…>: showing a setting must never ping the group.
    group: (id) => `\`${id}\``,
  });
  return [heading, ...lines.map((line) => `• ${line}`)].join("\n");
}

function readChannel(metadata: string | undefined): string | undefined {
  try {
    const channel = (JSON.parse(metadata ?? "{}") as { channel?: unknown }).channel;
    return typeof channel === "string" ? channel : undefined;
  } catch {
    return undefined;
  }
}

interface ModalValue {
  value?: string | null;
  selected_option?: { value?: string } | null;
  selected_conversation?: string | null;
}

/** The submitted modal as raw settings for the schema (empty fields left out). */
export function readModal(values: Record<string, Record<string, ModalValue>>): unknown {
  const read = (block: string) => values[block]?.[ACTION];
  const text = (block: string) => read(block)?.value?.trim() || undefined;
  return {
    mode: read(BLOCKS.mode)?.selected_option?.value ?? "mention",
    filters: {
      publishers: splitNames(text(BLOCKS["filters.publishers"])),
      sections: splitNames(text(BLOCKS["filters.sections"])),
      from: text(BLOCKS["filters.from"]),
      to: text(BLOCKS["filters.to"]),
    },
    editors: {
      channel: read(BLOCKS["editors.channel"])?.selected_conversation || undefined,
      group: text(BLOCKS["editors.group"]),
    },
  };
}

function configModal(channel: string, current: ChannelSettings): types.ModalView {
  const f = current.filters ?? {};
  const modeOption = (value: string, label: string): types.PlainTextOption => ({
    text: { type: "plain_text", text: label },
    value,
  });
  const modes = [
    modeOption("mention", "Mention: answer when asked"),
    modeOption("auto", "Auto: answer questions in the channel"),
  ];
  const textInput = (
    block: string,
    label: string,
    initial: string | undefined,
    placeholder: string,
    hint?: string,
  ): types.InputBlock => ({
    type: "input",
    block_id: block,
    optional: true,
    label: { type: "plain_text", text: label },
    ...(hint ? { hint: { type: "plain_text", text: hint } } : {}),
    element: {
      type: "plain_text_input",
      action_id: ACTION,
      placeholder: { type: "plain_text", text: placeholder },
      ...(initial ? { initial_value: initial } : {}),
    },
  });
  return {
    type: "modal",
    callback_id: CONFIG_VIEW,
    private_metadata: JSON.stringify({ channel }),
    title: { type: "plain_text", text: "Channel setup" },
    submit: { type: "plain_text", text: "Save" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      {
        type: "context",
        elements: [{ type: "mrkdwn", text: `Setup for <#${channel}>: how the archive bot answers here.` }],
      },
      {
        type: "input",
        block_id: BLOCKS.mode,
        label: { type: "plain_text", text: "Mode" },
        element: {
          type: "static_select",
          action_id: ACTION,
          options: modes,
          initial_option: current.mode === "auto" ? modes[1] : modes[0],
        },
      },
      textInput(
        BLOCKS["filters.publishers"],
        "Publishers",
        f.publishers?.join(", "),
        "Harbour Herald, Valley Wire",
        "Comma-separated; empty: every publisher.",
      ),
      textInput(
        BLOCKS["filters.sections"],
        "Sections",
        f.sections?.join(", "),
        "Local, Business",
        "Comma-separated; empty: every section.",
      ),
      textInput(BLOCKS["filters.from"], "From date", f.from, "YYYY, YYYY-MM or YYYY-MM-DD"),
      textInput(BLOCKS["filters.to"], "To date", f.to, "YYYY, YYYY-MM or YYYY-MM-DD"),
      {
        type: "input",
        block_id: BLOCKS["editors.channel"],
        optional: true,
        label: { type: "plain_text", text: "Editors' channel" },
        hint: { type: "plain_text", text: "“Ask an editor” posts the question, answer and link there." },
        element: {
          type: "conversations_select",
          action_id: ACTION,
          filter: { include: ["public", "private"], exclude_bot_users: true },
          ...(current.editors?.channel ? { initial_conversation: current.editors.channel } : {}),
        },
      },
      textInput(
        BLOCKS["editors.group"],
        "Editors' user group id",
        current.editors?.group,
        "S0123ABCD",
        "Mentioned in the thread on “Ask an editor”: the one ping the bot sends.",
      ),
    ],
  };
}
