/** Who did a deed, asked of a story that tells it only of someone unnamed (asked-doer.ts). */
import { askedDeed, doerMissing } from "../../../src/core/question/asked-doer";

const story = [
  "Sensitive Canadian document found on rainy streets",
  "",
  "A sensitive Environment Canada document was found wet on an Ottawa street by someone who gave it to the CBC today.",
  "The 131-page document was found on Castlefrank Road in Kanata, Ontario in a brown envelope by a passerby.",
  "In May, Maxime Bernier was forced to resign after it became known that he left sensitive documents at an apartment.",
  '"Document found on street not secret, say feds" — The Canadian Press, August 15, 2008',
].join("\n");

describe("askedDeed", () => {
  it("reads who did a deed, in the asking sentence or at the question's start", () => {
    expect(askedDeed("Who found the Environment Canada document?")).toBe("found");
    expect(askedDeed("who found that environment canada doc on the street, like whats their name lol")).toBe(
      "found",
    );
    expect(askedDeed("who actually dropped the document?")).toBe("dropped");
    expect(askedDeed("who won the election?")).toBeNull();
    expect(askedDeed("Who said the document was not secret?")).toBeNull();
  });
});

describe("doerMissing", () => {
  it("is true when every sentence that tells the deed leaves the doer unnamed", () => {
    expect(doerMissing("who found the env canada document on castlefrank rd — name?", story)).toBe(true);
    expect(doerMissing("Who found the 131-page document?", story)).toBe(true);
  });

  it("is false when a sentence names the doer, or the story never tells the deed", () => {
    expect(doerMissing("who left the sensitive documents at the apartment?", story)).toBe(false);
    expect(doerMissing("Who found the document?", "Jane Roe found the document on Castlefrank Road.")).toBe(
      false,
    );
    expect(
      doerMissing("Who found the document?", "The document was found by Jane Roe on Castlefrank Road."),
    ).toBe(false);
    expect(doerMissing("who dropped the environment canada document on castlefrank road", story)).toBe(false);
  });

  it("reads no headline as telling the deed: it drops the passive's 'was'", () => {
    const headlines =
      "Sensitive Canadian document found on rainy streets\n\nThe document was found by a passerby.";
    expect(doerMissing("Who found the document?", headlines)).toBe(true);
  });
});
