/** One harmless REST call (GET /users/@me) that proves the bot token works; for `newsroom-qa doctor`. */
import { REST, Routes } from "discord.js";
import type { Config } from "../../config";
import { describeStartFailure } from "./describe-start-failure";

interface DiscordUser {
  username?: string;
  id?: string;
}

export async function checkDiscordCredentials(discord: NonNullable<Config["discord"]>): Promise<string> {
  const rest = new REST({ retries: 0, timeout: 10_000, ...(discord.apiUrl ? { api: discord.apiUrl } : {}) });
  rest.setToken(discord.token);
  const url = `${rest.options.api}/v${rest.options.version}${Routes.user()}`;
  try {
    const me = (await rest.get(Routes.user())) as DiscordUser;
    return `GET /users/@me: bot ${me.username ?? "?"} (${me.id ?? "?"})`;
  } catch (error) {
    throw new Error(describeStartFailure(error, url));
  }
}
