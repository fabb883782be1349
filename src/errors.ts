/** A small family of coded errors; callers branch on `code`, users see `message`. */

export class BotError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** Bad or missing environment: the message lists every problem, each naming its variable. */
export class ConfigError extends BotError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super("config_invalid", `Configuration problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
  }
}

/** No usable index at INDEX_DIR. */
export class IndexMissingError extends BotError {
  constructor(indexDir: string, detail?: string) {
    super(
      "index_missing",
      `No index at ${indexDir}${detail ? ` (${detail})` : ""}. Build it with: npm run ingest -- --index ${indexDir}`,
    );
  }
}

/** The index exists but its files fail verification. */
export class IndexCorruptError extends BotError {
  constructor(indexDir: string, detail: string) {
    super(
      "index_corrupt",
      `The index at ${indexDir} is damaged (${detail}). Rebuild it with: npm run ingest -- --index ${indexDir}`,
    );
  }
}

/** Another ingest holds the lock. */
export class IngestBusyError extends BotError {
  constructor(detail: string) {
    super("ingest_busy", `Another ingest is already running (${detail}). Try again when it has finished.`);
  }
}

/** The index was built by a different embedder than the one configured. */
export class EmbedderMismatchError extends BotError {
  constructor(indexEmbedder: string, configured: string) {
    super(
      "embedder_mismatch",
      `The index was built with embedder ${indexEmbedder} but ${configured} is configured. Re-run npm run ingest to rebuild it.`,
    );
  }
}

/** A remote service (OpenAI, a feed, a CMS) failed. */
export class UpstreamError extends BotError {
  readonly service: string;
  constructor(service: string, message: string, options?: { cause?: unknown }) {
    super("upstream_failed", `${service}: ${message}`, options);
    this.service = service;
  }
}

/** A chat platform could not be reached or refused the bot at start-up; the message names the request. */
export class PlatformStartError extends BotError {
  readonly platform: string;
  constructor(platform: string, detail: string, options?: { cause?: unknown }) {
    super("platform_start_failed", `${platform}: ${detail}`, options);
    this.platform = platform;
  }
}

/**
 * What a log line says about a failure: its code and message, never a stack or the error object (library
 * errors can carry request URLs, headers or tokens in their fields).
 */
export function loggableError(error: unknown): { code?: string; error: string } {
  if (error instanceof BotError) return { code: error.code, error: error.message };
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" ? { code, error: error.message } : { error: error.message };
  }
  return { error: String(error) };
}
