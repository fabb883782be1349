/**
 * GET over http(s) with a per-request timeout, bounded retries of transient failures only (honouring
 * Retry-After), redirects followed by hand within the origin (or allowed origins) and a response size cap.
 */
import { BotError, UpstreamError } from "../../errors";

export interface FetchPolicy {
  /** Per attempt, headers and body included. */
  timeoutMs: number;
  /** Retries after the first attempt, for timeouts, network errors, 5xx and 429. */
  retries: number;
  /** First backoff; doubles on each retry up to `maxWaitMs`. */
  backoffMs: number;
  /** Cap on any one wait. A Retry-After longer than this ends the retries instead of being cut short. */
  maxWaitMs: number;
  /** Bodies larger than this are refused, checked while streaming. */
  maxBytes: number;
  sleep: (ms: number) => Promise<void>;
  /** Clock for Retry-After given as an HTTP date. */
  now: () => number;
  /** Cancels waits and requests (e.g. on shutdown). */
  signal?: AbortSignal;
  /** Redirects followed per attempt at most; one more is an error. */
  maxRedirects: number;
  /**
   * Origins (scheme, host and port) a redirect may lead to besides the requested URL's own. Any other
   * cross-origin redirect is refused: a source's articles are only ever stored as coming from the source.
   */
  allowRedirectOrigins: readonly string[];
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  timeoutMs: 15_000,
  retries: 3,
  backoffMs: 500,
  maxWaitMs: 30_000,
  maxBytes: 16 * 1024 * 1024,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  maxRedirects: 5,
  allowRedirectOrigins: [],
};

export interface FetchedText {
  /** The final url, after redirects. */
  url: string;
  status: number;
  headers: Headers;
  text: string;
}

const USER_AGENT = "newsroom-qa (archive sync)";

/** Parses `value` as an absolute http(s) URL; anything else (file:, ftp:, data:, relative) is refused. */
export function toHttpUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new BotError(
      "url_invalid",
      `Not a valid URL: ${JSON.stringify(value)}. Give an absolute http(s) URL.`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new BotError(
      "url_invalid",
      `Only http and https URLs can be fetched; refusing ${JSON.stringify(value)} (scheme ${url.protocol}).`,
    );
  }
  return url;
}

/** A retryable failure: the wait it asks for (when it names one) and the message if retries run out. */
class Retryable extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or bad. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Reads a body as text, stopping as soon as it exceeds `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new BotError(
      "response_too_large",
      `response of ${declared} bytes is over the ${maxBytes}-byte limit`,
    );
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        throw new BotError("response_too_large", `response is over the ${maxBytes}-byte limit`);
      }
      chunks.push(value);
    }
  }
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(response.headers.get("content-type") ?? "")?.[1];
  const bytes = Buffer.concat(chunks);
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    // An unknown charset label: read it as UTF-8.
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/**
 * Network error codes worth another try: timeouts, resets, refused connections (a server restarting) and
 * temporary DNS failures. Anything else (TLS certificate errors, unknown hosts, bad responses) fails at once.
 */
const TRANSIENT_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

/** A failed fetch() as Retryable (timeouts, transient network errors) or a final BotError naming the cause. */
function classify(error: unknown): Retryable | BotError {
  // An AbortSignal.timeout() abort is a DOMException, not always an `Error` of this realm.
  if ((error as { name?: unknown } | null)?.name === "TimeoutError") return new Retryable("timed out");
  const cause = (error as { cause?: { code?: unknown; message?: unknown } })?.cause;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (code && TRANSIENT_CODES.has(code)) return new Retryable(`network error (${code})`);
  if (code && /CERT|TLS|SSL/i.test(code)) {
    return new BotError(
      "tls_error",
      `TLS error (${code}${typeof cause?.message === "string" ? `: ${cause.message}` : ""})`,
      {
        cause: error,
      },
    );
  }
  if (code) return new BotError("network_error", `network error (${code})`, { cause: error });
  return new BotError("network_error", message, { cause: error });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * One attempt: follows redirects by hand (so each hop is checked), then resolves with the text of a 2xx
 * response, or throws Retryable (5xx, 408, 429, timeouts, transient network errors) or a final BotError
 * (other 4xx, a redirect loop, too many redirects, a redirect to another origin or scheme, TLS errors).
 */
async function attempt(
  start: URL,
  policy: FetchPolicy,
  headers: Record<string, string>,
): Promise<FetchedText> {
  const timeout = AbortSignal.timeout(policy.timeoutMs);
  const signal = policy.signal ? AbortSignal.any([policy.signal, timeout]) : timeout;
  const allowed = new Set([start.origin, ...policy.allowRedirectOrigins.map((o) => toHttpUrl(o).origin)]);
  const visited = new Set<string>();
  let url = start;
  try {
    for (;;) {
      visited.add(url.href);
      const response = await fetch(url, {
        headers: { "user-agent": USER_AGENT, ...headers },
        signal,
        redirect: "manual",
      });
      const status = `HTTP ${response.status} ${response.statusText}`.trim();
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => {});
        url = nextHop(url, response.headers.get("location"), { allowed, visited, policy, status });
        continue;
      }
      if (response.status === 408 || response.status === 429 || response.status >= 500) {
        await response.body?.cancel().catch(() => {});
        const retryAfter = parseRetryAfter(response.headers.get("retry-after"), policy.now());
        throw new Retryable(`${status}${url.href === start.href ? "" : ` at ${url.href}`}`, retryAfter);
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw new BotError("http_status", `${status}${url.href === start.href ? "" : ` at ${url.href}`}`);
      }
      const text = await readCapped(response, policy.maxBytes);
      return { url: url.href, status: response.status, headers: response.headers, text };
    }
  } catch (error) {
    if (error instanceof Retryable || error instanceof BotError) throw error;
    if (policy.signal?.aborted) throw new BotError("aborted", "request cancelled", { cause: error });
    throw classify(error);
  }
}

/** The URL a redirect points to, or a BotError saying why it is not followed. */
function nextHop(
  from: URL,
  location: string | null,
  context: {
    allowed: ReadonlySet<string>;
    visited: ReadonlySet<string>;
    policy: FetchPolicy;
    status: string;
  },
): URL {
  if (!location)
    throw new BotError("redirect_invalid", `${context.status} without a Location at ${from.href}`);
  let to: URL;
  try {
    to = new URL(location, from);
  } catch {
    throw new BotError(
      "redirect_invalid",
      `redirect to an invalid URL ${JSON.stringify(location)} at ${from.href}`,
    );
  }
  if (to.protocol !== "http:" && to.protocol !== "https:") {
    throw new BotError(
      "redirect_refused",
      `redirect to a non-http(s) URL refused: ${from.href} → ${to.href}`,
    );
  }
  if (context.visited.has(to.href)) {
    throw new BotError("redirect_loop", `redirect loop at ${to.href} (reached again from ${from.href})`);
  }
  if (context.visited.size > context.policy.maxRedirects) {
    throw new BotError(
      "redirect_limit",
      `more than ${context.policy.maxRedirects} redirects, the last at ${from.href} → ${to.href}`,
    );
  }
  if (!context.allowed.has(to.origin)) {
    throw new BotError(
      "redirect_refused",
      `redirect to another origin refused: ${from.href} → ${to.href} (add "${to.origin}" to the source's allowRedirectOrigins to follow it)`,
    );
  }
  return to;
}

/**
 * GETs `target` and returns its body as text. Retries only transient failures (timeouts, resets and
 * other transient network errors, 5xx, 408, 429) with capped exponential backoff, waiting what Retry-After
 * asks when it is within the cap. Throws UpstreamError (service = the url's origin) when the request
 * still fails, or at once for other 4xx, redirect loops, refused redirects, TLS errors, oversize bodies
 * and non-http(s) URLs.
 */
export async function fetchWithRetry(
  target: string,
  options: Partial<FetchPolicy> & { headers?: Record<string, string> } = {},
): Promise<FetchedText> {
  const url = toHttpUrl(target);
  const policy: FetchPolicy = { ...DEFAULT_FETCH_POLICY, ...options };
  const service = url.origin;
  for (let retry = 0; ; retry++) {
    try {
      return await attempt(url, policy, options.headers ?? {});
    } catch (error) {
      if (!(error instanceof Retryable)) {
        throw new UpstreamError(
          service,
          `${error instanceof Error ? error.message : String(error)} (${url.href})`,
          {
            cause: error,
          },
        );
      }
      const tries = `${retry + 1} attempt${retry === 0 ? "" : "s"}`;
      if (retry >= policy.retries) {
        throw new UpstreamError(service, `${error.message} after ${tries} (${url.href})`, { cause: error });
      }
      if (error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxWaitMs) {
        const seconds = Math.ceil(error.retryAfterMs / 1000);
        throw new UpstreamError(
          service,
          `${error.message}; asked to retry after ${seconds} s, more than the ${policy.maxWaitMs / 1000} s cap (${url.href})`,
          { cause: error },
        );
      }
      const wait = error.retryAfterMs ?? Math.min(policy.maxWaitMs, policy.backoffMs * 2 ** retry);
      await policy.sleep(wait);
      if (policy.signal?.aborted) throw new UpstreamError(service, `request cancelled (${url.href})`);
    }
  }
}
