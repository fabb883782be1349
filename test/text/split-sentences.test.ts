/** Sentence bounds and the sentence before one (split-sentences.ts). */
import { sentenceBounds, withSentenceBefore } from "../../src/text/split-sentences";

describe("withSentenceBefore", () => {
  it("joins a sentence to the last sentence before it that is not a blank line", () => {
    const text =
      "Title\n\nA sensitive Environment Canada document was found.\n\nThe 131-page document was wet.\n";
    const bounds = sentenceBounds(text);
    const last = bounds.length - 1;
    expect(withSentenceBefore(text, bounds, last)).toBe(
      "A sensitive Environment Canada document was found.\n\nThe 131-page document was wet.\n",
    );
    expect(withSentenceBefore(text, bounds, 0)).toBe("Title\n");
  });
});
