/** Bolt's Logger interface over our pino logger, so Bolt, its WebClient and Socket Mode log as JSON lines. */
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../logger";

/**
 * Bolt prints whole request bodies (response_url, legacy verification token) at debug level when its logger
 * reports DEBUG, so this one always reports INFO and sends Bolt's debug lines to pino's trace.
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: "bolt" });
  const line = (parts: unknown[]) =>
    parts
      .map((part) =>
        typeof part === "string" ? part : part instanceof Error ? part.message : safeJson(part),
      )
      .join(" ");
  return {
    debug: (...parts: unknown[]) => log.trace(line(parts)),
    info: (...parts: unknown[]) => log.info(line(parts)),
    warn: (...parts: unknown[]) => log.warn(line(parts)),
    error: (...parts: unknown[]) => log.error(line(parts)),
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
