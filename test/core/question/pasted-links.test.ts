import { linkedStories, linkWords, MAX_LINKS, pastedLinks } from "../../../src/core/question/pasted-links";
import type { Retriever } from "../../../src/core/retriever";

describe("pastedLinks", () => {
  it("reads Slack's link markup, bare links and www. links, without the sentence's punctuation", () => {
    expect(pastedLinks("<https://a.example/story|a.example/story> what share voted?")).toEqual([
      "https://a.example/story",
    ]);
    expect(pastedLinks("see https://a.example/x. and (https://b.example/y), ok?")).toEqual([
      "https://a.example/x",
      "https://b.example/y",
    ]);
    expect(pastedLinks("www.a.example/z who won?")).toEqual(["https://www.a.example/z"]);
  });

  it("reads a link pasted without scheme (a common top-level domain and a path), as Slack shows one", () => {
    expect(pastedLinks("cambojanews.com/2022/05/story, who said it?")).toEqual([
      "https://cambojanews.com/2022/05/story",
    ]);
    // A bare site name is words, not a link.
    expect(pastedLinks("what does scientology.org say?")).toEqual([]);
  });

  it("gives each link once, at most MAX_LINKS, and none for mentions or plain words", () => {
    expect(pastedLinks("https://a.example/x https://a.example/x")).toEqual(["https://a.example/x"]);
    const flood = Array.from({ length: 20 }, (_, i) => `https://a.example/${i}`).join(" ");
    expect(pastedLinks(flood)).toHaveLength(MAX_LINKS);
    expect(pastedLinks("<@U123> <#C1|news> who runs a.example?")).toEqual([]);
  });
});

describe("linkedStories", () => {
  const archive = { linkedArticle: (url: string) => (url.includes("bridge") ? "a_bridge" : null) };
  it("is the archived stories the question links to, each once", () => {
    const retriever = archive as unknown as Retriever;
    expect(
      linkedStories(pastedLinks("https://x.example/bridge <https://x.example/bridge/> when?"), retriever),
    ).toEqual(["a_bridge"]);
    expect(linkedStories(pastedLinks("https://x.example/ferry when?"), retriever)).toEqual([]);
    // A retriever that cannot look links up links nothing.
    expect(linkedStories(pastedLinks("https://x.example/bridge when?"), {} as Retriever)).toEqual([]);
  });
});

describe("linkWords", () => {
  const archive = { linkedArticle: (url: string) => (url.includes("bridge") ? "a_bridge" : null) };
  const retriever = archive as unknown as Retriever;
  it("reads the words of a link's last path segment, for links to no archived story", () => {
    expect(linkWords(pastedLinks("<https://example.com/uk-asylum-forms|story> how long?"), retriever)).toBe(
      "uk asylum forms",
    );
    expect(linkWords(pastedLinks("https://en.wikinews.org/wiki/Fan_Expo%3A_day_one when?"), retriever)).toBe(
      "Fan Expo day one",
    );
    expect(linkWords(pastedLinks("https://x.example/2022/05/ferry-fares.html ok?"), retriever)).toBe(
      "ferry fares",
    );
  });

  it("reads nothing from an archived story's link, a bare host, numbers or IDs", () => {
    expect(linkWords(pastedLinks("https://x.example/bridge-closed when?"), retriever)).toBe("");
    expect(linkWords(pastedLinks("https://www.state.gov/ who?"), retriever)).toBe("");
    expect(linkWords(pastedLinks("https://imgur.com/a/xY7kQ https://x.example/status/1"), retriever)).toBe(
      "",
    );
  });
});
