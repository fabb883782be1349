import { parseQuotations, QUOTATIONS_FORMAT } from "../../src/index/store/quotations-file";
import type { StoredArticle } from "../../src/index/store/snapshot-types";

const text = "“We cannot keep every branch open,” she said.";
const article: StoredArticle = {
  meta: {
    id: "a1",
    title: "T",
    titleDerived: false,
    url: null,
    published: null,
    publisher: null,
    byline: null,
    section: null,
    language: null,
    source: "a.md",
  },
  text,
  hash: "h1",
  labels: [0],
};
const articles = new Map([["a1", article]]);
const good = { start: 1, end: 33, text: text.slice(1, 33), speaker: { name: "Maria Lopez" } };
const file = (quotations: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: QUOTATIONS_FORMAT, articles: { a1: { hash: "h1", quotations } }, ...extra });

describe("quotations.json of an index version", () => {
  test("reads quotations that are the article's own text", () => {
    expect(parseQuotations(file([good]), articles).byArticle.get("a1")).toEqual([good]);
  });

  test("refuses another format, a quote not at its offsets, an unknown or changed article", () => {
    expect(() => parseQuotations(file([good], { format: 99 }), articles)).toThrow(/format/);
    expect(() => parseQuotations(file([{ ...good, start: 2 }]), articles)).toThrow(/not as its text reads/);
    expect(() => parseQuotations(file([{ ...good, speaker: { name: "" } }]), articles)).toThrow(/invalid/);
    const changed = new Map([["a1", { ...article, hash: "h2" }]]);
    expect(() => parseQuotations(file([good]), changed)).toThrow(/does not hold/);
  });
});
