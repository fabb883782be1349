import { missingCountries, questionStates } from "../../../src/core/question/question-entities";

describe("questionStates", () => {
  it.each([
    ["What was the name of the Ohio teen arrested over a homemade clock?", ["ohio"]],
    ["did the university of kentucky art museum get warhol polaroids", ["kentucky"]],
    ["Which New Mexico city hosted the balloon fiesta?", ["new mexico"]],
    // Washington is more often the capital or the government than the state; "Texan" is no state's name.
    ["What did Washington say about the deal?", []],
    ["Who won the Georgia runoff?", []],
    ["Which Texan senator spoke first?", []],
  ])("%s → %j", (question, states) => {
    expect(questionStates(question)).toEqual(states);
  });
});

describe("missingCountries, for a US state", () => {
  const named = ["ohio", "california"];

  it("finds a state by its name, its people's name or AP's abbreviation", () => {
    expect(
      missingCountries(["ohio"], ["Ahmed Mohamed, a 14-year-old boy from Irving, Texas, was arrested."]),
    ).toEqual(["ohio"]);
    expect(missingCountries(named, ["Residents of Columbus, Ohio, and Californians alike…"])).toEqual([]);
    expect(missingCountries(["california"], ["The fire spread near Paradise, Calif., on Monday."])).toEqual(
      [],
    );
  });
});
