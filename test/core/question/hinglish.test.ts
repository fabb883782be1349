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

  it("reads 'kitne saal ka' as how old, and 'kaha' before a place's or a meeting's word as where", () => {
    expect(withHinglishRead("Nathan Law kitne saal ka hai?")).toBe("how old is Nathan Law?");
    expect(withHinglishRead("Mario aur Isabel pehli baar kaha mile the?")).toBe(
      "where Mario and Isabel first time met the?",
    );
    expect(withHinglishRead("woh ladka kaha ka rehne wala hai?")).toBe("where boy lives?");
    // "kaha" after the one who spoke is "said".
    expect(withHinglishRead("minister ne kya kaha tha Ream ke baare mein?")).toBe(
      "what minister said Ream about?",
    );
  });

  it("reads a message with 'kis saal' or 'kitne ghante' as Hinglish, and a period said in Hindi in English", () => {
    expect(withHinglishRead("tina mckenzie gliders ki captain kis saal thi?")).toBe(
      "which year tina mckenzie gliders captain?",
    );
    expect(withHinglishRead("Sochi aur New York ke beech kitne ghante ka farak hai?")).toBe(
      "how many hours Sochi and New York between farak?",
    );
    expect(withHinglishRead("pichle saal kitne log mare the?")).toBe("how many people last year died the?");
    expect(withHinglishRead("GST return ki last date kya hai iss mahine?")).toBe(
      "what is the last date of GST return this month?",
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
