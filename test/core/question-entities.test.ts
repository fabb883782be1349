import { missingEntities, questionEntities } from "../../src/core/question-entities";

describe("questionEntities", () => {
  it.each([
    ["Who is Japan's prime minister?", ["japan"]],
    [
      "What did Thailand's foreign minister discuss with Antony Blinken in 2022?",
      ["thailand", "antony", "blinken", "2022"],
    ],
    ["Police arrested 31 men this week in Idaho", ["idaho"]],
    ["EBA: what does it stand for?", ["eba"]],
    ["How many people died after 60 years of waiting?", []],
  ])("reads the names and years of %j", (question, expected) => {
    expect(questionEntities(question)).toEqual(expected);
  });
});

describe("missingEntities", () => {
  const texts = [
    "Cambodian Foreign Minister Prak Sokhonn met U.S. Secretary of State Antony Blinken in May 2022.",
  ];
  it("finds a name the stories do not hold, and accepts related word forms", () => {
    expect(missingEntities(["japan", "blinken"], texts)).toEqual(["japan"]);
    expect(missingEntities(["cambodia", "sokhonn", "2022"], texts)).toEqual([]);
    expect(missingEntities(["2023"], texts)).toEqual(["2023"]);
  });
});
