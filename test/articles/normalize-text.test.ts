/** normalizeText: NFC, whitespace clean-up, paragraph boundaries. */
import { normalizeText } from "../../src/articles/normalize-text";

describe("normalizeText", () => {
  it("composes to NFC", () => {
    const out = normalizeText("Caf\u0065\u0301 cre\u0300me");
    expect(out).toBe("Café crème");
    expect(out).toBe(out.normalize("NFC"));
    expect(out.length).toBe(10);
  });

  it("keeps paragraph boundaries as exactly one blank line", () => {
    expect(normalizeText("One.\r\n\r\n\r\n\r\nTwo.\n \t \nThree.\rFour.")).toBe(
      "One.\n\nTwo.\n\nThree.\nFour.",
    );
  });

  it("cleans spaces inside lines and trims lines and the whole", () => {
    expect(normalizeText("  \n  A\u00A0 \t b\u2009c\u3000d  \n\n  e  \n\n")).toBe("A b c d\n\ne");
  });

  it("keeps single line breaks inside a paragraph", () => {
    expect(normalizeText("line one\nline two\n\nnext")).toBe("line one\nline two\n\nnext");
  });

  it("drops zero-width spaces and BOMs but keeps ZWNJ/ZWJ", () => {
    expect(normalizeText("\uFEFFzero\u200Bwidth")).toBe("zerowidth");
    expect(normalizeText("ក\u200Cខ \u0915\u094D\u200D\u0937")).toBe("ក\u200Cខ \u0915\u094D\u200D\u0937");
  });

  it("is idempotent", () => {
    const once = normalizeText(" a \n\n\n b\u00A0\u00A0c \r\n");
    expect(normalizeText(once)).toBe(once);
  });
});
