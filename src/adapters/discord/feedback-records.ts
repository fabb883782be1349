/** Remembers recent answers in memory under short ids, so a 👍/👎 button can say which answer it rates. */
import { randomBytes } from "node:crypto";

export interface AnsweredQuestion {
  question: string;
  answerText: string;
  articleIds: string[];
}

export interface FeedbackRecords {
  /** Stores the answer and returns its id (8 url-safe characters). */
  remember(answer: AnsweredQuestion): string;
  get(id: string): AnsweredQuestion | undefined;
  /** True the first time `userId` votes on `id`; false on a repeat click. */
  claimVote(id: string, userId: string): boolean;
}

/** Bounded: past `capacity` answers the oldest is forgotten (its buttons then say so). Lost on restart. */
export function createFeedbackRecords(capacity = 1000): FeedbackRecords {
  const records = new Map<string, { answer: AnsweredQuestion; voters: Set<string> }>();
  return {
    remember(answer) {
      const id = randomBytes(6).toString("base64url");
      records.set(id, { answer, voters: new Set() });
      if (records.size > capacity) {
        const oldest = records.keys().next().value;
        if (oldest !== undefined) records.delete(oldest);
      }
      return id;
    },
    get(id) {
      return records.get(id)?.answer;
    },
    claimVote(id, userId) {
      const record = records.get(id);
      if (!record || record.voters.has(userId)) return false;
      record.voters.add(userId);
      return true;
    },
  };
}
