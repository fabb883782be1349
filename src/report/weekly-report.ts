/**
 * The opt-in weekly post (issue 17): `newsroom-qa report` as text over the last 7 days, posted to an admin
 * channel on each platform that has one (REPORT_SLACK_CHANNEL, REPORT_DISCORD_CHANNEL), at a weekday and UTC
 * time (REPORT_SCHEDULE). Like the sync schedule (sync/schedule.ts): one timer, runs never overlap, a failure
 * is logged and the schedule goes on, and the timer never keeps the process alive.
 */
import { loggableError } from "../errors";
import type { FeedbackEntry } from "../feedback/feedback-store";
import type { QuestionLogEntry } from "../feedback/question-log";
import type { Logger } from "../logger";
import { buildReport } from "./build-report";
import { formatText } from "./format-text";

const DAY_MS = 24 * 60 * 60 * 1000;

/** When, each week: `weekday` 0 (Sunday) to 6, `hour` and `minute` in UTC. */
export interface WeeklyTime {
  weekday: number;
  hour: number;
  minute: number;
}

/** The first moment strictly after `now` at the weekly time. */
export function nextWeeklyRun(now: Date, at: WeeklyTime): Date {
  const next = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), at.hour, at.minute),
  );
  next.setUTCDate(next.getUTCDate() + ((at.weekday - now.getUTCDay() + 7) % 7));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 7);
  return next;
}

/** The report text over the 7 days before `now` (from the day a week ago, UTC). */
export function weeklyReportText(input: {
  questions: QuestionLogEntry[];
  votes: FeedbackEntry[];
  now: Date;
}): string {
  const since = new Date(input.now.getTime() - 7 * DAY_MS).toISOString().slice(0, 10);
  return formatText(buildReport({ questions: input.questions, votes: input.votes, since, topArticles: 10 }));
}

export interface ReportTarget {
  /** For the logs: "slack #C0ADMINS". */
  name: string;
  post(text: string): Promise<void>;
}

/** setTimeout and clearTimeout; tests pass their own to fire the schedule at once. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface WeeklyReportOptions {
  at: WeeklyTime;
  /** Reads the question log and the votes (at the time of the post). */
  read(): Promise<{ questions: QuestionLogEntry[]; votes: FeedbackEntry[] }>;
  targets: ReportTarget[];
  logger: Logger;
  now?: () => Date;
  timers?: Timers;
}

export interface WeeklyReport {
  /** Clears the timer and waits for a post in progress. */
  stop(): Promise<void>;
}

export function startWeeklyReport(options: WeeklyReportOptions): WeeklyReport {
  const logger = options.logger.child({ component: "weekly-report" });
  const now = options.now ?? (() => new Date());
  const timers: Timers = options.timers ?? {
    // The timer alone never keeps the process alive; the chat platforms do.
    setTimeout: (run, ms) => setTimeout(run, ms).unref(),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
  let timer: unknown;
  let running: Promise<void> | undefined;
  let stopped = false;

  const post = async (): Promise<void> => {
    let text: string;
    try {
      const { questions, votes } = await options.read();
      text = weeklyReportText({ questions, votes, now: now() });
    } catch (error) {
      logger.error(loggableError(error), "weekly report: could not read the question log or the votes");
      return;
    }
    for (const target of options.targets) {
      try {
        await target.post(text);
        logger.info({ target: target.name }, "weekly report posted");
      } catch (error) {
        logger.error({ ...loggableError(error), target: target.name }, "weekly report: posting failed");
      }
    }
  };

  const schedule = (): void => {
    if (stopped) return;
    const next = nextWeeklyRun(now(), options.at);
    timer = timers.setTimeout(
      () => {
        timer = undefined;
        running = post().finally(() => {
          running = undefined;
          schedule();
        });
      },
      Math.max(0, next.getTime() - now().getTime()),
    );
    logger.info(
      { next: next.toISOString(), targets: options.targets.map((t) => t.name) },
      "weekly report scheduled",
    );
  };

  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) timers.clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
