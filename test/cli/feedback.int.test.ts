import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createJsonlFeedbackStore, type FeedbackEntry } from "../../src/feedback/feedback-store";
import { summarizeFeedback } from "../../src/feedback/summarize-feedback";

const vote = (overrides: Partial<FeedbackEntry>): FeedbackEntry => ({
  platform: "slack",
  user: "U1",
  vote: "up",
  question: "when did the council approve the budget?",
  answerText: "The council approved the budget on 12 March [1].",
  articleIds: ["budget-2024"],
  at: "2024-06-01T10:00:00.000Z",
  ...overrides,
});

describe("summarizeFeedback", () => {
  it("counts votes per platform and lists the most recent 👎 with their questions, newest first", () => {
    const text = summarizeFeedback(
      [
        vote({ vote: "up" }),
        vote({ vote: "down", question: "older miss?", at: "2024-06-01T09:00:00.000Z" }),
        vote({
          platform: "discord",
          vote: "down",
          question: "newest miss?",
          at: "2024-06-03T08:30:00.000Z",
          articleIds: [],
        }),
        vote({ platform: "discord", vote: "up" }),
        vote({ vote: "down", question: "middle\nmiss?", at: "2024-06-02T12:00:00.000Z" }),
      ],
      { file: "data/feedback.jsonl", recent: 2 },
    );
    expect(text).toContain("Feedback in data/feedback.jsonl: 5 votes");
    expect(text).toMatch(/discord\s+1\s+1\n/);
    expect(text).toMatch(/slack\s+1\s+2\n/);
    expect(text).toMatch(/total\s+2\s+3\n/);
    expect(text).toContain("Most recent 👎 (2 of 3, newest first)");
    expect(text.indexOf("newest miss?")).toBeLessThan(text.indexOf("middle miss?"));
    expect(text).not.toContain("older miss?");
    expect(text).toContain("2024-06-03 08:30  discord  user U1");
    expect(text).toContain("cited: budget-2024");
  });

  it("says plainly when there is nothing yet", () => {
    expect(summarizeFeedback([], { file: "f.jsonl" })).toBe("No feedback yet in f.jsonl.\n");
    expect(summarizeFeedback([vote({})], { file: "f.jsonl" })).toContain("No 👎 so far.");
  });

  it("prints the summary of a store file from `npm run feedback`", async () => {
    const directory = await mkdtemp(join(tmpdir(), "feedback-cli-"));
    try {
      const file = join(directory, "feedback.jsonl");
      await createJsonlFeedbackStore(file).record(vote({ vote: "down", question: "why no ferry story?" }));
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [require.resolve("tsx/cli"), "src/cli/feedback.ts", "--file", file],
        { env: { ...process.env, NODE_OPTIONS: "" }, timeout: 20_000 },
      );
      expect(stdout).toContain("Q: why no ferry story?");
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
