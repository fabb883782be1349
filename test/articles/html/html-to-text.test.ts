/** htmlToText: whole pages through Readability, fragments as they are, paragraphs kept. */
import { type HtmlText, htmlToText } from "../../../src/articles/html/html-to-text";

const para = (n: number): string =>
  `<p>Paragraph ${n} of the Riverside Gazette story about the Elm Street bridge, which crews repaired over six weeks, with new bolts, a new deck and fresh paint.</p>`;

const PAGE = `<!DOCTYPE html><html><head><title>Bridge | Gazette</title></head><body>
  <nav><a href="/">Home</a> <a href="/news">All the news</a></nav>
  <article>${[1, 2, 3, 4].map(para).join("")}</article>
  <footer>Copyright Riverside Gazette</footer></body></html>`;

const INPUTS = {
  fragment:
    "<p>Bolts &amp; beams</p><p>Line one<br>line two</p><ul><li>First</li><li>Second</li></ul><div>Caf&eacute; <em>open</em>&nbsp;again</div>",
  whitespace: "<p>The   bridge\n   reopened\ton Monday.</p>",
  furniture: "<p>Kept.</p><script>var x = 1;</script><style>p{}</style><form>Sign up</form>",
  page: PAGE,
  empty: "<div><img src='x.png'></div>",
};

const out = Object.fromEntries(
  Object.entries(INPUTS).map(([name, html]) => [
    name,
    htmlToText(html, "https://riverside-gazette.example/bridge"),
  ]),
) as Record<keyof typeof INPUTS, HtmlText>;

describe("htmlToText", () => {
  it("keeps block boundaries and decodes entities in a fragment", () => {
    expect(out.fragment).toEqual({
      text: "Bolts & beams\n\nLine one\n\nline two\n\nFirst\n\nSecond\n\nCafé open again",
      title: null,
      byline: null,
    });
  });

  it("collapses source whitespace inside a paragraph", () => {
    expect(out.whitespace.text).toBe("The bridge reopened on Monday.");
  });

  it("drops scripts, styles and forms from a fragment", () => {
    expect(out.furniture.text).toBe("Kept.");
  });

  it("reads a whole page through Readability without its navigation and footer", () => {
    const paragraphs = out.page.text.split("\n\n");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^Paragraph 1 of the Riverside Gazette story/);
    expect(out.page.text).not.toContain("All the news");
    expect(out.page.text).not.toContain("Copyright");
    expect(out.page.title).toBe("Bridge | Gazette");
  });

  it("returns empty text for markup without text", () => {
    expect(out.empty.text).toBe("");
  });
});
