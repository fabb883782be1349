/** What a question asks for, and how well a sentence carries it. */
import { answerKind, carries, dateFit, YEAR_ONLY } from "../../src/core/answer-kind";

describe("answerKind", () => {
  it.each([
    ["When was the CNRP dissolved?", "date"],
    ["What year did the US suspend the GSP?", "date"],
    ["Who heads the rights group?", "name"],
    ["How many seats are contested?", "number"],
    ["Which country hosts the summit?", null],
  ])("%s → %s", (question, kind) => {
    expect(answerKind(question)).toBe(kind);
  });
});

describe("dateFit", () => {
  it("prefers a month or a day to a year alone, and a year to no date", () => {
    expect(dateFit("The Supreme Court in November 2017 disbanded the CNRP.")).toBe(1);
    expect(dateFit("They met on Tuesday.")).toBe(1);
    expect(dateFit("Rights have worsened since the 2017 dissolution of the CNRP.")).toBe(YEAR_ONLY);
    expect(dateFit("The party was dissolved by the court.")).toBe(0);
    expect(YEAR_ONLY).toBeLessThan(1);
  });
});

describe("carries", () => {
  it("finds a name the question does not already give", () => {
    expect(carries("name", "Chak Sopheap, the executive director, said so.", "Who heads the group?")).toBe(
      true,
    );
    expect(carries("name", "Chak Sopheap said so.", "What did Chak Sopheap say?")).toBe(false);
    expect(carries("number", "It has 11,622 seats.", "How many seats?")).toBe(true);
  });
});
