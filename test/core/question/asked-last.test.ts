/** withAskedLastFirst: a one-sentence message that asks in its last words, read with them first. */
import { withAskedLastFirst } from "../../../src/core/question/asked-last";

describe("withAskedLastFirst", () => {
  it.each([
    ["Taipei lantern festival entry ticket how much?", "how much is Taipei lantern festival entry ticket?"],
    ["Cambodia FM who?", "who is Cambodia FM?"],
    ["wikiHow got how many staff", "how many staff wikiHow got?"],
    ["USI warhol exhibit ticket price?", "how much is USI warhol exhibit ticket?"],
    ["valeska paris husband's name?", "what is valeska paris husband's name?"],
    ["Chomsky wife name", "what is the name of Chomsky wife?"],
    [
      "Sweden v Korea Nizhny Novgorod attendance?",
      "what is the attendance of Sweden v Korea Nizhny Novgorod?",
    ],
    ["Nathan Law age when elected", "how old was Nathan Law when elected?"],
    ["Valeska Paris age?", "how old is Valeska Paris?"],
  ])("%s → %s", (typed, read) => {
    expect(withAskedLastFirst(typed)).toBe(read);
  });

  it.each([
    // It asks already, as English writes it.
    "the Licadho operations director quoted in the Cambodia piece, what's his name?",
    "Who won the election, and by how much?",
    // A clause of its own that asks as English does; asked after the word it goes with.
    "Worst Hajj stampede on record before the Jamarat one — how many died?",
    "ants that self-medicate — deaths cut by how much?",
    "scientology.org traffic before the attack up how much?",
    // More than one sentence, an errand, one word of topic, a "when" clause after a noun other than an age.
    "Sokhonn met Blinken. US counterpart name?",
    "Write me a 200-word intro for a piece on the oil price.",
    "Price?",
    "Wah di score when di Reggae Boyz play Mexico last week?",
  ])("leaves %s as typed", (typed) => {
    expect(withAskedLastFirst(typed)).toBe(typed);
  });
});
