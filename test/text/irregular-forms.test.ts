import { baseForm, baseTerm, termsWithBaseForms } from "../../src/text/irregular-forms";
import { toTerm } from "../../src/text/tokenize";

describe("irregular forms", () => {
  it.each([
    ["left", "leave"],
    ["won", "win"],
    ["sworn", "swear"],
    ["children", "child"],
    ["born", "birth"],
    ["admins", "administrator"],
    ["uni", "university"],
    ["skippered", "captain"],
    ["leave", "leave"],
    ["voted", "voted"],
  ])("%s has the base word %s", (form, base) => {
    expect(baseForm(form)).toBe(base);
  });

  it("reads a clipped word as the word it clips, one term for both", () => {
    expect(baseTerm("admins")).toBe(baseTerm("administrators"));
    expect(termsWithBaseForms("The English wikiHow has only 60 admins.").has(baseTerm("administrator"))).toBe(
      true,
    );
    // "photo" is not read as "photograph", whose stem is also "photographic"'s.
    expect(baseTerm("photo")).not.toBe(baseTerm("photographic"));
  });

  it("reads sports slang for a role as the role ('skipper' as 'captain')", () => {
    expect(baseTerm("skipper")).toBe(baseTerm("captained"));
    expect(termsWithBaseForms("No, I captained in 2010.").has(baseTerm("skipper"))).toBe(true);
  });

  it("leaves alone forms that are mostly other words in news ('fed', 'rose', 'shot', 'met')", () => {
    for (const word of ["fed", "rose", "shot", "met", "saw"]) expect(baseForm(word)).toBe(word);
  });

  it("never reads an inherited property as a form", () => {
    expect(baseForm("constructor")).toBe("constructor");
    expect(baseForm("__proto__")).toBe("__proto__");
  });

  it("gives a text's terms with its irregular forms' base terms added", () => {
    const held = termsWithBaseForms("Also left out is a ban.");
    expect(held.has(toTerm("left"))).toBe(true);
    expect(held.has(baseTerm("leave"))).toBe(true);
    expect(termsWithBaseForms("They voted.").has(baseTerm("leave"))).toBe(false);
  });

  it("holds the verb of an agent noun, but not of a short word that only looks like one", () => {
    const held = termsWithBaseForms("Crown prosecutor Mark Tedeschi, QC, and two teachers.");
    for (const verb of ["prosecuting", "prosecuted", "teach"]) expect(held.has(baseTerm(verb))).toBe(true);
    const shorts = termsWithBaseForms("At the corner of the center, a number of posters, users and leaders.");
    for (const word of ["corn", "cent", "numb", "post", "us", "lead"])
      expect(shorts.has(baseTerm(word))).toBe(false);
  });
});
