/** Who came after or before someone, asked of a story that tells of no one taking over (asked-succession.ts). */
import { asksSuccession, successionMissing } from "../../../src/core/question/asked-succession";

describe("asksSuccession", () => {
  it.each([
    "who replaced charles bolden as nasa administrator",
    "Who replaced Marta Olsen?",
    "Who took over from Lund?",
    "who is replacing the governor",
    "Who succeeded her?",
    "Who came before Lund?",
    "who was taipei mayor before hau lung-bin",
    "who did william evans take over from as president of the brotherhood?",
    "who did the new minister replace",
    "Need the one-line version: who replaced Hun Sen as prime minister, and when?",
    "for the script — who succeeded Bolden at NASA?",
  ])("%s → true", (question) => {
    expect(asksSuccession(question)).toBe(true);
  });

  it.each([
    "Who won before 2019?",
    "Which dancer will replace Tyra Banks as host?",
    "What replaced the bird icon?",
    "Who resigned as finance minister?",
  ])("%s → false", (question) => {
    expect(asksSuccession(question)).toBe(false);
  });
});

describe("successionMissing", () => {
  const resigned =
    "In May, Maxime Bernier was forced to resign as Foreign Affairs minister after it became known that he left sensitive documents.";

  it("is true when the story tells of no one taking over: a resignation alone is not a successor", () => {
    expect(successionMissing("who replaced maxime bernier as foreign affairs minister", resigned)).toBe(true);
    expect(successionMissing("Who came before Lund?", "Peter Lund presented the budget on Tuesday.")).toBe(
      true,
    );
  });

  it("is false when it does, or when the question asks no successor", () => {
    expect(
      successionMissing("Who replaced Marta Olsen?", "Olsen resigned; the cabinet appointed Peter Lund."),
    ).toBe(false);
    expect(successionMissing("Who took over from Lund?", "Anna Berg was sworn in on Monday.")).toBe(false);
    expect(successionMissing("Who came before Lund?", "Lund succeeded Marta Olsen in 2022.")).toBe(false);
    expect(successionMissing("Who is the finance minister?", resigned)).toBe(false);
  });
});
