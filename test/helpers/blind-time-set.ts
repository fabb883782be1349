/** The jest suite for a blind set of time questions: a corpus, and questions each asked at a day with a check. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { judgeTimeAnswer, type TimeCheck } from "./judge-time-answer";
import { createTestArchive, type TestArchive } from "./test-archive";

export interface BlindTimeQuestion {
  id: string;
  askedAt: string;
  question: string;
  check: TimeCheck;
}

/** A fixture folder's `questions.jsonl`. */
export function readBlindQuestions(fixture: string): BlindTimeQuestion[] {
  return readFileSync(join(fixture, "questions.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as BlindTimeQuestion);
}

/**
 * Each question not in `open` (by id or by its text) must be answered right (judge-time-answer.ts), and at least
 * all but the open ones overall: a question that was wrong and is now right never counts against the set.
 */
export function describeBlindTimeSet(
  title: string,
  corpus: string,
  blind: BlindTimeQuestion[],
  open: string[],
): void {
  const isOpen = ({ id, question }: BlindTimeQuestion) => open.includes(id) || open.includes(question);

  describe(title, () => {
    let t: TestArchive;
    beforeAll(async () => {
      t = await createTestArchive({ corpus });
    });
    afterAll(async () => {
      await t?.cleanup();
    });

    const wrong = async ({ askedAt, question, check }: BlindTimeQuestion) => {
      const result = await t.archive.ask(question, { askedAt });
      if (!result.ok) throw new Error(result.problem.message);
      return judgeTimeAnswer(result.answer, askedAt, check);
    };

    it("names only questions of the set as open", () => {
      expect(open.filter((name) => !blind.some((b) => b.id === name || b.question === name))).toEqual([]);
    });

    it.each(blind.filter((b) => !isOpen(b)).map((b) => [b.id, b.question, b] as const))(
      "%s: %s",
      async (_id, _question, question) => {
        expect(await wrong(question)).toBeNull();
      },
    );

    it(`gets at least ${blind.length - open.length} of the ${blind.length} right`, async () => {
      let right = 0;
      for (const question of blind) if ((await wrong(question)) === null) right++;
      expect(right).toBeGreaterThanOrEqual(blind.length - open.length);
    });
  });
}
