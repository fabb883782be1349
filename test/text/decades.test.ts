/** Decades named in a question, and the years that fall in them (decades.ts). */
import { decadeOf, holdsYearOf } from "../../src/text/decades";

describe("decadeOf", () => {
  it.each([
    ["90s", 1990],
    ["'90s", 1990],
    ["1990s", 1990],
    ["2010s", 2010],
    ["00s", 2000],
    ["20s", 2020],
    ["60s", 1960],
    ["nineties", 1990],
    ["Sixties", 1960],
    ["1990", null],
    ["90", null],
    ["band", null],
  ])("%j → %p", (word, start) => {
    expect(decadeOf(word)).toBe(start);
  });
});

describe("holdsYearOf", () => {
  it("finds a year of the decade as a whole word", () => {
    expect(holdsYearOf(1990, "The band I started in 1993, Spoken Motion, won praise.")).toBe(true);
    expect(holdsYearOf(1990, "The band I started in 2003 won praise.")).toBe(false);
    expect(holdsYearOf(1990, "Flight 19935 landed.")).toBe(false);
    expect(holdsYearOf(2010, "In 2019 and 2020 it grew.")).toBe(true);
  });
});
