/** Pure: reduces any error to fields safe to log; discord.js errors carry request urls that hold interaction tokens. */

export interface LoggableError {
  name: string;
  message: string;
  code?: string | number;
  status?: number;
}

// Interaction callbacks and webhook edits put the 15-minute interaction token in the path.
const TOKEN_IN_PATH = /\/(interactions\/\d+|webhooks\/\d+)\/[\w.-]+/g;

export function toLoggableError(error: unknown): LoggableError {
  if (!(error instanceof Error)) return { name: "NonError", message: scrub(String(error)) };
  const { code, status } = error as { code?: unknown; status?: unknown };
  return {
    name: error.name,
    message: scrub(error.message),
    ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
    ...(typeof status === "number" ? { status } : {}),
  };
}

function scrub(text: string): string {
  return text.replace(TOKEN_IN_PATH, "/$1/[redacted]").slice(0, 500);
}
