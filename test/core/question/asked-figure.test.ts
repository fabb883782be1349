/** "How many …?" about something the story talks about but never counts: a near miss. */
import {
  countedWords,
  countingSentence,
  figureMissing,
  namedFigure,
} from "../../../src/core/question/asked-figure";

describe("countedWords", () => {
  it.each([
    ["How many members does the Sea Org have?", ["members"]],
    ["How many positive monkeypox cases are in the United States?", ["positive", "monkeypox", "cases"]],
    ["How many council seats are up for grabs?", ["council", "seats"]],
    ["What is the population of Taipei?", []],
  ])("%s → %j", (question, words) => {
    expect(countedWords(question)).toEqual(words);
  });
});

describe("namedFigure", () => {
  it.each([
    ["What is the population of Taipei?", ["population"]],
    ["what's the population of herat", ["population"]],
    ["What was the turnout rate in the 2016 election?", ["turnout"]],
    ["What was voter turnout in Cambodia's June 2022 commune elections?", ["turnout"]],
    ["What is the death toll from the storm?", ["death", "toll"]],
    ["What is the Sea Org?", []],
    ["How many people live in Taipei?", []],
  ])("%s → %j", (question, words) => {
    expect(namedFigure(question)).toEqual(words);
  });
});

describe("figureMissing", () => {
  const story =
    "The Sea Org is the church's elite order. Its members sign a lifelong contract. The church has 12 centres in Europe.";

  it("is true when no sentence has a number beside the counted words", () => {
    expect(figureMissing("How many members does the Sea Org have?", story)).toBe(true);
  });

  it("is false when one does, as written, by another form, or by a near word", () => {
    expect(figureMissing("How many centres does the church run?", story)).toBe(false);
    expect(figureMissing("How many centre does the church run?", story)).toBe(false);
    const nearest = (words: string[], texts: string[]) =>
      new Map(words.map((w) => [w, w === "branches" && texts.join(" ").includes("centres") ? 0.7 : 0.1]));
    expect(figureMissing("How many branches does the church run?", story, nearest)).toBe(false);
    expect(figureMissing("How many branches does the church run?", story)).toBe(true);
  });

  it("asks the same of a figure asked by name (a population, a turnout)", () => {
    const city = "Taipei hosts a lantern festival. The city's population of 2.6 million turned out.";
    expect(
      figureMissing("What is the population of Taipei?", "Taipei hosts a lantern festival every year."),
    ).toBe(true);
    expect(figureMissing("What is the population of Taipei?", city)).toBe(false);
    expect(figureMissing("What was the turnout in the vote?", "The vote was held on Sunday.")).toBe(true);
    expect(figureMissing("What was the turnout in the vote?", "Turnout was 58 % on Sunday.")).toBe(false);
  });

  it("is false for a question that asks no count", () => {
    expect(figureMissing("What is the Sea Org?", story)).toBe(false);
  });
});

describe("countingSentence", () => {
  const countsAsked = (
    question: string,
    sentence: string,
    nearest?: Parameters<typeof countingSentence>[1],
  ) => countingSentence(countedWords(question), nearest)(sentence);

  const question = "How many council seats are up for grabs?";

  it("is true when a count stands right before a counted word", () => {
    expect(countsAsked(question, "Voters will fill 11,622 commune council seats in June.")).toBe(true);
    expect(countsAsked(question, "Six seats went to the opposition.")).toBe(true);
  });

  it("is false when the sentence counts something else, or the count stands far from the word", () => {
    expect(countsAsked(question, "About 500 people attended; the council seats were contested.")).toBe(false);
    expect(countsAsked(question, "The council seats are contested.")).toBe(false);
    expect(countsAsked("What is at stake?", "Voters will fill 11,622 council seats.")).toBe(false);
  });

  it("takes a near word for the counted one (word vectors)", () => {
    const nearest = (words: string[], texts: string[]) =>
      new Map(words.map((w) => [w, w === "grains" && texts.join(" ").includes("particles") ? 0.7 : 0.1]));
    const grains = "How many grains were found?";
    expect(countsAsked(grains, "There should be around 45 particles.", nearest)).toBe(true);
    expect(countsAsked(grains, "There should be around 45 particles.")).toBe(false);
  });
});
