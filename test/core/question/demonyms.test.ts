import { demonymsIn, demonymsOf } from "../../../src/core/question/demonyms";

const COUNTRIES = [
  "cambodia",
  "thailand",
  "laos",
  "vietnam",
  "china",
  "pakistan",
  "brazil",
  "italy",
  "greenland",
  "france",
  "jordan",
];

describe("demonymsOf", () => {
  it("spells a country's adjective by the usual endings, and lists the ones that follow none", () => {
    expect(demonymsOf("cambodia")).toContain("cambodian");
    expect(demonymsOf("vietnam")).toContain("vietnamese");
    expect(demonymsOf("china")).toContain("chinese");
    expect(demonymsOf("thailand")).toContain("thai");
    expect(demonymsOf("laos")).toContain("lao");
    expect(demonymsOf("laos")).toContain("laotian");
    expect(demonymsOf("pakistan")).toContain("pakistani");
    expect(demonymsOf("brazil")).toContain("brazilian");
    expect(demonymsOf("italy")).toContain("italian");
    expect(demonymsOf("france")).toContain("french");
  });

  it("spells no adjective that is another word ('green' of Greenland)", () => {
    expect(demonymsOf("greenland")).not.toContain("green");
  });
});

describe("demonymsIn", () => {
  it("finds the countries a question names by their people's adjective, in any case or in the plural", () => {
    expect(demonymsIn("did the thai foreign min also meet blinken?", COUNTRIES)).toEqual([
      { country: "thailand", demonym: "thai" },
    ]);
    expect(demonymsIn("What did the Vietnamese minister say?", COUNTRIES)).toEqual([
      { country: "vietnam", demonym: "vietnamese" },
    ]);
    expect(demonymsIn("how many Pakistanis applied?", COUNTRIES)).toEqual([
      { country: "pakistan", demonym: "pakistani" },
    ]);
  });

  it("reads neither a country's own name nor plain words as an adjective", () => {
    expect(demonymsIn("Who won in Jordan?", COUNTRIES)).toEqual([]);
    expect(demonymsIn("what is the green party's line?", COUNTRIES)).toEqual([]);
    expect(demonymsIn("which minister met Blinken?", COUNTRIES)).toEqual([]);
  });
});
