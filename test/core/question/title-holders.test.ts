/** A post's title written beside the name of whoever holds it (title-holders.ts). */
import { titleBesideName } from "../../../src/core/question/title-holders";

const commander = (word: string) => word === "commander";

describe("titleBesideName", () => {
  it("finds a title within a few words of a two-word name, before or after it", () => {
    expect(titleBesideName("Mission commander Chris Ferguson flew Atlantis.", commander)).toBe(true);
    expect(titleBesideName("Chris Ferguson, the mission's commander, landed.", commander)).toBe(true);
    expect(titleBesideName("Chris Ferguson, who flew four missions, was named commander.", commander)).toBe(
      false,
    );
  });

  it("is false for a title written of no one, or a name that is the sentence's common first words", () => {
    expect(
      titleBesideName(
        "However, the JSC will recieve pilot and commander seats from the flight deck.",
        commander,
      ),
    ).toBe(false);
    expect(titleBesideName("The Space Shuttle commander seats are on display.", commander)).toBe(true);
    expect(titleBesideName("The commander seats are on display.", commander)).toBe(false);
  });

  it("reads an interviewer's question answered by a name on the next line", () => {
    const governor = (word: string) => word === "governor";
    expect(
      titleBesideName(
        "Which previous Virginia Governor(s) do you most admire and why? Thomas Jefferson.",
        governor,
      ),
    ).toBe(true);
    expect(
      titleBesideName("Which previous Virginia Governor(s) do you most admire? The early ones.", governor),
    ).toBe(false);
  });
});
