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

  it("tokenises a 100,000-character word in linear time (the stemmer alone took ~10 s at 30,000)", () => {
    // Before the cap, wink-porter2-stemmer's /(.+)(us|ss)$/-style regexes made this quadratic: 2k chars
    // 0.1 s, 10k 1.5 s, 30k 10 s. Capped, 100k characters take a few milliseconds; 2 s is a wide margin.
    const started = performance.now();
    expect(terms(`x${"s".repeat(100_000)} ants`)).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(2000);
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

  it("tokenises 100,000 CJK characters in linear time (one segmenter pass took minutes at 70,000)", () => {
    const text = `${"通货膨胀总统说".repeat(100_000 / 7)} \nWhat did the president say?`;
    const started = performance.now();
    expect(tokenize(text).length).toBeGreaterThan(50_000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
