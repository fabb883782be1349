/** withPatoisRead: Jamaican Patois read as English, only in a message that Patois alone writes. */
import { withPatoisRead } from "../../../src/core/question/patois";

describe("withPatoisRead", () => {
  it("reads a Patois message in English words", () => {
    expect(
      withPatoisRead("Wah di minister seh di constitution nah allow pon Cambodian soil, bout di Ream base?"),
    ).toBe("What the minister say the constitution not allow on Cambodian soil, about the Ream base?");
    expect(
      withPatoisRead("Inna which city dem swear in William Evans as head a di magicians brotherhood?"),
    ).toBe("In which city them swear in William Evans as head of the magicians brotherhood?");
    expect(withPatoisRead("Mi wan know wah GSP stand for, di US trade ting Cambodia want back")).toBe(
      "I want to know what GSP stand for, the US trade thing Cambodia want back",
    );
  });

  it("leaves Haitian Creole, which writes 'de' and 'di' too, to foreign-words.ts", () => {
    const creole = "Nan istwa Cambodia a yo pale de EBA status. Kisa lèt EBA yo vle di?";
    expect(withPatoisRead(creole)).toBe(creole);
  });

  it("reads Trinidad's creole the same way: 'de', 'dat', 'wha'", () => {
    expect(withPatoisRead("How much bail dey set for dat young fella who run from de Sea Org?")).toBe(
      "How much bail dey set for that young man who run from the Sea Org?",
    );
    expect(withPatoisRead("Doh tell me... what year Washington cut off dat GSP ting for Cambodia?")).toBe(
      "Don't tell me... what year Washington cut off that GSP thing for Cambodia?",
    );
    // One of its words alone is no creole: "de" is French, Spanish and a name's particle ("Vicente de Paula").
    expect(withPatoisRead("Who is Vicente de Paula?")).toBe("Who is Vicente de Paula?");
  });

  it("asks who for 'a who', and counts with 'how much … dem'", () => {
    expect(withPatoisRead("A who run di Cambodia Center fi Human Rights?")).toBe(
      "who run the Cambodia Center to Human Rights?",
    );
    expect(withPatoisRead("How much party dem sign up fi run inna di commune election?")).toBe(
      "How many party them sign up to run in the commune election?",
    );
  });

  it("counts with 'how much' before a noun Patois leaves singular, not before an amount or after 'by'", () => {
    expect(withPatoisRead("How much seat di Candlelight Party win inna di June 5 commune vote den?")).toBe(
      "How many seat the Candlelight Party win in the June 5 commune vote then?",
    );
    expect(withPatoisRead("Under how much money Chris Hill seh working people fi keep?")).toBe(
      "Under how much money Chris Hill say working people to keep?",
    );
    expect(withPatoisRead("By how much hunger coulda rise inna di crop study?")).toBe(
      "By how much hunger could rise in the crop study?",
    );
  });

  it("reads an object's inherited key ('constructor') as a word of its own", () => {
    expect(withPatoisRead("Wah di constructor seh bout di bridge?")).toBe(
      "What the constructor say about the bridge?",
    );
  });

  it("reads 'di' twice as Patois on its own", () => {
    expect(withPatoisRead("By how much visits to di Scientology site jump before di hack?")).toBe(
      "By how much visits to the Scientology site jump before the hack?",
    );
  });

  it("leaves English, names and a lone Patois-looking word as typed", () => {
    for (const text of [
      "Who did Prak Sokhonn meet in Washington?",
      "Was Lady Di at the summit?",
      "Which Dem senator from Massachusetts wrote to Hun Sen?",
      "Is the wi-fi at the Inna hotel free? fi real",
      "What did the Comune di Livorno ask the schools to pay?",
    ])
      expect(withPatoisRead(text)).toBe(text);
  });
});
