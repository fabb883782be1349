/** withPidginRead: Nigerian Pidgin read as English, only in a message that Pidgin alone writes. */
import { withPatoisRead } from "../../../src/core/question/patois";
import { isPidgin, withPidginRead } from "../../../src/core/question/pidgin";

describe("withPidginRead", () => {
  it.each([
    // "be" and "dey" read "is", "wey" "who" after a person and "that" after a thing, "for" "of" after a post.
    [
      "abeg who be the foreign minister for Cambodia wey sit down with Blinken?",
      "who is the foreign minister of Cambodia who sit down with Blinken?",
    ],
    ["who be the oga wey dey run the group?", "who is the head who is run the group?"],
    [
      "the government group wey Chin Malin dey lead, wetin be him name?",
      "the government group that Chin Malin is lead, what is his name?",
    ],
    // "na" before a question word only stresses it; "dem go …" is "them will …".
    ["na when dem go do the election for Cambodia?", "when them will do the election in Cambodia?"],
    [
      "wetin happen for the election wey dem do for 2022?",
      "what happened in the election that them do in 2022?",
    ],
    // "pikin" is "child", "children" when counted or followed by "dem"; particles left out, their commas kept.
    [
      "how many pikin dem test for the iodine study sef?",
      "how many children them test for the iodine study?",
    ],
    [
      "the pikin wey carry clock go school, wetin be him name?",
      "the child who carry clock go school, what is his name?",
    ],
    // "talk say" is "said", "yarn" "say", "make una tell me" and "e get …?" ask plainly.
    ["the man wey talk say e go end, wetin be him name?", "the man who said it will end, what is his name?"],
    [
      "make una tell me, wetin Chak Sopheap yarn about the vote?",
      "tell me, what Chak Sopheap say about the vote?",
    ],
    [
      "how many people dem wound for Mecca sef? e get any number?",
      "how many people them wound in Mecca? is there any number?",
    ],
    // "no" after who does it is "not"; "don" before a verb "have"; "wahala" "trouble".
    ["why dem no allow the girls? na visa wahala abi?", "why them not allow the girls? is visa trouble?"],
    ["how many party don register sef, abeg?", "how many party have register?"],
    // "o" closing a clause marks Pidgin; "how far," greets; "wetin make" asks why.
    ["wetin cause the crane to fall o?", "what cause the crane to fall?"],
    ["how far, wetin make dem arrest the boy?", "why them arrest the boy?"],
  ])("%s", (typed, read) => {
    expect(withPidginRead(typed)).toBe(read);
  });

  it("asks a question word asked last first: '… na who?'", () => {
    expect(withPidginRead("The oga for Cambodia Center for Human Rights na who, abeg?")).toBe(
      "who is the head of Cambodia Center for Human Rights?",
    );
    expect(withPidginRead("Abeg, the new flag vote for New Zealand na when?")).toBe(
      "when is the new flag vote in New Zealand?",
    );
  });

  it("reads an object's inherited key ('constructor') as a word of its own", () => {
    expect(withPidginRead("wetin the constructor dey build for Mecca?")).toBe(
      "what the constructor is build in Mecca?",
    );
  });

  it("reads a message whose clause opens with 'wetin' though it has no other Pidgin word", () => {
    expect(withPidginRead("wetin happen for the election")).toBe("what happened in the election");
    expect(withPidginRead("EBA, wetin the letters mean?")).toBe("EBA, what the letters mean?");
  });

  it("leaves English, names and a lone Pidgin word as typed", () => {
    for (const text of [
      "Who did Prak Sokhonn meet in Washington?",
      "Which costume did Mark Hamill don at the expo? Was Don Lemon there?",
      "Is the Wey river near the Abi Sha hotel in Oga?",
      "¿quién fue una de las chicas del equipo?",
      "Sino na ang nanalo sa election?",
      "Kitne log the wahan na?",
      "What does SHA stand for, and who is the ABI?",
      "Did the wetin o-ring fail?",
    ])
      expect(withPidginRead(text)).toBe(text);
  });
});

describe("Pidgin and Patois", () => {
  it("reads a message with one of them only: more of Pidgin's own words than Patois's own", () => {
    const pidgin = "Wetin di pikin dem talk for di school wey dey Texas?";
    expect(isPidgin(pidgin)).toBe(true);
    expect(withPidginRead(pidgin)).toBe("What the children them talk for the school that is Texas?");
    expect(withPatoisRead(withPidginRead(pidgin))).toBe(withPidginRead(pidgin));
    // Patois's: "seh", "inna" and "pon" are Patois's own, one word Pidgin's.
    const patois = "Wah di pikin dem seh inna di yard pon di news?";
    expect(isPidgin(patois)).toBe(false);
    expect(withPidginRead(patois)).toBe(patois);
    // Shared words alone mark neither as Pidgin.
    expect(isPidgin("Wah di Afghan girls dem name dem robot?")).toBe(false);
  });

  it("reads the words both write as Patois reads them", () => {
    expect(withPidginRead("wetin dem seh wey di pickney dey do?")).toBe(
      "what them say that the children is do?",
    );
    expect(withPatoisRead("wah dem seh di pickney do?")).toBe("what them say the children do?");
  });
});
