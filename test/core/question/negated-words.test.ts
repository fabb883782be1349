/** A participle negated by "un-" that the archive never writes is searched as "not" and the participle (negated-words.ts). */
import { withNegationsSpelled } from "../../../src/core/question/negated-words";
import { toTerm } from "../../../src/text/tokenize";

const held = new Set(["convinced", "harmed", "covered", "unopposed", "opposed", "sealed"].map(toTerm));
const retriever = { holdsTerm: (term: string) => held.has(term) };

describe("withNegationsSpelled", () => {
  it.each([
    [
      "who remains unconvinced by the government's explanation",
      "who remains not convinced by the government's explanation",
    ],
    ["were the passengers unharmed?", "were the passengers not harmed?"],
  ])("%s → %s", (typed, searched) => {
    expect(withNegationsSpelled(typed, retriever)).toBe(searched);
  });

  it.each([
    // A word the archive writes stays as typed.
    "was he unopposed in the vote",
    // "un-" reversing a verb: uncovered is found, not "not covered".
    "what did the reporters find uncovered in the files",
    "when was the indictment unsealed",
    // The participle is no word the archive writes either.
    "who was unimpressed by the plan",
    // Not a participle, and capitals are a name's.
    "was the unrest in the capital",
    "Unconvinced voters, said who?",
  ])("%s: as typed", (typed) => {
    expect(withNegationsSpelled(typed, retriever)).toBe(typed);
  });

  it("reads nothing without an index to ask", () => {
    expect(withNegationsSpelled("who remains unconvinced", {})).toBe("who remains unconvinced");
  });
});
