/** The 👍/👎 button row under an answer, and parsing of its custom_id (`fb:up:<id>`, always under 100 characters). */
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from "discord.js";

const PREFIX = "fb";

export type Vote = "up" | "down";

export function buildFeedbackRow(recordId: string): APIActionRowComponent<APIButtonComponent> {
  const button = (vote: Vote, emoji: string, label: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: `${PREFIX}:${vote}:${recordId}`,
    emoji: { name: emoji },
    label,
  });
  return {
    type: ComponentType.ActionRow,
    components: [button("up", "👍", "Helpful"), button("down", "👎", "Not helpful")],
  };
}

/** The vote and record id in a feedback button's custom_id, or null for any other custom_id. */
export function parseFeedbackCustomId(customId: string): { vote: Vote; recordId: string } | null {
  const match = /^fb:(up|down):([\w-]{1,64})$/.exec(customId);
  if (!match?.[1] || !match[2]) return null;
  return { vote: match[1] as Vote, recordId: match[2] };
}
