/** toTerm/terms on hostile input: one very long "word" must cost linear time, not the stemmer's quadratic regexes. */
import { MAX_STEM_CHARS, SEGMENT_PIECE_CHARS, terms, tokenize, toTerm } from "../../src/text/tokenize";

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
    expect(tokenize(text)).toEqual(whole(text));
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
