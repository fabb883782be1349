/** A body's name blanked out of a story, so that a place inside it does not count as the story's (body-names.ts). */
import { withoutBodyNames } from "../../../src/core/question/body-names";

describe("withoutBodyNames", () => {
  it("blanks the words after a body's word in a run of capitalised words, its length kept", () => {
    const text = "Lydia Buchtmann for Food Standards Australia New Zealand said so.";
    const out = withoutBodyNames(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain("New Zealand");
    expect(out).toContain("Lydia Buchtmann for Food Standards ");
    expect(withoutBodyNames("the Food Standards of Australia and New Zealand agreed")).not.toContain(
      "Zealand",
    );
    expect(withoutBodyNames("a study at the University of Texas")).not.toContain("Texas");
  });

  it("keeps a place named on its own, as the owner of a body, or before the body's word", () => {
    expect(withoutBodyNames("Chak Sopheap of the Cambodian Center for Human Rights")).toContain(
      "Cambodian Center",
    );
    expect(withoutBodyNames("the New Zealand Herald reported")).toContain("New Zealand Herald");
    expect(withoutBodyNames("In New Zealand, a third are deficient.")).toContain("New Zealand");
    expect(withoutBodyNames("New Zealand's Reserve Bank raised rates.")).toContain("New Zealand");
  });
});
