/** Records 👍/👎 votes on answers as JSON lines in one local file, shared by every platform. */
import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { parseJsonLines, readIfPresent } from "./json-lines";

export interface FeedbackEntry {
  platform: "slack" | "discord";
  user: string;
  vote: "up" | "down";
  question: string;
  answerText: string;
  articleIds: string[];
  /** ISO time of the vote. */
  at: string;
}

export interface FeedbackStore {
  record(entry: FeedbackEntry): Promise<void>;
  readAll(): Promise<FeedbackEntry[]>;
}

/** Append-only JSONL file; a damaged line is ignored on read rather than failing the whole file. */
export function createJsonlFeedbackStore(file: string): FeedbackStore {
  let queue: Promise<void> = Promise.resolve();
  return {
    record(entry) {
      // Serialise appends so concurrent votes never interleave inside one line.
      queue = queue.then(async () => {
        await mkdir(dirname(file), { recursive: true });
        await appendFile(file, `${JSON.stringify(entry)}\n`, "utf8");
      });
      return queue;
    },
    async readAll() {
      return parseJsonLines(await readIfPresent(file)) as FeedbackEntry[];
    },
  };
}
