/** The scraped-text loader on the real seed page, read in place from ../shared/seed (`npm run test:data`). */
import { readFileSync } from "node:fs";
import { buildArticle } from "../src/articles/article-identity";
import { loadScrapedText } from "../src/articles/files/loaders/scraped-text";
import { sharedPath } from "./paths";

const SEED = sharedPath("seed", "000_f873d9679f9f3411.txt");
const CAPTION = "Picture taken May 13, 2022. Posted to the Facebook page of the Foreign Affairs Ministry.";

const count = (text: string, part: string): number => text.split(part).length - 1;

describe("loadScrapedText on the seed page", () => {
  const raw = readFileSync(SEED, "utf8");
  const out = loadScrapedText(raw, "000_f873d9679f9f3411.txt");
  const article = buildArticle(out.drafts[0]!.draft, out.drafts[0]!.source)!;

  it("takes the headline from the second line and the publisher from the site-name line", () => {
    expect(out.skipped).toEqual([]);
    expect(article.meta.title).toBe(
      "As commune elections approach, Cambodian foreign affairs minister promises U.S. full commitment to human rights and democracy",
    );
    expect(article.meta.titleDerived).toBe(false);
    expect(article.meta.publisher).toBe("Cambodian Journalists Alliance Association");
    expect(article.meta.published).toBeNull();
    expect(article.meta.url).toBeNull();
  });

  it("keeps the doubled caption once, and neither header line in the text", () => {
    expect(count(raw, CAPTION)).toBe(2);
    expect(count(article.text, CAPTION)).toBe(1);
    expect(
      article.text.startsWith("Cambodian Foreign Affairs Minister Prak Sokhonn with his counterpart"),
    ).toBe(true);
    expect(article.text).not.toContain("Cambodian Journalists Alliance Association");
    expect(article.text).not.toContain("As commune elections approach");
  });

  it("keeps paragraphs and cleans the odd space", () => {
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs[1]).toMatch(/^During a meeting with the U\. S\. Secretary of State/);
    expect(paragraphs.length).toBeGreaterThan(10);
    expect(article.text).toContain("Washington D.C., Foreign Affairs Minister Prak Sokhonn");
    expect(article.text).not.toContain("\u00A0");
  });
});
