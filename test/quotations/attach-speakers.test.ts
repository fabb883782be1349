import type { Quotation } from "../../src/core/quotation-types";
import { speakerOfQuote } from "../../src/core/speakers/attach-speakers";

const text =
  "Lopez spoke first. “We cannot keep every branch open,” she said. “Roads come first.” Then Baker spoke.";
const span = (words: string, name: string | null): Quotation => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, speaker: name ? { name } : null };
};

describe("speakerOfQuote", () => {
  const lopez = [
    span("We cannot keep every branch open", "Maria Lopez"),
    span("Roads come first.", "Maria Lopez"),
  ];

  test("a quote that is mostly a quotation gets its speaker", () => {
    expect(speakerOfQuote("“We cannot keep every branch open,” she said.", text, lopez)).toEqual({
      name: "Maria Lopez",
    });
  });

  test("a sentence that is mostly narration gets none", () => {
    expect(speakerOfQuote("Then Baker spoke.", text, lopez)).toBeUndefined();
    expect(speakerOfQuote("Lopez spoke first. “We cannot", text, lopez)).toBeUndefined();
  });

  test("a quote that runs on into a sentence of narration gets none, however much of it is quotation", () => {
    // Three quarters of this quote are Lopez's words, but "Then Baker spoke." is the reporter's.
    const quote = "“We cannot keep every branch open,” she said. “Roads come first.” Then Baker spoke.";
    expect(speakerOfQuote(quote, text, lopez)).toBeUndefined();
    expect(
      speakerOfQuote("“We cannot keep every branch open,” she said. “Roads come first.”", text, lopez),
    ).toEqual({
      name: "Maria Lopez",
    });
  });

  test("a quote touching two speakers' words, or a quotation with no known speaker, gets none", () => {
    const mixed = [
      span("We cannot keep every branch open", "Maria Lopez"),
      span("Roads come first.", "Tom Baker"),
    ];
    expect(
      speakerOfQuote("“We cannot keep every branch open,” she said. “Roads come first.”", text, mixed),
    ).toBeUndefined();
    const unknown = [span("We cannot keep every branch open", null)];
    expect(speakerOfQuote("“We cannot keep every branch open,” she said.", text, unknown)).toBeUndefined();
  });
});
