import { fragmentText, holdsHtml, MAX_PARSED_TAGS } from "../../src/text/html-fragment";

describe("fragmentText", () => {
  it("reads pasted tags as the text a browser shows, with a space where a block or line break was", () => {
    expect(fragmentText("<p>one</p><p>two<br>three</p>")).toBe("one two three");
    expect(fragmentText('<a href="https://x.org/" title="t">a headline</a>, <em>really</em>?')).toBe(
      "a headline , really ?",
    );
  });

  it("decodes entities only where there is markup, and keeps angle brackets that are not tags", () => {
    expect(fragmentText("<b>Q&amp;A</b> with &quot;him&quot; <3 <draft>")).toBe('Q&A with "him" <3 <draft>');
    expect(fragmentText("Q&amp;A <3 <draft>")).toBe("Q&amp;A <3 <draft>");
  });

  it("does not take Slack or Discord markup for HTML", () => {
    for (const markup of ["<a:dance:456>", "<@U1>", "<#C1|general>", "<!here>", "<https://x.org|x>", "<abc>"])
      expect(holdsHtml(markup)).toBe(false);
    for (const tag of ["<a href='x'>", "</a>", "<br/>", "<P>", "<span class=x>"])
      expect(holdsHtml(tag)).toBe(true);
  });
});

describe("fragmentText's dropLink", () => {
  it("empties a link whose words the caller takes for a link, and keeps one that is words", () => {
    const dropLink = (words: string) => /^[\w-]+(\.[\w-]+)+$/.test(words.trim());
    expect(
      fragmentText('<a href="https://x.org/">x.org</a> who? <a href="https://x.org/b">A story</a>', {
        dropLink,
      }),
    ).toBe("who? A story");
  });
});

describe("fragmentText on a flood of tags", () => {
  it("parses at most MAX_PARSED_TAGS tags, and past that only takes the tags out, without building a deep tree", () => {
    const deep = `${"<b>".repeat(MAX_PARSED_TAGS + 1)}Q&amp;A: who heads CCHR?`;
    expect(fragmentText(deep)).toBe("Q&amp;A: who heads CCHR?");
    const parsed = `${"<b>".repeat(MAX_PARSED_TAGS)}Q&amp;A: who heads CCHR?`;
    expect(fragmentText(parsed)).toBe("Q&A: who heads CCHR?");
  });
});
