/**
 * What both adapters do with a channel's settings (issue 17): read them (the default when none are stored
 * or the store fails), search within the channel's filters, and show a setting as text.
 */
import { withinChannel } from "../../core/channels/channel-filters";
import {
  type ChannelSettings,
  type ChatPlatformName,
  DEFAULT_CHANNEL_SETTINGS,
} from "../../core/channels/channel-settings";
import type { FieldProblem } from "../../core/channels/channel-settings-schema";
import type { SearchFilters } from "../../core/types";
import { loggableError } from "../../errors";
import type { Logger } from "../../logger";
import type { PlatformDeps } from "../platform";

/** The channel's settings; a failing store costs the filters, never the answer. */
export async function readChannelSettings(
  deps: Pick<PlatformDeps, "channelSettings">,
  platform: ChatPlatformName,
  channelId: string | null | undefined,
  logger: Logger,
): Promise<ChannelSettings> {
  if (!deps.channelSettings || !channelId) return DEFAULT_CHANNEL_SETTINGS;
  try {
    return await deps.channelSettings.get(platform, channelId);
  } catch (error) {
    logger.warn(
      { ...loggableError(error), channelId },
      "could not read the channel settings; using defaults",
    );
    return DEFAULT_CHANNEL_SETTINGS;
  }
}

export type ChannelQuestion =
  | { ok: true; settings: ChannelSettings; filters?: SearchFilters }
  | { ok: false; message: string };

/** The settings of the channel a question was asked in, and the filters to search with (core/channels/channel-filters). */
export async function channelQuestion(
  deps: Pick<PlatformDeps, "channelSettings">,
  platform: ChatPlatformName,
  channelId: string | null | undefined,
  askerFilters: SearchFilters | undefined,
  logger: Logger,
): Promise<ChannelQuestion> {
  const settings = await readChannelSettings(deps, platform, channelId, logger);
  const within = withinChannel(settings.filters, askerFilters);
  return within.ok ? { ok: true, settings, filters: within.filters } : within;
}

/** An "Ask an editor" button goes under answers only where an editors' channel or group is set. */
export const hasEditors = (settings: ChannelSettings): boolean =>
  Boolean(settings.editors?.channel || settings.editors?.group);

/** A setting as plain lines; `channel` and `group` render ids the platform's way (`<#C1>`, `<@&1>`). */
export function settingsLines(
  settings: ChannelSettings,
  show: { channel(id: string): string; group(id: string): string },
): string[] {
  const f = settings.filters ?? {};
  const e = settings.editors ?? {};
  const list = (names: string[] | undefined) => (names?.length ? names.join(", ") : "any");
  return [
    `Mode: ${settings.mode === "auto" ? "auto (answers questions without being asked)" : "mention (answers when asked)"}`,
    `Publishers: ${list(f.publishers)}`,
    `Sections: ${list(f.sections)}`,
    `Dates: ${f.from || f.to ? `${f.from ?? "any"} to ${f.to ?? "any"}` : "any"}`,
    `Editors' channel: ${e.channel ? show.channel(e.channel) : "none"}`,
    `Editors' group: ${e.group ? show.group(e.group) : "none"}`,
  ];
}

/** Validation problems as one line each, for a reply. */
export const problemLines = (problems: FieldProblem[]): string[] =>
  problems.map((problem) => `${problem.field}: ${problem.message}`);
