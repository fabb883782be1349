/** How a later event turned out, asked of a story that tells of it only as still to come (later-events.ts). */
import { laterEventMissing } from "../../../src/core/question/later-events";

const story =
  "The Afghan team won a silver medal for courageous achievement. Next year's competition is scheduled to take place in Mexico City.";

describe("laterEventMissing", () => {
  it("is true when the question asks how a later event turned out and the story tells of it only as to come", () => {
    expect(
      laterEventMissing("who won the FIRST Global Challenge the following year in Mexico City?", story),
    ).toBe(true);
    expect(laterEventMissing("which country won the next one, the one in Mexico City", story)).toBe(true);
    // A learner's present tense.
    expect(
      laterEventMissing("who win the FIRST Global robot challenge in mexico city the next year?", story),
    ).toBe(true);
    expect(laterEventMissing("next year in Mexico City they get what medal?", story)).toBe(true);
  });

  it("is false when the story tells how the later event went, or never tells of a later year", () => {
    const told = "Next year's competition, held in Mexico City, was won by Europe.";
    expect(laterEventMissing("who won the FIRST Global Challenge the following year?", told)).toBe(false);
    expect(
      laterEventMissing(
        "who won the FIRST Global Challenge the following year?",
        "The Afghan team won a medal.",
      ),
    ).toBe(false);
  });

  it("is false for a question that asks no outcome, or about no later event", () => {
    expect(laterEventMissing("where is next year's competition?", story)).toBe(false);
    expect(laterEventMissing("which medal did the Afghan team win?", story)).toBe(false);
  });
});
