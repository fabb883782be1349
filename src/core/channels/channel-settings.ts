/**
 * Per-channel setup (issue 17): what an admin chose for one Slack channel or Discord channel/forum.
 * The chat adapters read it through `ChannelSettingsStore`; the file-backed store (persisted atomically
 * beside the index, seeded from the JSON file named by CHANNEL_SETTINGS_FILE) implements it.
 */
export type ChannelMode = "mention" | "auto";

export type ChatPlatformName = "slack" | "discord";

export interface ChannelFilters {
  /** Keep only these publishers (case-insensitive). */
  publishers?: string[];
  /** Keep only these sections (case-insensitive). */
  sections?: string[];
  /** Inclusive bounds, YYYY[-MM[-DD]]. */
  from?: string;
  to?: string;
}

/** Where a hand-off ("Ask an editor") goes: an editors' channel to post in, and/or a group to mention. */
export interface EditorsContact {
  /** Slack channel id or Discord channel id the hand-off is posted to. */
  channel?: string;
  /** Slack user-group id or Discord role id mentioned in the thread: the one ping the bot may send. */
  group?: string;
}

export interface ChannelSettings {
  /** `mention` (default): answer only when asked; `auto`: answer top-level questions in a thread. */
  mode: ChannelMode;
  filters?: ChannelFilters;
  editors?: EditorsContact;
}

export const DEFAULT_CHANNEL_SETTINGS: ChannelSettings = { mode: "mention" };

export interface ChannelSettingsStore {
  /** The channel's settings, or DEFAULT_CHANNEL_SETTINGS when none were set. */
  get(platform: ChatPlatformName, channelId: string): Promise<ChannelSettings>;
  /** Replaces the channel's settings (validated by the caller) and persists them before resolving. */
  set(platform: ChatPlatformName, channelId: string, settings: ChannelSettings): Promise<void>;
}

/** Settings kept in memory only: the default when nothing is configured, and for tests. */
export class MemoryChannelSettings implements ChannelSettingsStore {
  private readonly byChannel = new Map<string, ChannelSettings>();

  async get(platform: ChatPlatformName, channelId: string): Promise<ChannelSettings> {
    return this.byChannel.get(`${platform}:${channelId}`) ?? DEFAULT_CHANNEL_SETTINGS;
  }

  async set(platform: ChatPlatformName, channelId: string, settings: ChannelSettings): Promise<void> {
    this.byChannel.set(`${platform}:${channelId}`, settings);
  }
}
