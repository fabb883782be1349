/**
 * `/config`: admins only (DISCORD_ADMIN_USERS, as for /reingest). Without options it shows the channel's
 * setup; with options it changes those fields (the others stay; `reset:true` starts from the default), checks
 * the result with the shared schema and saves it, or says what is wrong. Every reply is ephemeral. `channel`
 * picks another channel or a forum; the default is where the command is typed (a thread's parent).
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
} from "discord.js";
import { type ChannelSettings, DEFAULT_CHANNEL_SETTINGS } from "../../../core/channels/channel-settings";
import { checkChannelSettings, splitNames } from "../../../core/channels/channel-settings-schema";
import type { Logger } from "../../../logger";
import { CANNED } from "../../chat/canned-texts";
import { problemLines, readChannelSettings, settingsLines } from "../../chat/channel-setup";
import type { HandlerContext } from "../handler-context";
import { NO_PINGS } from "../replies";
import { settingsChannel } from "../settings-channel";
import type { SlashCommand } from "./slash-command";

/** The option a settings field is set with, to name it in a problem. */
const OPTION_OF: Record<string, string> = {
  mode: "mode",
  "filters.publishers": "publishers",
  "filters.sections": "sections",
  "filters.from": "from",
  "filters.to": "to",
  "editors.channel": "editors-channel",
  "editors.group": "editors-role",
};

const FIELD_OPTIONS = [
  "mode",
  "publishers",
  "sections",
  "from",
  "to",
  "editors-channel",
  "editors-role",
  "reset",
];

async function execute(
  interaction: ChatInputCommandInteraction,
  ctx: HandlerContext,
  log: Logger,
): Promise<void> {
  const reply = (content: string) =>
    interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
  const who = { userId: interaction.user.id, guildId: interaction.guildId };
  if (!ctx.adminUsers.includes(interaction.user.id)) {
    log.warn(who, "config refused: user is not in DISCORD_ADMIN_USERS");
    await reply(CANNED.configRefused);
    return;
  }
  const store = ctx.channelSettings;
  const o = interaction.options;
  const channelId =
    o.getChannel("channel")?.id ?? settingsChannel(interaction.channel, interaction.channelId);
  if (!channelId) {
    await reply("Run /config in a server channel, or pick one with the channel option.");
    return;
  }
  const current = await readChannelSettings({ channelSettings: store }, "discord", channelId, log);
  const given = interaction.options.data.filter((option) => FIELD_OPTIONS.includes(option.name));
  if (given.length === 0) {
    await reply(showSettings(CANNED.configShown(`<#${channelId}>`), current));
    return;
  }
  const base: ChannelSettings = o.getBoolean("reset") ? DEFAULT_CHANNEL_SETTINGS : current;
  const text = (name: string) => o.getString(name);
  const listOr = (name: string, kept: string[] | undefined) =>
    text(name) === null ? kept : splitNames(text(name));
  const dateOr = (name: string, kept: string | undefined) => {
    const value = text(name);
    return value === null ? kept : /^\s*(none|-)\s*$/i.test(value) ? undefined : value;
  };
  const raw = {
    mode: text("mode") ?? base.mode,
    filters: {
      publishers: listOr("publishers", base.filters?.publishers),
      sections: listOr("sections", base.filters?.sections),
      from: dateOr("from", base.filters?.from),
      to: dateOr("to", base.filters?.to),
    },
    editors: {
      channel: o.getChannel("editors-channel")?.id ?? base.editors?.channel,
      group: o.getRole("editors-role")?.id ?? base.editors?.group,
    },
  };
  const checked = checkChannelSettings("discord", raw);
  if (!checked.ok) {
    log.info({ ...who, problems: checked.problems }, "config input refused");
    const lines = problemLines(
      checked.problems.map((p) => ({ field: OPTION_OF[p.field] ?? p.field, message: p.message })),
    );
    await reply([CANNED.configInvalid, ...lines.map((line) => `• ${line}`)].join("\n"));
    return;
  }
  await store.set("discord", channelId, checked.settings);
  log.info({ ...who, channelId, settings: checked.settings }, "channel settings saved");
  await reply(showSettings(CANNED.configSaved(`<#${channelId}>`), checked.settings));
}

function showSettings(heading: string, settings: ChannelSettings): string {
  const lines = settingsLines(settings, {
    channel: (id) => `<#${id}>`,
    // The role by id, never as <@&…>: showing a setting must not look like (or become) a ping.
    group: (id) => `role \`${id}\``,
  });
  return [heading, ...lines.map((line) => `• ${line}`)].join("\n");
}

const DATE_MAX_LENGTH = 20;
const LIST_MAX_LENGTH = 1000;
const CHANNEL_TYPES = [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum] as const;

/** `/config`: its definition as PUT to Discord, and its handler. */
export const configCommand: SlashCommand = {
  name: "config",
  data: () => ({
    type: ApplicationCommandType.ChatInput,
    name: "config",
    description: "Admins only: show or set this channel's archive bot setup (mode, filters, editors).",
    // Hidden from all but server admins by default; the bot still checks DISCORD_ADMIN_USERS.
    default_member_permissions: "0",
    dm_permission: false,
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "mode",
        description: "mention: answer when asked; auto: answer questions in the channel.",
        required: false,
        choices: [
          { name: "mention", value: "mention" },
          { name: "auto", value: "auto" },
        ],
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "publishers",
        description: "Only these publishers, comma-separated; none: every publisher.",
        required: false,
        max_length: LIST_MAX_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "sections",
        description: "Only these sections, comma-separated; none: every section.",
        required: false,
        max_length: LIST_MAX_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "from",
        description: "Only articles from this date: YYYY, YYYY-MM or YYYY-MM-DD; none: no bound.",
        required: false,
        max_length: DATE_MAX_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "to",
        description: "Only articles up to this date: YYYY, YYYY-MM or YYYY-MM-DD; none: no bound.",
        required: false,
        max_length: DATE_MAX_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.Channel,
        name: "editors-channel",
        description: "Where “Ask an editor” posts the question, the answer and its link.",
        required: false,
        channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
      },
      {
        type: ApplicationCommandOptionType.Role,
        name: "editors-role",
        description: "The role “Ask an editor” mentions under the answer: the one ping the bot sends.",
        required: false,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: "reset",
        description: "Start from the default (mention, no filters, no editors) before the other options.",
        required: false,
      },
      {
        type: ApplicationCommandOptionType.Channel,
        name: "channel",
        description: "The channel or forum to set up; default: this one.",
        required: false,
        channel_types: [...CHANNEL_TYPES],
      },
    ],
  }),
  execute,
};
