/** Number words and their values, shared by spoken numbers and quote checking. */
import { NUMBER_WORD_VALUES, numberWordFor } from "../../src/text/number-words";

describe("number words", () => {
  it("gives each word's value and each value's word", () => {
    expect(NUMBER_WORD_VALUES.get("zero")).toBe(0);
    expect(NUMBER_WORD_VALUES.get("twelve")).toBe(12);
    expect(NUMBER_WORD_VALUES.get("ninety")).toBe(90);
    expect(numberWordFor(6)).toBe("six");
    expect(numberWordFor(20)).toBe("twenty");
    expect(numberWordFor(40)).toBe("forty");
    expect(numberWordFor(21)).toBeUndefined();
  });
});
