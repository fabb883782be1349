/** One harmless request (GET /models) that proves the OpenAI key and base URL work; for `newsroom-qa doctor`. */
import { STATUS_CODES } from "node:http";
import type { Config } from "../config";

const OPENAI_API = "https://api.openai.com/v1";

/** Never prints the answer's body: OpenAI echoes part of a wrong key in it. */
export async function checkOpenAIKey(openai: Config["openai"]): Promise<string> {
  const url = `${(openai.baseUrl ?? OPENAI_API).replace(/\/+$/, "")}/models`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${openai.apiKey ?? ""}` },
      signal: AbortSignal.timeout(openai.timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    throw new Error(`GET ${url} failed: ${cause?.code ?? (error as Error).message}`);
  }
  if (!response.ok) {
    throw new Error(
      `GET ${url} answered ${response.status} ${STATUS_CODES[response.status] ?? ""}`.trimEnd(),
    );
  }
  const models = ((await response.json()) as { data?: unknown[] }).data?.length ?? 0;
  return `GET /models: ${models} models`;
}
