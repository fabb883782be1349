import { quoteArticles } from "../../src/index/build/quote-articles";
import { QUOTATION_RULES } from "../../src/quotations/find-speakers";

const text = "“We cannot keep every branch open,” said Maria Lopez, the finance chair.";
const article = (hash: string) => ({ meta: { id: "a1" }, text, hash });

describe("quoteArticles", () => {
  test("finds an article's quotations and speakers", () => {
    const data = quoteArticles([article("h1")], undefined, () => undefined);
    expect(data.articles.a1?.quotations[0]?.speaker).toEqual({
      name: "Maria Lopez",
      role: "the finance chair",
      shortRole: "finance chair",
    });
  });

  test("an unchanged article keeps the previous version's quotations; a changed one is read again", () => {
    const kept = [{ start: 1, end: 33, text: text.slice(1, 33), speaker: null }];
    const previous = { quotations: new Map([["a1", kept]]), quotationRules: QUOTATION_RULES };
    expect(quoteArticles([article("h1")], previous, () => "h1").articles.a1?.quotations).toBe(kept);
    expect(
      quoteArticles([article("h2")], previous, () => "h1").articles.a1?.quotations[0]?.speaker?.name,
    ).toBe("Maria Lopez");
  });

  test("quotations found by older speaker rules are found again, even for an unchanged article", () => {
    const kept = [{ start: 1, end: 33, text: text.slice(1, 33), speaker: null }];
    const older = { quotations: new Map([["a1", kept]]), quotationRules: QUOTATION_RULES - 1 };
    const data = quoteArticles([article("h1")], older, () => "h1");
    expect(data.rules).toBe(QUOTATION_RULES);
    expect(data.articles.a1?.quotations[0]?.speaker?.name).toBe("Maria Lopez");
  });
});
