/** A figure the story gives, but of a rival of the question's name: "Livorno" where the question asks "Milan". */
import { figureMissing } from "../../../src/core/question/asked-figure";
import { namesRival } from "../../../src/core/question/rival-names";
import { nearestWords } from "../../../src/index/search/nearest-words";

describe("namesRival (word vectors)", () => {
  const milan = namesRival("How much do Milan's catholic schools owe in back taxes?", nearestWords);

  it("is true when the sentence lacks a name of the question and names a near one instead", () => {
    expect(milan("Two religious schools in Livorno must pay over 422,000 euros in arrears.")).toBe(true);
  });

  it("is false when the sentence names the question's name, or no near one", () => {
    expect(milan("Two religious schools in Milan must pay over 422,000 euros in arrears.")).toBe(false);
    expect(milan("Two religious schools must pay over 422,000 euros in arrears.")).toBe(false);
    expect(milan("Professor Smith said schools must pay over 422,000 euros.")).toBe(false);
  });

  it("reads a run of capitals that holds a name of the question as that name written out", () => {
    const accords = namesRival("How many nations signed the Paris Accords?", nearestWords);
    expect(accords("Some 196 parties adopted the Paris Agreement in 2015.")).toBe(false);
    // Without Paris in the run, "Agreement" would stand in for "Accords".
    expect(accords("Some 196 parties adopted the Agreement in 2015, in Paris.")).toBe(true);
  });

  it("does not take a name the passage writes another way for missing", () => {
    const question = "How many Malaysian boats were turned back?";
    const passage = "Indonesia turned back 12 boats off Aceh.";
    expect(namesRival(question, nearestWords)(passage)).toBe(true);
    expect(namesRival(question, nearestWords, (name) => name === "malaysian")(passage)).toBe(false);
  });

  it("is false without names in the question or without word vectors", () => {
    expect(
      namesRival("how much do the schools owe?", nearestWords)("Schools in Livorno owe 422,000 euros."),
    ).toBe(false);
    expect(namesRival("How much do Milan's schools owe?")("Schools in Livorno owe 422,000 euros.")).toBe(
      false,
    );
  });
});

describe("figureMissing with a rival", () => {
  const story =
    "Rohingya migrants are adrift in the Andaman Sea.\n\nFishermen in Aceh, Indonesia, rescued over 700 asylum seekers on Friday.\n";
  const rival = (question: string) => namesRival(question, nearestWords);

  it("counts no sentence that gives the figure of a rival", () => {
    const question = "How many asylum seekers did Malaysia rescue?";
    expect(figureMissing(question, story, nearestWords, null, question, rival(question))).toBe(true);
    expect(figureMissing(question, story, nearestWords, null, question)).toBe(false);
    const own = "How many asylum seekers did Indonesia rescue?";
    expect(figureMissing(own, story, nearestWords, null, own, rival(own))).toBe(false);
  });

  it("and no sum of money of a rival", () => {
    const taxes = "The Court ruled on two schools in Livorno, which must pay over 422,000 euros in arrears.";
    const question = "How much do Catholic schools in Milan owe in taxes?";
    expect(figureMissing(question, taxes, nearestWords, null, question, rival(question))).toBe(true);
    expect(figureMissing(question, taxes, nearestWords, null, question)).toBe(false);
  });
});
