/** A guess put as a leading question before the question that asks (leading-questions.ts). */
import { draftClaims } from "../../../src/core/question/checked-claims";
import { leadsWithGuess } from "../../../src/core/question/leading-questions";

describe("leadsWithGuess", () => {
  it.each([
    "It was Kamala Harris he sat down with, wasn't it? Who did he actually meet?",
    "Didn't the crane kill about 20 people? How many actually died?",
    "The Gliders won gold in 2002, didn't they? What medal did they win?",
  ])("finds the guess in %s", (question) => {
    expect(leadsWithGuess(question)).toBe(true);
  });

  it.each([
    // A leading question alone asks itself.
    "Wasn't it the foreign minister who met Blinken?",
    "It was Blinken he met, wasn't it?",
    "Who did the minister meet? Was it Blinken?",
    "Did the team actually win a medal?",
  ])("finds none in %s", (question) => {
    expect(leadsWithGuess(question)).toBe(false);
  });
});

describe("draftClaims", () => {
  it("reads a leading question before the asking one as a claim, and what the asking one asks", () => {
    const question = "It was Kamala Harris he sat down with, wasn't it? Who did he actually meet?";
    const claims = draftClaims(question);
    expect(claims.spans.map(([from, to]) => question.slice(from, to).trim())).toEqual([
      "It was Kamala Harris he sat down with, wasn't it?",
    ]);
    expect(claims.names).toBe(true);
  });
});
