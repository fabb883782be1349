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

/**
 * Synchronous writes to fd 2 that give up quietly when the reader is gone (`… 2>&1 | head`): an
 * unhandled EPIPE would otherwise leave the process retrying its write forever instead of exiting.
 */
function stderr(): pino.DestinationStream {
  const stream = pino.destination({ dest: 2, sync: true });
  stream.on("error", () => {});
  return stream;
}

/** Logs to stderr (or `destination`), so stdout stays free for CLI output such as `ask --json`. */
export function createLogger(level = "info", destination?: pino.DestinationStream): Logger {
  return pino(
    { level, base: { app: "newsroom-qa" }, redact: { paths: REDACT, censor: "[redacted]" } },
    destination ?? stderr(),
  );
}

export const silentLogger: Logger = pino({ level: "silent" });
