import { dateMissing } from "../../../src/core/question/asked-date";

const STORY = [
  "Former Israeli president Shimon Peres was buried in Jerusalem on Friday.",
  "World leaders, among them Barack Obama, attended the funeral.",
  "He served as prime minister twice.",
].join(" ");

describe("dateMissing", () => {
  it("is true for a when-question whose story dates nothing the question names", () => {
    expect(dateMissing("What year did Shimon Peres win the Nobel Peace Prize?", STORY)).toBe(false);
    expect(dateMissing("What year did the Nobel Peace Prize go to him?", STORY)).toBe(true);
    expect(dateMissing("when did the berlin wall come down exactly, day and month", STORY)).toBe(true);
  });

  it("is false when a dated sentence holds one of the question's words, in any form", () => {
    expect(dateMissing("When was Peres buried?", STORY)).toBe(false);
    expect(dateMissing("On what date was Peres laid to rest in Jerusalem?", STORY)).toBe(false);
    // "buried" and "bury": the sentence's base forms count.
    expect(dateMissing("When did they bury him?", "They buried him on Friday in Jerusalem.")).toBe(false);
  });

  it("only asks when: other questions, and a question of asking words alone, are never missing a date", () => {
    expect(dateMissing("Who attended the Nobel ceremony?", STORY)).toBe(false);
    expect(dateMissing("What date exactly?", STORY)).toBe(false);
  });
});

describe("dateMissing, what is not asked as a calendar date", () => {
  it("leaves 'what time' (often a duration) and 'what day' (a weekday, a holiday) to the other signals", () => {
    const story = "A Californian man solved a Rubik's Cube in 3.13 seconds. Heart attacks peak on Mondays.";
    expect(dateMissing("A man set a record by solving a Rubik's Cube in what time?", story)).toBe(false);
    expect(dateMissing("Heart attacks are most likely to happen on what day?", story)).toBe(false);
    expect(dateMissing("In what year did a man solve a Rubik's Cube fastest?", story)).toBe(true);
  });
});
