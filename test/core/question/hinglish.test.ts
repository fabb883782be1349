/** withHinglishRead: Hinglish read as English, its question word first, only in a message Hindi alone writes. */
import { withHinglishRead } from "../../../src/core/question/hinglish";

describe("withHinglishRead", () => {
  it("puts the question word first, with what it asks, and the rest in English words", () => {
    expect(withHinglishRead("Mecca Grand Mosque mein crane girne se kitne log ghayal hue?")).toBe(
      "how many people Mecca Grand Mosque crane fall injured?",
    );
    expect(withHinglishRead("Endeavour shuttle retire hone ke baad kis museum mein jayega?")).toBe(
      "which museum Endeavour shuttle retire after?",
    );
    expect(withHinglishRead("commune council ki total kitni seats pe voting thi yaar?")).toBe(
      "how many seats commune council total voting?",
    );
  });

  it("asks who or what is the thing named before 'kaun' or 'kya hai', of the words before it", () => {
    expect(withHinglishRead("baby Gloria wale homeopathy case mein Crown prosecutor kaun tha?")).toBe(
      "who was the Crown prosecutor of baby Gloria homeopathy case?",
    );
    expect(withHinglishRead("GSP ka full form kya hai?")).toBe("what is the full form of GSP?");
    expect(withHinglishRead("2016 mein Hong Kong Legco ka sabse young member kaun bana?")).toBe(
      "who became the youngest member of 2016 Hong Kong Legco?",
    );
    expect(withHinglishRead("Prak Sokhonn ki age kitni hai?")).toBe("what is the age of Prak Sokhonn?");
  });

  it("reads 'kya' first or last as a yes-or-no question, and a second question word in English", () => {
    expect(withHinglishRead("Ream base pe foreign army bases allowed hain kya?")).toBe(
      "Ream base foreign army bases allowed?",
    );
    expect(
      withHinglishRead("South Korea ne shelling ke baad kitne logon ko evacuate kiya aur kahan se?"),
    ).toBe("how many people South Korea shelling after evacuate and where?");
    expect(withHinglishRead("jo ants infected thi unki maut kitne percent kam hui?")).toBe(
      "what percent less ants infected deaths?",
    );
  });

  it("reads an object's inherited key ('constructor') as a word of its own", () => {
    expect(withHinglishRead("bridge ka constructor kaun hai?")).toBe("who is the constructor of bridge?");
  });

  it("leaves English, and a message with one Hindi word, as typed", () => {
    const english = "Who is the Crown prosecutor in the baby Gloria case?";
    expect(withHinglishRead(english)).toBe(english);
    expect(withHinglishRead("Hai Phong port: how many ships dock there?")).toBe(
      "Hai Phong port: how many ships dock there?",
    );
    expect(withHinglishRead("Mein Kampf was published in which year?")).toBe(
      "Mein Kampf was published in which year?",
    );
  });
});
