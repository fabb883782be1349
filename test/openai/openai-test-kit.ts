/** Shared bits of the OpenAI tests: the fake key and env, a log capture, and reading the prompt the fake received. */
import { createLogger, type Logger } from "../../src/logger";
import type { ChatRequest } from "../fakes/fake-openai";

/** Long and distinctive, so a leak anywhere in the logs is found by a plain substring search. */
export const TEST_KEY = "sk-test-0123456789abcdefFAKEKEYzyxwvu";

export function openAIEnv(url: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    OPENAI_API_KEY: TEST_KEY,
    OPENAI_BASE_URL: url,
    OPENAI_MAX_RETRIES: "0",
    OPENAI_TIMEOUT_MS: "3000",
    ...extra,
  };
}

/** A real pino logger at debug level whose JSON lines are kept in memory. */
export function captureLogs(): { logger: Logger; lines: string[]; text: () => string } {
  const lines: string[] = [];
  const logger = createLogger("debug", { write: (line: string) => void lines.push(line) });
  return { logger, lines, text: () => lines.join("") };
}

export interface PromptPassage {
  n: number;
  body: string;
}

export function systemOf(request: ChatRequest): string {
  return request.body.messages.find((m) => m.role === "system")?.content ?? "";
}

export function userOf(request: ChatRequest): string {
  return request.body.messages.find((m) => m.role === "user")?.content ?? "";
}

/** The numbered passages of the prompt, as the model sees them. */
export function passagesOf(request: ChatRequest): PromptPassage[] {
  const fence = /<passage-([0-9a-f]+) n="(\d+)">\n([\s\S]*?)\n<\/passage-\1>/g;
  return [...userOf(request).matchAll(fence)].map((m) => ({ n: Number(m[2]), body: m[3] ?? "" }));
}

/** The number of the passage containing `snippet`; throws when none does (the test's premise failed). */
export function passageWith(request: ChatRequest, snippet: string): number {
  const found = passagesOf(request).find((p) => p.body.includes(snippet));
  if (!found) throw new Error(`no passage in the prompt contains ${JSON.stringify(snippet)}`);
  return found.n;
}
