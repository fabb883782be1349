/** Turns a failed discord.js login into "GET <url> answered 404 Not Found": the request, never the token. */
import { STATUS_CODES } from "node:http";

interface RestFailure {
  status: number;
  method: string;
  url: string;
}

const isRestFailure = (error: unknown): error is RestFailure =>
  typeof error === "object" &&
  error !== null &&
  typeof (error as RestFailure).status === "number" &&
  typeof (error as RestFailure).method === "string" &&
  typeof (error as RestFailure).url === "string";

/** Drops the query and the tokens that webhook and interaction paths carry. */
export function safeDiscordUrl(url: string): string {
  return url.replace(/[?#].*$/, "").replace(/\/(webhooks|interactions)\/(\d+)\/[^/]+/, "/$1/$2/:token");
}

const answered = (method: string, url: string, status: number) =>
  `${method.toUpperCase()} ${safeDiscordUrl(url)} answered ${status} ${STATUS_CODES[status] ?? ""}`.trimEnd();

/** `url`: the request made (GET /gateway/bot at login), named when the error carries no URL of its own. */
export function describeStartFailure(error: unknown, url: string): string {
  if (isRestFailure(error)) return answered(error.method, error.url, error.status);
  const { code, message, cause } = (error ?? {}) as { code?: unknown; message?: unknown; cause?: unknown };
  // discord.js replaces the 401 of GET /gateway/bot with a TokenInvalid error that has no URL.
  if (code === "TokenInvalid") return `${answered("GET", url, 401)}: DISCORD_BOT_TOKEN was refused`;
  // No answer at all (ECONNREFUSED, a DNS failure): the system error code, on the error or on undici's cause.
  const reason = [code, (cause as { code?: unknown } | undefined)?.code].find(
    (candidate): candidate is string => typeof candidate === "string" && /^E[A-Z0-9_]+$/.test(candidate),
  );
  if (reason || message === "fetch failed") {
    return `GET ${safeDiscordUrl(url)} failed: ${reason ?? (cause as Error | undefined)?.message ?? "no response"}`;
  }
  return error instanceof Error ? error.message : String(error);
}
