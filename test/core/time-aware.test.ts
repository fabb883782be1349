/** Time-aware answers over dated articles about changing facts (test/fixtures/changing-facts). */
import { join } from "node:path";
import type { Answer } from "../../src/core/types";
import { createTestArchive, type TestArchive } from "../helpers/test-archive";

const CORPUS = join(__dirname, "..", "fixtures", "changing-facts", "corpus");

describe("time-aware answers", () => {
  let t: TestArchive;

  beforeAll(async () => {
    t = await createTestArchive({ corpus: CORPUS });
    expect(t.summary.skipped).toEqual([]);
  });

  afterAll(async () => {
    await t?.cleanup();
  });

  const ask = async (question: string, askedAt?: string): Promise<Answer> => {
    const result = await t.archive.ask(question, { askedAt });
    if (!result.ok) throw new Error(result.problem.message);
    return result.answer;
  };
  const dates = (answer: Answer) => answer.citations.map((c) => c.published);

  it.each([
    ["2024-11-30", "2024-01-22"],
    ["2023-06-01", "2022-09-12"],
    ["2021-12-01", "2021-03-04"],
  ])("cites the newest article about the current holder first, asked at %s", async (askedAt, newest) => {
    const answer = await ask("Who is Valdoria's current finance minister?", askedAt);
    expect(answer.status).toBe("answered");
    expect(answer.askedAt).toBe(askedAt);
    expect(answer.citations[0]?.published).toBe(newest);
  });

  it("never uses an article published after the question was asked", async () => {
    for (const askedAt of ["2021-12-01", "2022-10-01", "2023-06-01"]) {
      const answer = await ask(
        "Who became finance minister and what happened to the harbour bridge?",
        askedAt,
      );
      for (const published of dates(answer)) expect(published && published <= askedAt).toBeTruthy();
    }
  });

  it("says the bridge is open when asked after it opened, and postponed when asked before", async () => {
    const after = await ask("Is the Nordhavn harbour bridge open yet?", "2024-07-01");
    expect(after.citations[0]?.published).toBe("2024-06-15");
    const before = await ask("Is the Nordhavn harbour bridge open yet?", "2023-06-01");
    expect(dates(before)).toEqual(["2023-05-02"]);
  });

  it("refuses when everything on the topic is newer than the question", async () => {
    const answer = await ask("When did the Nordhavn harbour bridge open?", "2020-01-01");
    expect(answer.status).toBe("not_found");
  });
});
