/** Deeply nested HTML is refused before parsing, within seconds, with a clear reason; normal pages pass. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readCorpus } from "../../../src/articles/files/read-corpus";
import { htmlDepth, MAX_HTML_DEPTH } from "../../../src/articles/html/html-depth";
import { htmlToText } from "../../../src/articles/html/html-to-text";

const FIXTURE_CORPUS = path.resolve(__dirname, "../../fixtures/loaders/corpus");
const nested = (levels: number, tag = "div"): string =>
  `${`<${tag}>`.repeat(levels)}Deep text.${`</${tag}>`.repeat(levels)}`;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "html-depth-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("htmlDepth", () => {
  it("counts nesting, not elements", () => {
    expect(htmlDepth(nested(3))).toBe(3);
    expect(htmlDepth("<div></div>".repeat(10_000))).toBe(1);
  });

  it("leaves out void elements, optional end tags, comments and script or style text", () => {
    const page =
      "<html><head><title><div><div></title><style>div{}</style></head><body>" +
      "<!-- <div><div><div> --><article><p>One<p>Two<ul><li>a<li>b</ul><br><img src=x>" +
      "<script>for (const x of '<div><div><div>') {}</script><p>Text</p></article></body></html>";
    expect(htmlDepth(page)).toBe(2); // article > ul
  });

  it("finds every fixture page far under the limit", () => {
    const dir = path.join(FIXTURE_CORPUS);
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".html")))
      expect(htmlDepth(readFileSync(path.join(dir, name), "utf8"))).toBeLessThan(40);
  });
});

describe("a page nested 50,000 <div> deep", () => {
  it("is skipped within seconds, named with the reason, and the rest of the corpus is read", async () => {
    const dir = path.join(tmp, "deep");
    mkdirSync(dir);
    const page = `<!DOCTYPE html><html><head><title>Deep</title></head><body>${nested(50_000)}</body></html>`;
    expect(page.length).toBeGreaterThan(500_000);
    writeFileSync(path.join(dir, "deep.html"), page);
    writeFileSync(path.join(dir, "fine.md"), "---\ntitle: Fine\n---\nThe bridge reopened.\n");
    const result = await readCorpus(dir);
    expect(result.articles.map((a) => a.meta.source)).toEqual(["fine.md"]);
    expect(result.skipped).toEqual([
      {
        source: "deep.html",
        reason: `could not parse (HTML nested more than ${MAX_HTML_DEPTH} elements deep; refused before parsing, so that one page cannot stall the ingest)`,
      },
    ]);
  }, 10_000);

  it("in an export record's body, skips only that record", async () => {
    const dir = path.join(tmp, "deep-record");
    mkdirSync(dir);
    const lines = [
      JSON.stringify({ id: "ok", text: "<p>The ferry is late.</p>" }),
      JSON.stringify({ id: "deep", text: `<p>Start</p>${nested(2_000)}` }),
    ];
    writeFileSync(path.join(dir, "e.jsonl"), lines.join("\n"));
    const result = await readCorpus(dir);
    expect(result.articles.map((a) => a.meta.id)).toEqual(["ok"]);
    expect(result.skipped).toEqual([
      { source: "e.jsonl#2", reason: expect.stringMatching(/^could not parse \(HTML nested more than 512/) },
    ]);
  });

  it("leaves a page at the limit readable", () => {
    expect(htmlToText(`<p>Lead.</p>${nested(MAX_HTML_DEPTH - 1)}`).text).toBe("Lead.\n\nDeep text.");
  });
});
