/**
 * Quotes from articles of different days: the newest leads for a question about the current state, and every
 * quote line shows its article's date (changing-facts fixture).
 */
import { join } from "node:path";
import type { Answer } from "../../src/core/types";
import { expectQuotesVerbatim } from "../helpers/expect-verbatim";
import { createTestArchive, type TestArchive } from "../helpers/test-archive";

const CORPUS = join(__dirname, "..", "fixtures", "changing-facts", "corpus");
const DAYS = [
  "2021-12-01",
  "2022-10-01",
  "2023-06-01",
  "2023-09-01",
  "2024-02-01",
  "2024-07-01",
  "2024-12-01",
];
const QUESTIONS = [
  "Who is Valdoria's current finance minister?",
  "Who is Valdoria's finance minister now?",
  "What is Valdoria's latest inflation rate?",
  "What is the current inflation rate in Valdoria?",
  "Is Valdoria's inflation still rising?",
  "Is Marta Olsen still finance minister of Valdoria?",
  "Is the Nordhavn harbour bridge open yet?",
];

describe("the newest cited article leads; quotes are dated", () => {
  let t: TestArchive;
  beforeAll(async () => {
    t = await createTestArchive({ corpus: CORPUS });
  });
  afterAll(async () => {
    await t?.cleanup();
  });
  const ask = async (question: string, askedAt: string): Promise<Answer> => {
    const result = await t.archive.ask(question, { askedAt });
    if (!result.ok) throw new Error(result.problem.message);
    return result.answer;
  };

  it("cites the newest of its articles first for every 'current' question at every day (100 %)", async () => {
    let asked = 0;
    for (const askedAt of DAYS)
      for (const question of QUESTIONS) {
        const answer = await ask(question, askedAt);
        if (answer.status !== "answered") continue;
        asked += 1;
        const dates = answer.citations.map((c) => c.published ?? "");
        const newest = [...dates].sort().at(-1);
        expect({ question, askedAt, first: dates[0] }).toEqual({ question, askedAt, first: newest });
      }
    expect(asked).toBeGreaterThan(30);
  });

  it("shows each quote's article date after its marker, and keeps the quotes verbatim", async () => {
    const answer = await ask("Who is Valdoria's current finance minister?", "2024-12-01");
    for (const c of answer.citations) expect(answer.text).toContain(`[${c.n}] (${c.published})`);
    expect(answer.text.split("\n")[1]).toMatch(/^“In a cabinet reshuffle/);
    await expectQuotesVerbatim(t.archive, answer);
  });
});
