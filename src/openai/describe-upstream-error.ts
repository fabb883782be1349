/** Pure: a loggable summary of an OpenAI failure that never carries the API key. */

export interface UpstreamFailure {
  name: string;
  status: number | undefined;
  code: string | undefined;
  message: string;
}

const KEY_LIKE = /\bsk-[A-Za-z0-9_*-]{6,}/g;
const MAX_MESSAGE = 300;

/** Removes the key itself and anything shaped like an OpenAI key (upstream 401 messages echo part of it). */
export function redactSecrets(text: string, secrets: (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join("[redacted]");
  return out.replace(KEY_LIKE, "sk-[redacted]");
}

/**
 * Only name, status, code and a redacted, shortened message: never the raw error, whose own fields
 * (headers, request options, cause) are not ours to vouch for.
 */
export function describeUpstreamError(error: unknown, secrets: (string | undefined)[]): UpstreamFailure {
  const record = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>;
  const status = typeof record.status === "number" ? record.status : undefined;
  const nested = record.error as Record<string, unknown> | undefined;
  const rawCode = typeof record.code === "string" ? record.code : nested?.code;
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  return {
    name,
    status,
    code: typeof rawCode === "string" ? redactSecrets(rawCode, secrets) : undefined,
    message: redactSecrets(message, secrets).slice(0, MAX_MESSAGE),
  };
}
