/** A 👍/👎 click on either platform: one vote per user and answer, written to the shared feedback store. */
import type { FeedbackStore } from "../../feedback/feedback-store";
import type { AnswerMemory } from "./answer-memory";

export type VoteOutcome = "recorded" | "repeat" | "forgotten";

/** Throws only when the store cannot write (the adapter apologises). */
export async function recordVote(input: {
  memory: AnswerMemory;
  feedback: FeedbackStore;
  platform: "slack" | "discord";
  answerId: string;
  userId: string;
  vote: "up" | "down";
}): Promise<VoteOutcome> {
  const answer = await input.memory.get(input.answerId);
  if (!answer) return "forgotten";
  if (!(await input.memory.claimVote(input.answerId, input.userId))) return "repeat";
  await input.feedback.record({
    platform: input.platform,
    user: input.userId,
    vote: input.vote,
    question: answer.question,
    answerText: answer.text,
    articleIds: [...new Set(answer.citations.map((citation) => citation.articleId))],
    at: new Date().toISOString(),
  });
  return "recorded";
}
