/** Claims to check and two readings joined by "or" (checked-claims.ts). */
import { alternativeSpans, checksClaim, unaskedEntities } from "../../../src/core/question/checked-claims";

describe("checksClaim", () => {
  it.each([
    ["fact-check: Washington pulled Cambodia's GSP in 2019?", true],
    ["Fact check - the summit was on May 12?", true],
    ["true or false: the crane fell in a storm", true],
    ["is it true that Markey signed the letter?", true],
    ["who checked the facts in the story?", false],
  ])("%j → %p", (question, checks) => {
    expect(checksClaim(question)).toBe(checks);
  });
});

describe("alternativeSpans", () => {
  it("finds two names or years joined by 'or'", () => {
    const question = "Did Tina McKenzie captain the Gliders in 2005 or in 2010?";
    const [span] = alternativeSpans(question);
    expect(question.slice(...(span as [number, number]))).toBe("2005 or in 2010");
    expect(alternativeSpans("Is it Ed Markey or Edward Markey?").length).toBe(1);
    expect(alternativeSpans("did they win or lose?")).toEqual([]);
  });
});

describe("unaskedEntities", () => {
  const story =
    "U.S. Senator Ed Markey, of Massachusetts, is one of them. The U.S in 2020 suspended the GSP.";

  it("drops the reading the story lacks when it holds the other", () => {
    expect([...unaskedEntities("Is the senator Ed Markey or Edward Markey?", [story])]).toEqual(["edward"]);
  });

  it("keeps both when the story holds neither", () => {
    expect([...unaskedEntities("Is the senator John Kerry or Edward Kennedy?", [story])]).toEqual([]);
  });

  it("drops a checked claim's years, not its names", () => {
    expect([...unaskedEntities("fact-check: Washington pulled the GSP in 2019?", [story])]).toEqual(["2019"]);
    expect([...unaskedEntities("Washington pulled the GSP in 2019?", [story])]).toEqual([]);
  });
});
