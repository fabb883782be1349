/** JSON-lines logging through pino, with secrets redacted; the logger is passed in, never imported. */
import pino from "pino";

export type Logger = pino.Logger;

const REDACT = [
  "token",
  "apiKey",
  "authorization",
  "*.token",
  "*.apiKey",
  "*.authorization",
  "*.headers.authorization",
  "config.slack.botToken",
  "config.slack.appToken",
  "config.slack.signingSecret",
  "config.discord.token",
  "config.openai.apiKey",
];

/** Logs to stderr (or `destination`), so stdout stays free for CLI output such as `ask --json`. */
export function createLogger(level = "info", destination?: pino.DestinationStream): Logger {
  return pino(
    { level, base: { app: "newsroom-qa" }, redact: { paths: REDACT, censor: "[redacted]" } },
    destination ?? pino.destination(2),
  );
}

export const silentLogger: Logger = pino({ level: "silent" });
