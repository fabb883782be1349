/** Which channel's settings apply to a message: its own, or in a thread (a forum post too) its parent's. */
import type { Channel } from "discord.js";

export function settingsChannel(channel: Channel | null, channelId?: string | null): string | null {
  if (!channel) return channelId ?? null;
  if (channel.isDMBased()) return null;
  return channel.isThread() ? (channel.parentId ?? channel.id) : channel.id;
}
