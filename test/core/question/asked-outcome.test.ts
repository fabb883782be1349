/** An asked outcome (who won, convicted, what sentence) that the story does not report (asked-outcome.ts). */
import { outcomeMissing } from "../../../src/core/question/asked-outcome";

const BEFORE_THE_VOTE =
  "There are 17 political parties registered to contest the 11,622 commune council seats next month.";

describe("outcomeMissing", () => {
  it("is true when the question asks who won and the story reports no win, victory or defeat", () => {
    expect(outcomeMissing("who won the june 5 commune election in cambodia", BEFORE_THE_VOTE)).toBe(true);
    expect(outcomeMissing("How many seats did the party end up winning?", BEFORE_THE_VOTE)).toBe(true);
  });

  it("is false when the story reports an outcome of that kind, in any of its forms", () => {
    expect(outcomeMissing("Who won the vote?", "The ruling party claimed victory on Sunday.")).toBe(false);
    expect(outcomeMissing("Which team won?", "Sweden defeated South Korea 1-0.")).toBe(false);
    expect(outcomeMissing("Was he convicted?", "A jury found him guilty of grand theft.")).toBe(false);
    expect(outcomeMissing("What sentence did they get?", "They were jailed for six years.")).toBe(false);
  });

  it("reads trials too: a conviction or a sentence the story does not give", () => {
    const trial = "The couple are undergoing trial for manslaughter by gross negligence.";
    expect(outcomeMissing("was the couple convicted of manslaughter?", trial)).toBe(true);
    expect(outcomeMissing("what sentence did the couple get in the end", trial)).toBe(true);
  });

  it("is false for a question that asks no outcome, or names one only while setting the scene", () => {
    expect(outcomeMissing("How many parties are registered?", BEFORE_THE_VOTE)).toBe(false);
    expect(
      outcomeMissing(
        "After winning the primary, she spoke in Iowa. Where did she speak next?",
        BEFORE_THE_VOTE,
      ),
    ).toBe(false);
  });
});
