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

/**
 * The replicas' shared state (Redis, STATE_URL) does not answer, so the shared re-ingest lock cannot be taken:
 * a re-ingest now could run beside another replica's.
 */
export class SharedStateUnavailableError extends BotError {
  constructor(options?: { cause?: unknown }) {
    super(
      "shared_state_unavailable",
      "The shared state (STATE_URL) is unavailable, so the replicas' re-ingest lock cannot be taken. Try again when it is back.",
      options,
    );
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

/** The re-ingest was refused because the shared state that holds the replicas' lock is away (by code). */
export const isSharedStateUnavailable = (error: unknown): boolean =>
  (error as { code?: unknown })?.code === "shared_state_unavailable";

/** The re-ingest could not start because another ingest holds the lock (by code, whatever module made it). */
export const isIngestBusy = (error: unknown): boolean =>
  (error as { code?: unknown })?.code === "ingest_busy";

/**
 * Secrets that library error messages can carry: Discord interaction and webhook tokens in request paths,
 * Slack tokens (xoxb-, xapp-, …), OpenAI keys and bearer headers.
 */
const SECRETS: [RegExp, string][] = [
  [/\/(interactions\/\d+|webhooks\/\d+)\/[\w.-]+/g, "/$1/[redacted]"],
  [/\bxox[a-z]-[\w-]+/gi, "[redacted]"],
  [/\bxapp-[\w-]+/gi, "[redacted]"],
  [/\bsk-[\w-]{8,}/g, "[redacted]"],
  [/\b(Bearer|Bot)\s+[\w.-]{8,}/g, "$1 [redacted]"],
];

/** A message with known secret shapes replaced, cut to 500 characters. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRETS) out = out.replace(pattern, replacement);
  return out.slice(0, 500);
}

/**
 * What a log line says about a failure: its code, HTTP status and scrubbed message, never a stack or the
 * error object (library errors can carry request URLs, headers or tokens in their fields).
 */
export function loggableError(error: unknown): { code?: string | number; status?: number; error: string } {
  if (error instanceof BotError) return { code: error.code, error: scrubSecrets(error.message) };
  if (error instanceof Error) {
    const { code, status } = error as { code?: unknown; status?: unknown };
    return {
      ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
      ...(typeof status === "number" ? { status } : {}),
      error: scrubSecrets(error.message),
    };
  }
  return { error: scrubSecrets(String(error)) };
}
