/** withTaglishRead: Taglish read as English, its question word first, only in a message Tagalog alone writes. */
import { withTaglishRead } from "../../../src/core/question/taglish";

describe("withTaglishRead", () => {
  it("reads the question word with what it asks, and the rest in English words, leaving out joining words", () => {
    expect(withTaglishRead("Ilang tao yung in-evacuate sa Yeoncheon after nung palitan ng artillery?")).toBe(
      "how many people evacuate Yeoncheon after exchange of artillery?",
    );
    expect(withTaglishRead("Kailan sinuspend ng US yung GSP ng Cambodia?")).toBe(
      "when did suspend of US GSP of Cambodia?",
    );
    expect(withTaglishRead("Saang school nagkakilala sina Mario at Isabel ng Heaven Sent Gaming?")).toBe(
      "which school met Mario and Isabel of Heaven Sent Gaming?",
    );
    expect(withTaglishRead("Gaano katagal daw si Valeska Paris sa Freewinds na barko?")).toBe(
      "how long Valeska Paris Freewinds ship?",
    );
  });

  it("puts a question word asked late first, with the words it takes", () => {
    expect(
      withTaglishRead("Yung Chin Malin ng Justice Ministry, anong government group yung pinamumunuan niya?"),
    ).toBe("what government group Chin Malin of Justice Ministry heads?");
    expect(
      withTaglishRead(
        "Yung presidential candidate na si Christopher Hill, saang branch ng military siya nag-serve?",
      ),
    ).toBe("which branch of military presidential candidate Christopher Hill serve?");
  });

  it("reads 'ilang taon' before a person as 'how old', a figure after 'ilan' by its name, 'magkano' as money", () => {
    expect(
      withTaglishRead("Ilang taon na po yung presidente ng International Brotherhood of Magicians?"),
    ).toBe("how old president of International Brotherhood of Magicians?");
    expect(withTaglishRead("ilang taon siya doon sa barko?")).toBe("how many years ship?");
    expect(withTaglishRead("Ilan ba yung population ng Cambodia ngayon?")).toBe(
      "what is the population of Cambodia now?",
    );
    expect(withTaglishRead("Ilan ba yung population sa Cambodia?")).toBe(
      "what is the population of Cambodia?",
    );
    expect(withTaglishRead("Magkano yung piyansa ni Daniel Montalvo nung na-release siya?")).toBe(
      "how much money bail Daniel Montalvo release?",
    );
  });

  it("asks 'when did' of a verb after 'kailan', in its plain form", () => {
    expect(withTaglishRead("Kailan po talaga dumating ang Endeavour sa California Science Center?")).toBe(
      "when did arrive Endeavour California Science Center?",
    );
    expect(withTaglishRead("Kailan tinigil ng Microsoft yung support?")).toBe(
      "when did stop of Microsoft support?",
    );
    expect(withTaglishRead("Kailan ba yung commune election sa Cambodia?")).toBe(
      "when commune election Cambodia?",
    );
  });

  it("reads 'Sino po yung …' as 'who is the …', but not before a verb, and 'Ilan po yung' + a verb as people", () => {
    expect(withTaglishRead("Sino po yung president ng The Magic Circle sa London?")).toBe(
      "who is the president of The Magic Circle London?",
    );
    expect(withTaglishRead("Sino po yung naging pinakabatang LegCo member?")).toBe(
      "who became youngest LegCo member?",
    );
    expect(withTaglishRead("Ilan po yung bumisita sa Warhol exhibit?")).toBe(
      "how many people visited Warhol exhibit?",
    );
  });

  it("unwraps an English verb only from a word English does not write", () => {
    expect(withTaglishRead("Ano yung pinakaunang libro na pinarecord ng LibriVox founder?")).toBe(
      "what is the first book record of LibriVox founder?",
    );
    expect(withTaglishRead("Sino yung nag-interview kay Chomsky sa MIT?")).toBe("who interview Chomsky MIT?");
    expect(withTaglishRead("Sino po yung singer ng Mission Impossible?")).toBe(
      "who is the singer of Mission Impossible?",
    );
  });

  it("reads an object's inherited key ('constructor') as a word of its own", () => {
    expect(withTaglishRead("Sino po yung constructor ng bridge?")).toBe("who is the constructor of bridge?");
  });

  it("leaves English, and a message with one Tagalog word, as typed", () => {
    const english = "Who is the foreign minister of Cambodia?";
    expect(withTaglishRead(english)).toBe(english);
    expect(withTaglishRead("Ang Lee directed which film in 2005?")).toBe(
      "Ang Lee directed which film in 2005?",
    );
    expect(withTaglishRead("Sino Group chairman: who is he?")).toBe("Sino Group chairman: who is he?");
  });
});
