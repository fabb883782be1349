/** withoutHalfRemembered: a name the asker half remembers ("Yeon-something") is not asked. */
import { withoutHalfRemembered } from "../../../src/core/question/half-remembered";

describe("withoutHalfRemembered", () => {
  it("leaves out a capitalised word run into 'something', with the comma before it", () => {
    expect(withoutHalfRemembered("how many people got evacuated in that town, Yeon-something?")).toBe(
      "how many people got evacuated in that town?",
    );
    expect(withoutHalfRemembered("where did they meet, the Sandia something school?")).toBe(
      "where did they meet, the school?",
    );
  });

  it("keeps 'something' that names no one, and a question that would be left with nothing", () => {
    expect(withoutHalfRemembered("Something happened in Yeoncheon?")).toBe(
      "Something happened in Yeoncheon?",
    );
    expect(withoutHalfRemembered("did they find something new?")).toBe("did they find something new?");
    expect(withoutHalfRemembered("Yeon-something?")).toBe("Yeon-something?");
  });
});
