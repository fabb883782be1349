/** What every chat adapter gets from wire.ts, and what wire.ts starts and stops. */
import type { Archive } from "../core/archive";
import type { ChannelSettingsStore } from "../core/channels/channel-settings";
import type { StateStore } from "../core/state-store";
import type { FeedbackStore } from "../feedback/feedback-store";
import type { QuestionLog } from "../feedback/question-log";
import type { HealthReport } from "../health/health-report";
import type { Logger } from "../logger";

export interface Platform {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Started and (where the library says so) connected, for `GET /healthz`. */
  connected(): boolean;
  /**
   * Posts plain text (the weekly report) to a channel as the bot, as preformatted text that can ping nobody;
   * long text goes in several messages.
   */
  postText?(channelId: string, text: string): Promise<void>;
}

export interface PlatformDeps {
  archive: Archive;
  feedback: FeedbackStore;
  /** Where every question and its outcome is recorded for `newsroom-qa report`; none: not recorded. */
  questionLog?: QuestionLog;
  logger: Logger;
  maxQuestionChars: number;
  rateLimit: { perUser: number; perGuild: number; windowSeconds: number };
  /**
   * Dedupe, rate limits, thread and answer memory. wire.ts passes the configured store (Redis with STATE_URL,
   * else memory); without one each adapter keeps its own in memory.
   */
  state?: StateStore;
  /** Per-channel mode, filters and editors' contact (issue 17); none: every channel is `mention` with no filters. */
  channelSettings?: ChannelSettingsStore;
  /** The app's health, served as `GET /healthz` by a platform that runs an HTTP server (Slack HTTP mode). */
  health?: () => HealthReport;
}
