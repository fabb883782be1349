/** Article identity: stable ids, content hashes, derived titles. */

import {
  articleId,
  buildArticle,
  contentHash,
  deriveTitle,
  sanitizeId,
} from "../../src/articles/article-identity";
import type { ArticleMeta } from "../../src/core/types";

describe("articleId", () => {
  const url = "https://riverside-gazette.example/news/bridge";

  it("is a_ plus 16 hex digits, the same for the same url", () => {
    const id = articleId(url, "a.md");
    expect(id).toMatch(/^a_[0-9a-f]{16}$/);
    expect(articleId(url, "somewhere/else.md")).toBe(id);
  });

  it("ignores host case, fragment, trailing slash and utm_* params", () => {
    const id = articleId(url, "x");
    expect(articleId("https://Riverside-Gazette.EXAMPLE/news/bridge/", "x")).toBe(id);
    expect(articleId(`${url}#comments`, "x")).toBe(id);
    expect(articleId(`${url}?utm_source=nl&utm_medium=email`, "x")).toBe(id);
    expect(articleId(`${url}?page=2`, "x")).not.toBe(id);
  });

  it("falls back to the path, distinct per path and record", () => {
    expect(articleId(null, "a.jsonl#1")).toBe(articleId(null, "a.jsonl#1"));
    expect(articleId(null, "a.jsonl#1")).not.toBe(articleId(null, "a.jsonl#2"));
    expect(articleId("  ", "a.md")).toBe(articleId(null, "a.md"));
  });
});

describe("deriveTitle", () => {
  it("takes the first sentence of the first paragraph", () => {
    expect(deriveTitle("The bridge reopened on Monday. Crews worked at night.\n\nMore.")).toBe(
      "The bridge reopened on Monday.",
    );
  });

  it("does not stop at abbreviations and initials", () => {
    expect(deriveTitle("Dr. Ann Example met U.S. officials in Washington D.C. on Friday. Later, more.")).toBe(
      "Dr. Ann Example met U.S. officials in Washington D.C. on Friday.",
    );
  });

  it("cuts long sentences at a word boundary near 90 characters with an ellipsis", () => {
    const title = deriveTitle(
      "The Riverside council voted on Tuesday evening to approve a new budget for the public library and the swimming pool after a long debate.",
    );
    expect(title).toBe(
      "The Riverside council voted on Tuesday evening to approve a new budget for the public…",
    );
    expect(title.length).toBeLessThanOrEqual(91);
  });

  it("skips a dateline paragraph", () => {
    expect(deriveTitle("Riverside Wire —\n\nThe cinema will reopen on Friday. Tickets cost the same.")).toBe(
      "The cinema will reopen on Friday.",
    );
  });
});

describe("contentHash and buildArticle", () => {
  const meta: ArticleMeta = {
    id: "a_1",
    title: "T",
    titleDerived: false,
    url: null,
    published: "2022",
    publisher: null,
    byline: null,
    section: null,
    language: null,
    source: "a.md",
  };

  it("changes with any metadata field or the text", () => {
    const base = contentHash(meta, "text");
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash({ ...meta }, "text")).toBe(base);
    expect(contentHash({ ...meta, published: "2023" }, "text")).not.toBe(base);
    expect(contentHash({ ...meta, byline: "X" }, "text")).not.toBe(base);
    expect(contentHash(meta, "text.")).not.toBe(base);
  });

  it("sanitises explicit ids", () => {
    expect(sanitizeId("gazette/2022 #7")).toBe("gazette_2022_7");
    expect(sanitizeId(1042)).toBe("1042");
    expect(sanitizeId("../..")).toBeNull();
    expect(sanitizeId(".hidden")).toBe("hidden");
    expect(sanitizeId("")).toBeNull();
    expect(sanitizeId({})).toBeNull();
  });

  it("normalises the draft and derives a missing title", () => {
    const article = buildArticle(
      { text: "  Cafe\u0301 opens.  \n\n\n Second  para.", published: "May 2022", publisher: "  Gazette " },
      "x.txt",
    );
    expect(article?.text).toBe("Café opens.\n\nSecond para.");
    expect(article?.meta).toEqual({
      id: articleId(null, "x.txt"),
      title: "Café opens.",
      titleDerived: true,
      url: null,
      published: "2022-05",
      publisher: "Gazette",
      byline: null,
      section: null,
      language: null,
      source: "x.txt",
    });
    expect(article?.hash).toBe(contentHash(article!.meta, article!.text));
    expect(buildArticle({ text: " \n\u200B\n " }, "y.txt")).toBeNull();
  });
});
