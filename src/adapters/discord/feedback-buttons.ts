/**
 * The 👍/👎 button row under an answer (and "Ask an editor" where the channel has an editors' contact), and
 * parsing of their custom_ids (`fb:up:<id>`, `ed:<id>`, always under 100 characters).
 */
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from "discord.js";

const PREFIX = "fb";

export type Vote = "up" | "down";

export function buildFeedbackRow(
  recordId: string,
  options: { askEditor?: boolean } = {},
): APIActionRowComponent<APIButtonComponent> {
  const button = (vote: Vote, emoji: string, label: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: `${PREFIX}:${vote}:${recordId}`,
    emoji: { name: emoji },
    label,
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      button("up", "👍", "Helpful"),
      button("down", "👎", "Not helpful"),
      ...(options.askEditor
        ? [
            {
              type: ComponentType.Button,
              style: ButtonStyle.Secondary,
              custom_id: `${HAND_OFF_PREFIX}:${recordId}`,
              emoji: { name: "🙋" },
              label: "Ask an editor",
            } satisfies APIButtonComponent,
          ]
        : []),
    ],
  };
}

const HAND_OFF_PREFIX = "ed";

/** The record id in an "Ask an editor" button's custom_id, or null for any other custom_id. */
export function parseHandOffCustomId(customId: string): string | null {
  return /^ed:([\w-]{1,64})$/.exec(customId)?.[1] ?? null;
}

/** The vote and record id in a feedback button's custom_id, or null for any other custom_id. */
export function parseFeedbackCustomId(customId: string): { vote: Vote; recordId: string } | null {
  const match = /^fb:(up|down):([\w-]{1,64})$/.exec(customId);
  if (!match?.[1] || !match[2]) return null;
  return { vote: match[1] as Vote, recordId: match[2] };
}
