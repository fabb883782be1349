/** Repairs or drops gateway dispatches that would otherwise throw inside discord.js, where no handler can catch it. */
import { loggableError } from "../../errors";
import type { Logger } from "../../logger";

type Dict = Record<string, unknown>;

/** An event name discord.js has no handler for: a dispatch renamed to it is ignored. */
export const DROPPED_EVENT = "NEWSROOM_QA_DROPPED";

/**
 * Listener for the client's `raw` event. discord.js 14 emits `raw` synchronously with the very packet object
 * it then handles (src/client/websocket/WebSocketManager.js), and its INTERACTION_CREATE / MESSAGE_CREATE
 * handlers throw on some missing fields (e.g. `entitlements`, `authorizing_integration_owners`, `user` and
 * `member`) as uncaught exceptions. So fill harmless defaults, or rename the packet so it is skipped.
 */
export function createRawPacketGuard(logger: Logger): (packet: unknown) => void {
  return (packet) => {
    try {
      if (!isDict(packet) || typeof packet.t !== "string") return;
      const problem = inspect(packet.t, packet.d);
      if (!problem) return;
      logger.warn({ event: packet.t, problem }, "dropped a malformed gateway event");
      packet.t = DROPPED_EVENT;
    } catch (error) {
      logger.warn(loggableError(error), "raw packet guard failed");
    }
  };
}

function inspect(event: string, data: unknown): string | null {
  if (event === "INTERACTION_CREATE") return inspectInteraction(data);
  if (event === "MESSAGE_CREATE") return inspectMessage(data);
  return null;
}

function inspectInteraction(d: unknown): string | null {
  if (!isDict(d)) return "no payload";
  if (!isId(d.id) || typeof d.type !== "number") return "no id or type";
  const user = isDict(d.user) ? d.user : isDict(d.member) && isDict(d.member.user) ? d.member.user : null;
  if (!user || !isId(user.id)) return "no user or member";
  if (d.channel !== undefined && d.channel !== null && !isDict(d.channel)) return "bad channel";
  // types 2 (command), 3 (component), 4 (autocomplete) and 5 (modal) all read `data`
  if (d.type >= 2 && !isDict(d.data)) return "no data";
  if (isDict(d.data) && d.data.options !== undefined && !isListOf(d.data.options, isDict))
    return "bad options";
  if (d.type === 3 && !(isDict(d.message) && isId(d.message.id))) return "component without message";
  if (!Array.isArray(d.entitlements)) d.entitlements = [];
  if (!isDict(d.authorizing_integration_owners)) d.authorizing_integration_owners = {};
  return null;
}

function inspectMessage(d: unknown): string | null {
  if (!isDict(d) || !isId(d.id) || !isId(d.channel_id)) return "no id or channel";
  if (!isDict(d.author) || !isId(d.author.id)) return "no author";
  for (const key of ["mentions", "mention_roles", "embeds", "attachments", "components"]) {
    if (d[key] !== undefined && !Array.isArray(d[key])) return `bad ${key}`;
  }
  if (d.content !== undefined && typeof d.content !== "string") return "bad content";
  return null;
}

function isDict(value: unknown): value is Dict {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

function isListOf(value: unknown, check: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.every(check);
}
