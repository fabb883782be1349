/** Process shell for `npm start`: load config, wire the bot, start every configured platform, stop on signals. */
import { createCommand } from "./cli/run-cli";
import { enabledPlatforms, loadConfig } from "./config";
import { ConfigError } from "./errors";
import { createLogger } from "./logger";
import { createApp, exitWhenStopped } from "./wire";

const NO_PLATFORM = `No chat platform is configured. Set one of:
  Slack, Socket Mode: SLACK_BOT_TOKEN and SLACK_APP_TOKEN
  Slack, HTTP mode:   SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (and PORT)
  Discord:            DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID
See README.md, "Running the bot".`;

async function main(): Promise<void> {
  createCommand("start")
    .description("Run the Slack and/or Discord bot configured in the environment (README, Running the bot).")
    .parse(process.argv);
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const platforms = enabledPlatforms(config);
  if (platforms.length === 0) {
    process.stderr.write(`${NO_PLATFORM}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  const app = await createApp(config, logger);
  exitWhenStopped(app, logger, "shutting down", [
    { event: "SIGTERM", reason: "SIGTERM" },
    { event: "SIGINT", reason: "SIGINT" },
  ]);
  await app.start();
  // Paths are absolute (resolved at config load against this working directory): say where data lives.
  const { corpusDir, indexDir, feedbackFile } = config;
  logger.info(
    {
      platforms,
      cwd: process.cwd(),
      corpusDir,
      indexDir,
      feedbackFile,
      healthPort: app.healthPort(),
      // The URL with its password as "***"; "memory" when replicas share nothing.
      state: config.state?.display ?? "memory",
    },
    `newsroom-qa started: ${platforms.join(", ")}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `newsroom-qa failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
