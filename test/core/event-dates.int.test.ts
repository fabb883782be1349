/**
 * A date in a question may be the event's, reported later ("the insurrection on January 6, 2021", asked in
 * 2022): when nothing dated inside the window answers, later stories that name the date are asked, and the
 * reply says so. Later stories that do not name it are never used (test/fixtures/event-dates).
 */
import { join } from "node:path";
import { answerTo, useTestArchive } from "../helpers/test-archive";

const CORPUS = join(__dirname, "..", "fixtures", "event-dates");

describe("event dates inside the archive's span", () => {
  const t = useTestArchive({ corpus: CORPUS });
  const ask = (question: string, askedAt?: string) => answerTo(t().archive, question, { askedAt });

  it("reads every fixture article", () => {
    expect(t().summary.skipped).toEqual([]);
  });

  it.each([
    ["How many homes did the storm on June 3, 2022 flood in Eastport?", "2024-12-01"],
    ["How many homes did the Eastport storm of June 3, 2022 flood?", undefined],
  ])("answers %s from the later story that names the day, and says so", async (question, askedAt) => {
    const answer = await ask(question, askedAt);
    expect(answer.status).toBe("answered");
    expect(answer.citations[0]?.published).toBe("2023-07-10");
    expect(answer.citations.map((c) => c.quote).join(" ")).toContain("412 homes");
    expect(answer.text.split("\n")[0]).toBe(
      "Nothing in the archive dated 2022-06-03 to 2022-06-10 answers this; from later stories that mention June 3:",
    );
  });

  it("does not answer from later stories that never name the period", async () => {
    // The inquiry names June 3, not May: a storm "in May 2022" is another storm.
    const answer = await ask("How many homes did the storm in May 2022 flood in Eastport?", "2024-12-01");
    expect(answer.status).toBe("not_found");
  });
});
