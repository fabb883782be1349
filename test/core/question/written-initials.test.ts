/** A long capitalised name is also searched by its initials where the archive writes them. */
import { writtenInitials } from "../../../src/core/question/written-initials";

const archive = { holdsTerm: (term: string) => ["esc", "fda"].includes(term) };

describe("writtenInitials", () => {
  it("gives the initials of the question's names of three or more capitalised words that the archive writes", () => {
    expect(writtenInitials("Which country won the Eurovision Song Contest?", archive)).toEqual(["ESC"]);
    expect(writtenInitials("What did the Food and Drug Administration approve?", archive)).toEqual(["FDA"]);
  });

  it("gives none the archive does not write, none for two-word names, none without the archive's terms", () => {
    expect(writtenInitials("Who won the National Invitational Tournament?", archive)).toEqual([]);
    expect(writtenInitials("Who won the Eurovision Contest?", { holdsTerm: () => true })).toEqual([]);
    expect(writtenInitials("Which country won the Eurovision Song Contest?", {})).toEqual([]);
  });
});
