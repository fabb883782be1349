/**
 * A reader's question passed on by an editor, and an asker's guess after a question (forwarded-messages.ts,
 * asker-guesses.ts): the question is answered as if asked plainly, and a wrong guess does not make it one the
 * archive cannot answer.
 */
import type { Answer } from "../../src/core/types";
import { answerOver, expectFactsQuoted, useReporterArchive } from "../helpers/reporter-archive";

const archive = useReporterArchive();
const ask = (question: string): Promise<Answer> => answerOver(archive(), question);

describe("a question with the asker's guess", () => {
  it("answers it though the guessed name or number is one the archive lacks", async () => {
    await expectFactsQuoted(archive(), [
      [
        "Which American official did Cambodia's foreign minister sit down with in Washington? I think it was Antony Blinken but my husband says Pompeo.",
        "Secretary of State Anthony Blinken",
      ],
      ["What was the turnout rate in the Hong Kong legislative election? I think you said 68%?", "58%"],
      [
        "Where and when was the mathematician Aner Shalev born? I thought he was from Tel Aviv.",
        "Kibbutz Kinneret",
      ],
    ]);
  });
});

describe("a reader's question passed on by an editor", () => {
  it("answers the reader's question, not the editor's words around it", async () => {
    const plain = await ask("Where and when was the mathematician Aner Shalev born?");
    for (const forwarded of [
      "A reader writes: 'Where and when was the mathematician Aner Shalev born?' Can we answer?",
      "Got this from a subscriber — 'Where and when was the mathematician Aner Shalev born?' — what do we have?",
      "Reader Q from the newsletter inbox: 'Where and when was the mathematician Aner Shalev born?'",
    ]) {
      const answer = await ask(forwarded);
      expect(answer.status).toBe("answered");
      expect(answer.citations.map((c) => c.quote)).toEqual(plain.citations.map((c) => c.quote));
      expect(answer.question).toBe(forwarded);
    }
  });

  it("still refuses a reader's own trouble passed on so", async () => {
    const answer = await ask(
      "A reader writes: 'My Saturday paper hasn't been delivered for three weeks running. Who do I call?' Can we answer?",
    );
    expect(answer.status).toBe("not_found");
  });
});
