/** The HTML page loader: metadata from the markup, article text without page furniture. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { loadHtmlPage, stripSiteSuffix } from "../../../../src/articles/files/loaders/html-page";

const FIXTURE = path.resolve(__dirname, "../../../fixtures/loaders/corpus/park-cleanup.html");

const BARE_PAGE = `<!DOCTYPE html><html><head>
  <title>Ferry timetable changes - Riverside Gazette</title>
  <meta property="og:url" content="https://riverside-gazette.example/news/ferry">
  <meta name="DC.date.issued" content="2022-10">
  <script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "x"},
    {"@type": "NewsArticle", "author": [{"name": "Sam Sample"}, {"name": "Jane Placeholder"}],
     "publisher": {"name": "Riverside Gazette"}, "articleSection": ["Transport"]}]}</script>
</head><body><article><p>The ferry timetable changes on Monday.</p><p>Fares stay the same.</p></article></body></html>`;

const fixture = loadHtmlPage(readFileSync(FIXTURE, "utf8"), "park-cleanup.html");
const bare = loadHtmlPage(BARE_PAGE, "ferry.html");

describe("loadHtmlPage", () => {
  it("takes metadata from og, canonical, article:published_time, author and <html lang>", () => {
    expect(fixture.skipped).toEqual([]);
    const { text, ...meta } = fixture.drafts[0]!.draft;
    expect(meta).toEqual({
      title: "Volunteers clear two tonnes of litter from Mill Park",
      url: "https://riverside-gazette.example/news/mill-park-cleanup",
      published: "2023-04-22",
      publisher: "Riverside Gazette",
      byline: "Alex Placeholder",
      section: "Environment",
      language: "en-GB",
    });
  });

  it("keeps the article's paragraphs and leaves out navigation, header and footer", () => {
    const paragraphs = fixture.drafts[0]!.draft.text.split("\n\n");
    expect(paragraphs).toContain(
      "More than 120 volunteers spent Saturday morning clearing litter from Mill Park, collecting about two tonnes of rubbish, the organisers said.",
    );
    expect(paragraphs).toContain(
      "The council has promised to add four new bins near the entrance & the car park by June.",
    );
    expect(paragraphs.filter((p) => p.startsWith("“We were amazed"))).toHaveLength(1);
    const text = fixture.drafts[0]!.draft.text;
    for (const furniture of ["Subscribe now", "Sport", "All rights reserved", "Privacy policy"]) {
      expect(text).not.toContain(furniture);
    }
  });

  it("falls back to <title> without the site suffix, og:url, DC.date.issued and JSON-LD", () => {
    const { text, ...meta } = bare.drafts[0]!.draft;
    expect(meta).toEqual({
      title: "Ferry timetable changes",
      url: "https://riverside-gazette.example/news/ferry",
      published: "2022-10",
      publisher: "Riverside Gazette",
      byline: "Sam Sample, Jane Placeholder",
      section: "Transport",
      language: null,
    });
    expect(text).toBe("The ferry timetable changes on Monday.\n\nFares stay the same.");
  });
});

describe("stripSiteSuffix", () => {
  it.each([
    ["Bridge reopens | Riverside Gazette", null, "Bridge reopens"],
    ["Bridge reopens - Riverside Gazette", null, "Bridge reopens"],
    ["Bridge reopens — Gazette", "Gazette", "Bridge reopens"],
    ["Q&A - what the new timetable means", null, "Q&A - what the new timetable means"],
    ["Storm hits the coast - live updates", null, "Storm hits the coast - live updates"],
    ["Bridge reopens", "Gazette", "Bridge reopens"],
  ])("%j (site %j) → %j", (title, site, expected) => {
    expect(stripSiteSuffix(title, site)).toBe(expected);
  });
});
