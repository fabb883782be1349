/** The question log's port: every question asked in chat or the CLI, and what became of it (for the report). */

export type QuestionPlatform = "slack" | "discord" | "cli";
export type QuestionStatus = "answered" | "not_found" | "problem";
/** A line that is not a question but something done with an answer: `handoff`, "Ask an editor" was pressed. */
export type QuestionEvent = "handoff";

/** One cited article: its id and headline (titles make the report readable without the index). */
export interface CitedArticle {
  id: string;
  title: string;
}

/** What an adapter hands the log; the raw user id never reaches the file unless configured (see the store). */
export interface QuestionRecord {
  platform: QuestionPlatform;
  /** The platform's raw user id. */
  user: string;
  question: string;
  status: QuestionStatus;
  cited: CitedArticle[];
  /** Set for an event about an earlier answer (its question, status and citations); absent for a question. */
  event?: QuestionEvent;
}

/** One JSON line of the log. */
export interface QuestionLogEntry {
  /** ISO time the question was logged. */
  at: string;
  platform: QuestionPlatform;
  /** `sha256:<hex>` of the salted id, or the raw id when QUESTION_LOG_RAW_USERS=true. */
  user: string;
  question: string;
  status: QuestionStatus;
  cited: CitedArticle[];
  /** `handoff`: the answer to `question` was handed to the editors (the user is who pressed the button). */
  event?: QuestionEvent;
}

export interface QuestionLog {
  record(record: QuestionRecord): Promise<void>;
  /** Every readable entry, in file order; a damaged line is skipped. */
  readAll(): Promise<QuestionLogEntry[]>;
  /** Drops entries older than the retention period; resolves with how many were dropped. */
  prune(): Promise<number>;
}
