/**
 * Per-channel settings kept in a JSON file beside the index (`<INDEX_DIR>/../channel-settings.json`),
 * seeded from CHANNEL_SETTINGS_FILE. Precedence, per channel: a setting saved from chat (`/newsroom-config`,
 * `/config`) wins over the seed file's for that channel, whole (not field by field); a channel in neither
 * has the default (`mention`, no filters, no editors). Both files are validated at start-up: a bad one is a
 * ConfigError naming the file and the field. Every save is atomic (temp file, fsync, rename). Replicas that
 * share the data folder see each other's saves: the file is read again when its size or time changes.
 */
import { readFile, stat } from "node:fs/promises";
import {
  type ChannelSettings,
  type ChannelSettingsStore,
  type ChatPlatformName,
  DEFAULT_CHANNEL_SETTINGS,
} from "../core/channels/channel-settings";
import {
  channelSettingsFileSchema,
  fieldProblems,
  tidySettings,
} from "../core/channels/channel-settings-schema";
import { ConfigError } from "../errors";
import { type AtomicWriteSteps, writeAtomically } from "./write-atomically";

export interface FileChannelSettingsOptions {
  /** Where chat edits are saved (read back at start). */
  file: string;
  /** CHANNEL_SETTINGS_FILE: the seed, read-only. */
  seedFile?: string;
  /** For tests: the atomic write's rename step. */
  writeSteps?: AtomicWriteSteps;
}

type Channels = Record<ChatPlatformName, Map<string, ChannelSettings>>;

const PLATFORMS: ChatPlatformName[] = ["slack", "discord"];
const empty = (): Channels => ({ slack: new Map(), discord: new Map() });

export class FileChannelSettings implements ChannelSettingsStore {
  private seed: Channels = empty();
  private saved: Channels = empty();
  private loaded: Promise<void> | undefined;
  /** Size and mtime of the saved file when last read, to notice another process's save. */
  private seen = "";
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: FileChannelSettingsOptions) {}

  /** Reads and checks both files; throws ConfigError naming the file and field. Called at start-up. */
  load(): Promise<void> {
    this.loaded ??= (async () => {
      if (this.options.seedFile)
        this.seed = await readSettingsFile(this.options.seedFile, "CHANNEL_SETTINGS_FILE", false);
      await this.refresh();
    })();
    return this.loaded;
  }

  async get(platform: ChatPlatformName, channelId: string): Promise<ChannelSettings> {
    await this.load();
    await this.refresh().catch(() => undefined); // a damaged save by another process: keep what we have
    return (
      this.saved[platform].get(channelId) ?? this.seed[platform].get(channelId) ?? DEFAULT_CHANNEL_SETTINGS
    );
  }

  async set(platform: ChatPlatformName, channelId: string, settings: ChannelSettings): Promise<void> {
    await this.load();
    const job = async () => {
      await this.refresh();
      const next: Channels = { slack: new Map(this.saved.slack), discord: new Map(this.saved.discord) };
      next[platform].set(channelId, tidySettings(settings));
      await writeAtomically(this.options.file, serialise(next), this.options.writeSteps);
      this.saved = next;
      this.seen = await fingerprint(this.options.file);
    };
    const run = this.queue.then(job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Reads the saved file again when it changed on disk. */
  private async refresh(): Promise<void> {
    const now = await fingerprint(this.options.file);
    if (now === this.seen) return;
    this.saved = await readSettingsFile(this.options.file, "the saved channel settings", true);
    this.seen = now;
  }
}

async function fingerprint(file: string): Promise<string> {
  const info = await stat(file).catch(() => undefined);
  return info ? `${info.size}:${info.mtimeMs}` : "";
}

function serialise(channels: Channels): string {
  const out: Record<string, Record<string, ChannelSettings>> = {};
  for (const platform of PLATFORMS) {
    const entries = [...channels[platform]].sort(([a], [b]) => a.localeCompare(b));
    if (entries.length) out[platform] = Object.fromEntries(entries);
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The channels in a settings file; a missing file is empty when `optional`, else an error. */
async function readSettingsFile(file: string, name: string, optional: boolean): Promise<Channels> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === "ENOENT") return empty();
    throw new ConfigError([`${name} (${file}): cannot be read: ${(error as Error).message}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError([`${name} (${file}): not valid JSON: ${(error as Error).message}`]);
  }
  const parsed = channelSettingsFileSchema().safeParse(json);
  if (!parsed.success)
    throw new ConfigError(
      fieldProblems(parsed.error).map((p) => `${name} (${file}): ${p.field}: ${p.message}`),
    );
  const channels = empty();
  for (const platform of PLATFORMS)
    for (const [id, settings] of Object.entries(parsed.data[platform] ?? {}))
      channels[platform].set(id, tidySettings(settings));
  return channels;
}
