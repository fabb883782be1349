import { quoteArticles } from "../../src/index/build/quote-articles";

const text = "“We cannot keep every branch open,” said Maria Lopez, the finance chair.";
const article = (hash: string) => ({ meta: { id: "a1" }, text, hash });

describe("quoteArticles", () => {
  test("finds an article's quotations and speakers", () => {
    const data = quoteArticles([article("h1")], undefined, () => undefined);
    expect(data.articles.a1?.quotations[0]?.speaker).toEqual({
      name: "Maria Lopez",
      role: "the finance chair",
    });
  });

  test("an unchanged article keeps the previous version's quotations; a changed one is read again", () => {
    const kept = [{ start: 1, end: 33, text: text.slice(1, 33), speaker: null }];
    const previous = new Map([["a1", kept]]);
    expect(quoteArticles([article("h1")], previous, () => "h1").articles.a1?.quotations).toBe(kept);
    expect(
      quoteArticles([article("h2")], previous, () => "h1").articles.a1?.quotations[0]?.speaker?.name,
    ).toBe("Maria Lopez");
  });
});
