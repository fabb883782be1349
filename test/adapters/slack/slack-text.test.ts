import { escapeText, fitText, linkText } from "../../../src/adapters/slack/escape";
import { toPlainQuestion } from "../../../src/adapters/slack/slack-text";
import { pastedLinks } from "../../../src/core/question/pasted-links";

describe("toPlainQuestion", () => {
  it.each([
    ["<@UBOT> when did the council meet?", "when did the council meet?"],
    ["<@UBOT|newsroom-qa>   what about\n the bridge?", "what about the bridge?"],
    ["<!channel> <!here|here> <!everyone> budget", "@channel @here @everyone budget"],
    ["<@U123> and <@U456|ann> said", "@U123 and @ann said"],
    ["<!subteam^S1|@desk> ask", "@desk ask"],
    [
      "see <https://news.example/a|this story> and <https://news.example/b>",
      "see this story (https://news.example/a) and https://news.example/b",
    ],
    ["in <#C1|newsroom> or <#C2>", "in #newsroom or #C2"],
    ["mail <mailto:a@b.example|a@b.example>", "mail a@b.example"],
    ["fish &amp; chips &lt;3 &gt; &amp;lt;", "fish & chips <3 > &lt;"],
    ["<@UBOT>", ""],
  ])("%j → %j", (slackText, plain) => {
    expect(toPlainQuestion(slackText, "UBOT")).toBe(plain);
  });
});

describe("escapeText / linkText / fitText", () => {
  it("escapes only & < > and defuses broadcast words", () => {
    expect(escapeText(`a & b < c > d "e" 'f' *g* @here @channelx`)).toBe(
      `a &amp; b &lt; c &gt; d "e" 'f' *g* @\u200Bhere @channelx`,
    );
  });

  it("links only http(s) urls and escapes the label", () => {
    expect(linkText("https://x.example/a?b=1&c=2", "A & B")).toBe(
      "<https://x.example/a?b=1&amp;c=2|A &amp; B>",
    );
    expect(linkText("ftp://x.example", "<b>")).toBe("&lt;b&gt;");
    expect(linkText(null, "plain")).toBe("plain");
  });

  it("fits escaped text without cutting an entity, preferring a word boundary", () => {
    expect(fitText("short", 10)).toBe("short");
    const words = fitText("lorem ipsum ".repeat(10), 50);
    expect(words.length).toBeLessThanOrEqual(50);
    expect(words).toMatch(/ (lorem|ipsum)…$/);
    const fitted = fitText("&&&&&&&&&&", 12);
    expect(fitted).toBe("&amp;&amp;…");
    expect(fitText("@here @here @here @here", 12).length).toBeLessThanOrEqual(12);
  });
});

describe("a link in Slack's message text, as the core reads it", () => {
  it("keeps the link's address where the reader sees it: pasted, or typed without scheme", () => {
    const pasted = toPlainQuestion("<https://cambojanews.com/2022/05/story> who said it?");
    expect(pastedLinks(pasted)).toEqual(["https://cambojanews.com/2022/05/story"]);
    const typed = toPlainQuestion(
      "<http://cambojanews.com/2022/05/story|cambojanews.com/2022/05/story> who?",
    );
    expect(pastedLinks(typed)).toEqual(["https://cambojanews.com/2022/05/story"]);
  });

  it("keeps the address of a link whose label is words: the label alone would lose which story is meant", () => {
    const labelled = toPlainQuestion("<https://cambojanews.com/2022/05/story|this story> who said it?");
    expect(labelled).toBe("this story (https://cambojanews.com/2022/05/story) who said it?");
    expect(pastedLinks(labelled)).toEqual(["https://cambojanews.com/2022/05/story"]);
    // A label that is the address itself, with or without scheme or a trailing slash, is shown once.
    expect(toPlainQuestion("<https://site.com/a/|https://site.com/a>")).toBe("https://site.com/a");
    expect(toPlainQuestion("<https://site.com/a|SITE.com/a/>")).toBe("SITE.com/a/");
  });
});
