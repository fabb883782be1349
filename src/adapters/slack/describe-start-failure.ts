/** Turns a failed Slack Web API call at start-up into "POST <url>/auth.test answered 501 Not Implemented". */
import { STATUS_CODES } from "node:http";

const SLACK_API = "https://slack.com/api/";

/** The error shapes of @slack/web-api (WebAPIHTTPError, WebAPIPlatformError, WebAPIRequestError). */
interface WebApiFailure {
  code?: string;
  statusCode?: number;
  statusMessage?: string;
  data?: { error?: string };
  original?: { message?: string; code?: string; cause?: { code?: string; message?: string } };
  message?: string;
}

/** `method` is the Web API method that was called (auth.test at init); `apiUrl` SLACK_API_URL if set. */
export function describeStartFailure(error: unknown, method: string, apiUrl: string | undefined): string {
  const url = new URL(method, apiUrl ?? SLACK_API).href;
  const e = (error ?? {}) as WebApiFailure;
  switch (e.code) {
    case "slack_webapi_http_error": {
      const status = e.statusCode ?? 0;
      return `POST ${url} answered ${status} ${e.statusMessage || STATUS_CODES[status] || ""}`.trimEnd();
    }
    case "slack_webapi_platform_error":
      return `POST ${url} answered ok=false, error ${e.data?.error ?? "unknown"}`;
    case "slack_webapi_request_error": {
      const original = e.original ?? {};
      const reason = original.cause?.code ?? original.code ?? original.cause?.message ?? original.message;
      return `POST ${url} failed: ${reason ?? "no response"}`;
    }
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
