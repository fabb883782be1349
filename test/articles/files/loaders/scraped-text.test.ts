/** The scraped-text loader, on a synthetic page in the scraped layout (test/fixtures/scraped) and on small pages. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildArticle } from "../../../../src/articles/article-identity";
import { loadScrapedText } from "../../../../src/articles/files/loaders/scraped-text";

const PAGE = path.resolve(__dirname, "../../../fixtures/scraped/riverside-ferry.txt");
const CAPTION = "Picture taken March 3, 2023. Posted to the Riverside Ferry Authority's public page.";

const count = (text: string, part: string): number => text.split(part).length - 1;

describe("loadScrapedText on a page in the scraped layout", () => {
  const raw = readFileSync(PAGE, "utf8");
  const out = loadScrapedText(raw, "riverside-ferry.txt");
  const article = buildArticle(out.drafts[0]!.draft, out.drafts[0]!.source)!;

  it("takes the headline from the second line and the publisher from the site-name line", () => {
    expect(out.skipped).toEqual([]);
    expect(article.meta.title).toBe(
      "As the bridge closes for repairs, Riverside ferry adds a dawn crossing and keeps fares unchanged",
    );
    expect(article.meta.titleDerived).toBe(false);
    expect(article.meta.publisher).toBe("Riverside Valley Gazette");
    expect(article.meta.published).toBeNull();
    expect(article.meta.url).toBeNull();
  });

  it("keeps the doubled caption once, and neither header line in the text", () => {
    expect(count(raw, CAPTION)).toBe(2);
    expect(count(article.text, CAPTION)).toBe(1);
    expect(article.text.startsWith("Harbour master Lena Okafor (left) with ferry captain Tomas Reyes")).toBe(
      true,
    );
    expect(article.text).not.toContain("Riverside Valley Gazette");
    expect(article.text).not.toContain("As the bridge closes for repairs");
  });

  it("keeps paragraphs and cleans the odd space", () => {
    expect(raw).toContain("\u00A0");
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs[1]).toMatch(/^During a council session on the bridge works, the U\. S\. Route 9/);
    expect(paragraphs.length).toBeGreaterThan(10);
    expect(article.text).toContain("in Riverside Town Hall, harbour master Lena Okafor");
    expect(article.text).not.toContain("\u00A0");
  });
});

describe("loadScrapedText", () => {
  it("treats a single header line as the headline", () => {
    const { draft } = loadScrapedText("Ferry adds a crossing\n\nThe ferry will run at dawn.", "f.txt")
      .drafts[0]!;
    expect(draft.title).toBe("Ferry adds a crossing");
    expect(draft.publisher).toBeNull();
    expect(draft.text).toBe("The ferry will run at dawn.");
  });

  it("has no headline when the first line is body text", () => {
    const { draft } = loadScrapedText("The ferry will run at dawn.\n\nFares stay the same.", "f.txt")
      .drafts[0]!;
    expect(draft.title).toBeNull();
    expect(draft.text).toBe("The ferry will run at dawn.\n\nFares stay the same.");
  });

  it("keeps consecutive duplicate paragraphs once, comparing after whitespace clean-up", () => {
    const { draft } = loadScrapedText(
      "Site\n\nHeadline\n\nA caption  here.\n\nA caption here.\n\nBody.\n\nA caption here.",
      "f.txt",
    ).drafts[0]!;
    expect(draft.text).toBe("A caption here.\n\nBody.\n\nA caption here.");
  });

  it("lets a sidecar override what was derived", () => {
    const { draft } = loadScrapedText("Site\n\nHeadline\n\nBody text.", "f.txt", {
      publisher: "Riverside Gazette",
      url: "https://riverside-gazette.example/f",
      published: "2022-10-03",
      language: "en",
    }).drafts[0]!;
    expect(draft).toMatchObject({
      title: "Headline",
      publisher: "Riverside Gazette",
      url: "https://riverside-gazette.example/f",
      published: "2022-10-03",
      language: "en",
    });
  });
});
