/**
 * A question that says its report is recent ("the latest inquiry", "a new report", "now") and names a period that
 * is over reads that period as the event's: later stories that name it come first, and the reply says so. Without
 * such words the window is the reports' and wins (test/fixtures/event-dates-reported: the first count of a storm's
 * damage on the day after it, and an inquiry a year later that names the storm's day).
 */
import { join } from "node:path";
import { answerTo, useTestArchive } from "../helpers/test-archive";

const CORPUS = join(__dirname, "..", "fixtures", "event-dates-reported");

describe("a past period in a question about what is reported now", () => {
  const t = useTestArchive({ corpus: CORPUS });
  const ask = (question: string, askedAt: string) => answerTo(t().archive, question, { askedAt });

  it("reads every fixture article", () => {
    expect(t().summary.skipped).toEqual([]);
  });

  it("answers from the later story that names the day, and says how the date was read", async () => {
    const answer = await ask(
      "According to the latest inquiry, how many homes did the storm on June 3, 2022 flood in Eastport?",
      "2024-12-01",
    );
    expect(answer.status).toBe("answered");
    expect(answer.citations[0]?.published).toBe("2023-07-10");
    expect(answer.citations.map((c) => c.quote).join(" ")).toContain("412 homes");
    expect(answer.text.split("\n")[0]).toBe(
      "Read as when it happened, not when it was reported: 2022-06-03 to 2022-06-10; from later stories that mention June 3:",
    );
  });

  it("keeps the window when the question does not say the report is recent", async () => {
    const answer = await ask("How many homes did the storm on June 3, 2022 flood in Eastport?", "2024-12-01");
    expect(answer.status).toBe("answered");
    expect(answer.citations.map((c) => c.published)).toEqual(["2022-06-04"]);
    expect(answer.text).not.toContain("412");
  });

  it("answers from inside the window when no later story exists yet", async () => {
    const answer = await ask(
      "According to the latest count, how many homes did the storm on June 3, 2022 flood in Eastport?",
      "2022-12-01",
    );
    expect(answer.status).toBe("answered");
    expect(answer.citations.map((c) => c.published)).toEqual(["2022-06-04"]);
    expect(answer.text.split("\n")[0]).not.toContain("Read as when it happened");
  });
});

describe("a question about this week answered from older stories", () => {
  const t = useTestArchive({ corpus: CORPUS });
  const ask = (question: string, askedAt: string) => answerTo(t().archive, question, { askedAt });
  const question = "How many homes did the storm in Eastport flood this week?";

  it("keeps the quotes and says first that none is from the days asked about", async () => {
    const answer = await ask(question, "2022-12-01");
    expect(answer.status).toBe("answered");
    expect(answer.citations[0]?.published).toBe("2022-06-04");
    expect(answer.text.split("\n")[0]).toBe(
      "Nothing in the archive from the days before 2022-12-01 answers this; the newest story quoted is from 2022-06-04:",
    );
  });

  it("says nothing more when a quoted story is from those days, or the question names no recent day", async () => {
    const recent = await ask(question, "2022-06-10");
    expect(recent.status).toBe("answered");
    expect(recent.text).not.toContain("Nothing in the archive from");
    const plain = await ask("How many homes did the storm in Eastport flood?", "2022-12-01");
    expect(plain.status).toBe("answered");
    expect(plain.text).not.toContain("Nothing in the archive from");
  });
});
