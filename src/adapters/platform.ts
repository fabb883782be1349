/** What every chat adapter gets from wire.ts, and what wire.ts starts and stops. */
import type { Archive } from "../core/archive";
import type { FeedbackStore } from "../feedback/feedback-store";
import type { Logger } from "../logger";

export interface Platform {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface PlatformDeps {
  archive: Archive;
  feedback: FeedbackStore;
  logger: Logger;
  maxQuestionChars: number;
  rateLimit: { perUser: number; perGuild: number; windowSeconds: number };
}
