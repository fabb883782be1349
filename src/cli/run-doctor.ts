/** The checks of `newsroom-qa doctor`: config, index, and each configured service's credentials, one line each. */
import { checkDiscordCredentials } from "../adapters/discord/check-discord-credentials";
import { checkSlackCredentials } from "../adapters/slack/check-slack-credentials";
import type { Config } from "../config";
import { ConfigError } from "../errors";
import { openRetriever } from "../index/search/open-retriever";
import { checkOpenAIKey } from "../openai/check-openai-key";
import { checkChannelSettingsFiles, checkStateStore, createEmbedder } from "../wire";

export interface DoctorResult {
  /** One line a check: `ok    name: detail` or `FAIL  name: reason`. */
  lines: string[];
  /** 0 when every check passed, else 1. */
  code: number;
}

type Check = [name: string, run: () => Promise<string>];

function checksFor(config: Readonly<Config>): Check[] {
  const checks: Check[] = [
    [
      "index",
      async () => {
        const retriever = await openRetriever(config.indexDir, createEmbedder(config));
        return `${config.indexDir}: version ${retriever.version} loads and verifies`;
      },
    ],
  ];
  const { slack, discord, openai } = config;
  if (slack) checks.push(["slack", () => checkSlackCredentials(slack)]);
  if (discord) checks.push(["discord", () => checkDiscordCredentials(discord)]);
  if (openai.apiKey) checks.push(["openai", () => checkOpenAIKey(openai)]);
  if (config.state) checks.push(["redis", () => checkStateStore(config)]);
  if (config.channelSettings.seedFile)
    checks.push(["channel settings", () => checkChannelSettingsFiles(config)]);
  return checks;
}

const line = (ok: boolean, name: string, detail: string) => `${ok ? "ok  " : "FAIL"}  ${name}: ${detail}`;

/** Runs every check (none stops the others); `load` is loadConfig over the environment. Secrets never reach a line. */
export async function runDoctor(load: () => Readonly<Config>): Promise<DoctorResult> {
  let config: Readonly<Config>;
  try {
    config = load();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { lines: error.problems.map((problem) => line(false, "config", problem)), code: 1 };
  }
  const services = [
    config.slack && "slack",
    config.discord && "discord",
    config.openai.apiKey && "openai",
    config.state && "redis",
    config.channelSettings.seedFile && "channel settings",
  ];
  const lines = [
    line(true, "config", `valid; checking ${["index", ...services.filter(Boolean)].join(", ")}`),
  ];
  let code = 0;
  for (const [name, run] of checksFor(config)) {
    try {
      lines.push(line(true, name, await run()));
    } catch (error) {
      lines.push(line(false, name, error instanceof Error ? error.message : String(error)));
      code = 1;
    }
  }
  return { lines, code };
}
