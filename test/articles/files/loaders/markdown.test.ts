/** The Markdown loader: front matter, partial dates, titles from headings or the text, light stripping. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { loadMarkdown, stripMarkdown } from "../../../../src/articles/files/loaders/markdown";

function draftOf(content: string) {
  const out = loadMarkdown(content, "a.md");
  expect(out.skipped).toEqual([]);
  expect(out.drafts).toHaveLength(1);
  return out.drafts[0]!.draft;
}

describe("loadMarkdown", () => {
  it("reads every front-matter field; a YAML date becomes YYYY-MM-DD", () => {
    const draft = draftOf(
      "---\ntitle: Bridge reopens\nurl: https://riverside-gazette.example/b\npublished: 2023-03-14\npublisher: Riverside Gazette\nbyline: Jane Placeholder\nsection: Local\nlanguage: en\nid: bridge-1\n---\nThe bridge reopened.\n",
    );
    expect(draft).toEqual({
      id: "bridge-1",
      title: "Bridge reopens",
      url: "https://riverside-gazette.example/b",
      published: "2023-03-14",
      publisher: "Riverside Gazette",
      byline: "Jane Placeholder",
      section: "Local",
      language: "en",
      text: "The bridge reopened.\n",
    });
  });

  it("keeps partial dates partial", () => {
    expect(draftOf("---\npublished: 2022-05\n---\nText.").published).toBe("2022-05");
    expect(draftOf("---\npublished: 2022\n---\nText.").published).toBe("2022");
    expect(draftOf('---\npublished: "May 2022"\n---\nText.').published).toBe("2022-05");
  });

  it("takes a missing title from a leading # heading, and removes that line", () => {
    const draft = draftOf("---\npublisher: Gazette\n---\n\n# Council cuts budget\n\nThe council voted.");
    expect(draft.title).toBe("Council cuts budget");
    expect(draft.text.trim()).toBe("The council voted.");
  });

  it("leaves the title empty (to be derived) without front-matter title or heading", () => {
    expect(draftOf("Just text. More text.").title).toBeNull();
  });

  it("skips malformed YAML front matter with a reason instead of throwing", () => {
    const out = loadMarkdown("---\ntitle: [unclosed\npublished: : :\n---\nText.", "bad.md");
    expect(out.drafts).toEqual([]);
    expect(out.skipped).toHaveLength(1);
    expect(out.skipped[0]?.source).toBe("bad.md");
    expect(out.skipped[0]?.reason).toMatch(/^malformed YAML front matter: /);
  });

  it("refuses JavaScript front matter instead of running it", () => {
    const out = loadMarkdown("---js\n{ title: (globalThis.__ran = 'yes') }\n---\nText.", "js.md");
    expect(out.drafts).toEqual([]);
    expect(out.skipped[0]?.reason).toMatch(/malformed YAML front matter: .*not allowed/);
    expect((globalThis as Record<string, unknown>).__ran).toBeUndefined();
  });
});

describe("stripMarkdown", () => {
  it("removes markup but not line structure", () => {
    const md = [
      "## Section *one*",
      'Text with **bold**, _italic_, `code` and a [link](https://x.example/a_(b) "T").',
      "![photo](https://x.example/p.jpg)Second line, snake_case_name and 2 * 3 * 4 stay.",
      "",
      "> Quoted \\*literal\\* stars",
      "* bullet",
      "",
      "---",
      "[ref]: https://x.example",
    ].join("\n");
    expect(stripMarkdown(md)).toBe(
      [
        "",
        "Section one",
        "",
        "Text with bold, italic, code and a link.",
        "Second line, snake_case_name and 2 * 3 * 4 stay.",
        "",
        "Quoted *literal* stars",
        "- bullet",
        "",
        "",
        "",
      ].join("\n"),
    );
  });
});

describe("loadMarkdown on the fixture", () => {
  it("reads a YAML date and drops the heading that repeats the title", () => {
    const file = path.resolve(__dirname, "../../../fixtures/loaders/corpus/bridge-repair.md");
    const draft = draftOf(readFileSync(file, "utf8"));
    expect(draft.published).toBe("2023-03-14");
    expect(draft.title).toBe("Elm Street bridge reopens after six-week repair");
    expect(draft.text).not.toContain("#");
    expect(draft.text).not.toContain("](");
    expect(draft.text).toContain("the\ncity works department said.");
  });
});

describe("loadMarkdown on the shipped demo article", () => {
  it("reads its provenance (partial date, no byline) and ignores fields it does not know, such as rights", () => {
    const file = path.resolve(
      __dirname,
      "../../../../corpus/2022-05-cambodia-foreign-minister-us-human-rights.md",
    );
    const content = readFileSync(file, "utf8");
    expect(content).toMatch(/^rights: "All rights reserved by the publisher, CamboJA News/m);
    const draft = draftOf(content);
    expect(draft).toMatchObject({
      url: "https://cambojanews.com/as-commune-elections-approach-cambodian-foreign-affairs-minister-promises-u-s-full-commitment-to-human-rights-and-democracy/",
      published: "2022-05",
      publisher: "CamboJA News (Cambodian Journalists Alliance Association)",
      byline: null,
      language: "en",
    });
    expect(draft.text).not.toContain("All rights reserved");
    expect(Object.keys(draft)).not.toContain("rights");
  });
});
