/**
 * The one validation of per-channel settings (issue 17), shared by the CHANNEL_SETTINGS_FILE seed, the
 * persisted file and the chat commands: `/newsroom-config`'s modal and Discord's `/config` options. Every
 * problem names its field, so a bad file is a clear start-up error and a bad command input a clear reply.
 */
import { z } from "zod";
import { DATE_HINT, parseDateBound } from "../question/question-filters";
import type { ChannelSettings, ChatPlatformName } from "./channel-settings";

/** A Slack channel (C…, G…) and user group (S…); Discord channel and role ids are snowflakes. */
const ID_PATTERNS: Record<ChatPlatformName, { channel: RegExp; group: RegExp; groupName: string }> = {
  slack: { channel: /^[CG][A-Z0-9]{2,}$/, group: /^S[A-Z0-9]{2,}$/, groupName: "a user-group id (S…)" },
  discord: { channel: /^\d{15,21}$/, group: /^\d{15,21}$/, groupName: "a role id (a number)" },
};

const dateBound = z
  .string()
  .trim()
  .refine((value) => parseDateBound(value) !== null, { message: `not a date: ${DATE_HINT}` });

const names = z
  .array(z.string().trim().min(1, "an empty name").max(200, "longer than 200 characters"))
  .max(50, "more than 50 names");

/** The zod schema of one channel's settings on `platform` (ids checked in that platform's shape). */
export function channelSettingsSchema(platform: ChatPlatformName) {
  const ids = ID_PATTERNS[platform];
  return z
    .object({
      mode: z.enum(["mention", "auto"], { message: "must be mention or auto" }).default("mention"),
      filters: z
        .object({
          publishers: names.optional(),
          sections: names.optional(),
          from: dateBound.optional(),
          to: dateBound.optional(),
        })
        .strict()
        // Only between two real dates: a bad one is already told as such.
        .refine(
          (f) =>
            !(
              f.from &&
              f.to &&
              parseDateBound(f.from) &&
              parseDateBound(f.to) &&
              f.from.slice(0, f.to.length) > f.to
            ),
          {
            message: "from is after to, so no article could match",
            path: ["from"],
          },
        )
        .optional(),
      editors: z
        .object({
          channel: z
            .string()
            .trim()
            .regex(
              ids.channel,
              `must be a ${platform === "slack" ? "channel id (C…)" : "channel id (a number)"}`,
            )
            .optional(),
          group: z.string().trim().regex(ids.group, `must be ${ids.groupName}`).optional(),
        })
        .strict()
        .optional(),
    })
    .strict();
}

/** The seed and persisted files: `{ "slack": { "<channel id>": settings }, "discord": { … } }`. */
export function channelSettingsFileSchema() {
  const channels = (platform: ChatPlatformName) =>
    z.record(z.string().trim().min(1, "an empty channel id"), channelSettingsSchema(platform));
  return z.object({ slack: channels("slack").optional(), discord: channels("discord").optional() }).strict();
}

export type SettingsCheck = { ok: true; settings: ChannelSettings } | { ok: false; problems: FieldProblem[] };

/** One problem, by field path (`filters.from`, `editors.group`) and what is wrong. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Checks settings from anywhere (file, modal, options) and drops empty parts, so what is stored is tidy. */
export function checkChannelSettings(platform: ChatPlatformName, raw: unknown): SettingsCheck {
  const parsed = channelSettingsSchema(platform).safeParse(raw);
  if (!parsed.success) return { ok: false, problems: fieldProblems(parsed.error) };
  return { ok: true, settings: tidySettings(parsed.data) };
}

/** zod issues as `field: message` pairs. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.join(".") || "(settings)",
    message: issue.message,
  }));
}

/** Without empty lists, empty objects or unset bounds. */
export function tidySettings(settings: ChannelSettings): ChannelSettings {
  const f = settings.filters ?? {};
  const filters = {
    ...(f.publishers?.length ? { publishers: f.publishers } : {}),
    ...(f.sections?.length ? { sections: f.sections } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
  };
  const e = settings.editors ?? {};
  const editors = { ...(e.channel ? { channel: e.channel } : {}), ...(e.group ? { group: e.group } : {}) };
  return {
    mode: settings.mode,
    ...(Object.keys(filters).length ? { filters } : {}),
    ...(Object.keys(editors).length ? { editors } : {}),
  };
}

/** A comma- or newline-separated list as typed in a modal or an option ("A, B"); empty or "none": no list. */
export function splitNames(text: string | null | undefined): string[] | undefined {
  if (!text || /^\s*(none|-)\s*$/i.test(text)) return undefined;
  const list = text
    .split(/[,\n]/)
    .map((name) => name.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return list.length ? list : undefined;
}
