/** toTerm/terms on hostile input: one very long "word" must cost linear time, not the stemmer's quadratic regexes. */
import {
  contentTokens,
  joinInitials,
  MAX_STEM_CHARS,
  SEGMENT_PIECE_CHARS,
  terms,
  tokenize,
  toTerm,
} from "../../src/text/tokenize";

describe("toTerm", () => {
  it("stems ordinary words", () => {
    expect(toTerm("infected")).toBe("infect");
    expect(toTerm("solutions")).toBe("solut");
  });

  it("keeps a token longer than MAX_STEM_CHARS as it is", () => {
    const long = `${"a".repeat(MAX_STEM_CHARS)}ies`;
    expect(toTerm(long)).toBe(long);
    expect(toTerm("pneumonoultramicroscopicsilicovolcanoconioses")).toBe(
      "pneumonoultramicroscopicsilicovolcanoconios",
    );
  });

  it("does not stem a word longer than MAX_STEM_CHARS (the stemmer's regexes are quadratic in its length)", () => {
    // Before the cap: 2k chars 0.1 s, 10k 1.5 s, 30k 10 s; 100k would outlast the test's own timeout.
    const long = `x${"s".repeat(MAX_STEM_CHARS)}`;
    expect(toTerm(long)).toBe(long);
    expect(terms(`x${"s".repeat(100_000)} ants`)).toHaveLength(2);
  });
});

describe("tokenize in space-less scripts", () => {
  const whole = (text: string) =>
    [...new Intl.Segmenter(undefined, { granularity: "word" }).segment(text)]
      .filter((part) => part.isWordLike)
      .map((part) => part.segment.toLowerCase());

  it("gives the segmenter's own tokens for a long mixed text cut at whitespace", () => {
    const text = "ព្រះរាជាណាចក្រកម្ពុជា Phnom Penh 通货膨胀 don't U.S. 3.5 percent. ".repeat(60);
    expect(text.length).toBeGreaterThan(SEGMENT_PIECE_CHARS * 3);
    expect(tokenize(text)).toEqual(whole(joinInitials(text)));
  });

  it("cuts a long unspaced run after punctuation and keeps every character", () => {
    const text = "总统说通货膨胀。".repeat(400);
    expect(tokenize(text).join("")).toBe(whole(text).join(""));
  });

  it("tokenises 100,000 CJK characters in pieces (one segmenter pass took minutes at 70,000)", () => {
    const text = `${"通货膨胀总统说".repeat(100_000 / 7)} \nWhat did the president say?`;
    expect(tokenize(text).length).toBeGreaterThan(50_000);
  });
});

describe("dotted initials", () => {
  it.each([
    ["the U.S. Senate", "the US Senate"],
    ["Washington D.C.", "Washington DC"],
    ["the E.U. and the U.N.", "the EU and the UN"],
    ["a U.S.-led deal", "a US-led deal"],
  ])("%j gives the same tokens as %j", (dotted, plain) => {
    expect(tokenize(dotted)).toEqual(tokenize(plain));
  });

  it("keeps 'US' and 'WHO' as content words either way they are written", () => {
    expect(contentTokens("What did the U.S. promise?")).toContain("us");
    expect(contentTokens("What did the US promise?")).toContain("us");
    expect(contentTokens("What did the W.H.O. say?")).toContain("who");
    expect(contentTokens("Who said it?")).not.toContain("who");
  });

  it("leaves lower-case abbreviations, single initials and decimals alone", () => {
    expect(tokenize("at 9 a.m. J. Smith said 2.5")).toEqual([
      "at",
      "9",
      "a",
      "m",
      "j",
      "smith",
      "said",
      "2",
      "5",
    ]);
  });

  it("joins initials for a text with no full stop untouched", () => {
    expect(joinInitials("no stops here")).toBe("no stops here");
    expect(joinInitials("J.K. Rowling")).toBe("JK Rowling");
  });
});
