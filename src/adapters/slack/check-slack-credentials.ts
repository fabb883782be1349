/** One harmless Web API call (auth.test) that proves the bot token works; for `newsroom-qa doctor`. */
import { webApi } from "@slack/bolt";
import type { Config } from "../../config";
import { describeStartFailure } from "./describe-start-failure";

export async function checkSlackCredentials(slack: NonNullable<Config["slack"]>): Promise<string> {
  const client = new webApi.WebClient(slack.botToken, {
    ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}),
    timeout: 10_000,
    retryConfig: { retries: 0 },
  });
  try {
    const auth = await client.auth.test();
    return `auth.test: bot ${auth.user ?? "?"} in workspace ${auth.team ?? "?"}`;
  } catch (error) {
    throw new Error(describeStartFailure(error, "auth.test", slack.apiUrl));
  }
}
