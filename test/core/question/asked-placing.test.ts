import { placingMissing } from "../../../src/core/question/asked-placing";

describe("placingMissing", () => {
  const award =
    "A group of Afghan teenagers was awarded a silver medal for courageous achievement. The European team won the competition overall, with the silver medal going to Poland. Critics blame the atmosphere for denying them entry in the first place.";

  it("is true when a placing is asked and the story places no one", () => {
    expect(
      placingMissing("What place did the Afghan girls' team finish in the overall standings?", award),
    ).toBe(true);
    expect(
      placingMissing("the afghan girls team, what was their final rank in the whole competition?", award),
    ).toBe(true);
    expect(placingMissing("in the end they finish number what in overall ranking?", award)).toBe(true);
  });

  it("is false when the story places someone", () => {
    const question = "What place did the Afghan girls' team finish in the overall standings?";
    expect(placingMissing(question, "The Afghan team finished 115th of 163 teams.")).toBe(false);
    expect(placingMissing(question, "Afghanistan took third place.")).toBe(false);
    expect(
      placingMissing(
        "in what position does Professor Chomsky rank among the most cited scholars?",
        "He is the fifth most cited scholar of all time.",
      ),
    ).toBe(false);
  });

  it("asks no placing of a post, a spot where something took place, or a place", () => {
    expect(placingMissing("What position does Chin Malin hold?", award)).toBe(false);
    expect(placingMissing("At which spot near Mecca did the 2006 Hajj crush take place?", award)).toBe(false);
    expect(placingMissing("In what year was Aner Shalev born, and in which place?", award)).toBe(false);
  });
});
