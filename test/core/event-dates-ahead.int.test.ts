/**
 * An event reported before it happens ("how many candidates contested Eastport's June 2022 election?", answered
 * by a May story on the vote "on June 5"): when nothing dated inside the window or after it answers, the stories
 * of the weeks before it that name the period are asked, and the reply says so. An older story, or one that
 * never names the period, is never used (test/fixtures/event-dates-ahead).
 */
import { join } from "node:path";
import { answerTo, useTestArchive } from "../helpers/test-archive";

const CORPUS = join(__dirname, "..", "fixtures", "event-dates-ahead");

describe("event dates reported ahead", () => {
  const t = useTestArchive({ corpus: CORPUS });
  const ask = (question: string, askedAt?: string) => answerTo(t().archive, question, { askedAt });

  it("reads every fixture article", () => {
    expect(t().summary.skipped).toEqual([]);
  });

  it.each([
    ["How many candidates contested Eastport's June 2022 council election?", "2024-12-01"],
    ["How many candidates stood for the 11 council seats in Eastport in June 2022?", undefined],
  ])("answers %s from the earlier story that names the month, and says so", async (question, askedAt) => {
    const answer = await ask(question, askedAt);
    expect(answer.status).toBe("answered");
    expect(answer.citations.map((c) => c.published)).toEqual(["2022-05-20"]);
    expect(answer.citations[0]?.quote).toContain("38 candidates");
    expect(answer.text.split("\n")[0]).toBe(
      "Nothing in the archive dated in 2022-06 answers this; from earlier stories that mention June:",
    );
  });

  it("does not answer from a story that names the month months before it", async () => {
    // The January story says the ferry will run nine crossings a day "when it returns in June".
    const answer = await ask(
      "How many crossings a day did the Eastport ferry run in June 2022?",
      "2024-12-01",
    );
    expect(answer.status).toBe("not_found");
  });

  it("does not answer from an earlier story that never names the period", async () => {
    const answer = await ask(
      "How many candidates contested Eastport's July 2022 council election?",
      "2024-12-01",
    );
    expect(answer.status).toBe("not_found");
  });

  it.each([
    "What share of the vote did the winner get in Eastport's June 2022 council election?",
    "How many candidates got a council seat in Eastport's June 2022 election?",
  ])("does not answer %s from a story written before the vote", async (question) => {
    const answer = await ask(question, "2024-12-01");
    expect(answer.status).toBe("not_found");
  });

  it("keeps the asker's own lower bound hard", async () => {
    const question = "How many candidates contested Eastport's June 2022 council election?";
    const answer = await answerTo(t().archive, question, {
      askedAt: "2024-12-01",
      filters: { from: "2022-06" },
    });
    expect(answer.status).toBe("not_found");
  });

  it("answers the crossings without a window, so the window is what refuses them", async () => {
    const answer = await ask(
      "How many crossings a day will the Eastport ferry run when it returns?",
      "2024-12-01",
    );
    expect(answer.status).toBe("answered");
    expect(answer.citations[0]?.quote).toContain("nine crossings a day");
  });
});
