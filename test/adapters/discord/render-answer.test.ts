/** Pure rendering: layout, Discord's size limits with huge answers, and no live mentions or links from untrusted text. */
import { DISCORD_LIMITS, MAX_MESSAGES, renderAnswer } from "../../../src/adapters/discord/render-answer";
import { neutraliseMentions, toSafeText, toSafeUrl, truncate } from "../../../src/adapters/discord/safe-text";
import type { Answer, Citation } from "../../../src/core/types";
import { plainText } from "./harness";

const citation = (n: number, quote: string, overrides: Partial<Citation> = {}): Citation => ({
  n,
  articleId: `article-${n}`,
  title: `Headline ${n}`,
  publisher: "Harbour Gazette",
  published: "2024-03-12",
  url: `https://news.example/${n}`,
  quote,
  ...overrides,
});

const answer = (overrides: Partial<Answer> = {}): Answer => ({
  status: "answered",
  question: "q",
  text: "The council approved the budget [1].",
  citations: [citation(1, "The city council approved a 4.2 million dollar budget.")],
  asOf: "2024-07-21",
  ...overrides,
});

function embedTotal(embed: { title?: string; description?: string; footer?: { text: string } }): number {
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
}

function expectWithinLimits(replies: ReturnType<typeof renderAnswer>): void {
  expect(replies.length).toBeGreaterThanOrEqual(1);
  expect(replies.length).toBeLessThanOrEqual(MAX_MESSAGES);
  for (const reply of replies) {
    expect((reply.content ?? "").length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(reply.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    let total = 0;
    for (const embed of reply.embeds) {
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
      total += embedTotal(embed as never);
    }
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  }
}

describe("renderAnswer", () => {
  it("lays out the answer, a linked headline, publisher · date, the quote as a block quote and the as-of footer", () => {
    const [reply, ...rest] = renderAnswer(answer());
    expect(rest).toEqual([]);
    expect(reply?.content).toBeUndefined();
    const embed = reply?.embeds[0];
    expect(embed?.description).toBe(
      [
        "The council approved the budget \\[1\\].",
        "",
        "**Sources**",
        "**[1]** [Headline 1](https://news.example/1)",
        "Harbour Gazette · 2024-03-12",
        "> The city council approved a 4.2 million dollar budget.",
      ].join("\n"),
    );
    expect(embed?.footer?.text).toBe("Based on articles up to 2024-07-21");
  });

  it("groups several quotes from one article under one source", () => {
    const description = renderAnswer(
      answer({
        citations: [citation(1, "First quote."), citation(1, "Second quote."), citation(2, "Other.")],
      }),
    )[0]?.embeds[0]?.description;
    expect(description?.match(/\*\*\[1\]\*\*/g)).toHaveLength(1);
    expect(description).toContain("> First quote.\n> Second quote.");
    expect(description).toContain("**[2]** [Headline 2]");
  });

  it("says not_found plainly, as text, with the as-of line", () => {
    const [reply] = renderAnswer(
      answer({ status: "not_found", text: "Nothing in the archive answers that.", citations: [] }),
    );
    expect(reply).toEqual({
      content: "Nothing in the archive answers that.\n-# Based on articles up to 2024-07-21",
      embeds: [],
    });
  });

  it("keeps a huge answer with many long quotes within every Discord limit", () => {
    const long = "The harbour library budget debate continued late into the night. ".repeat(400);
    const citations = Array.from({ length: 30 }, (_, i) =>
      citation(i + 1, "A very long verbatim quote. ".repeat(100)),
    );
    const replies = renderAnswer(answer({ text: long, citations }));
    expectWithinLimits(replies);
    expect(replies.at(-1)?.embeds.at(-1)?.footer?.text).toBe("Based on articles up to 2024-07-21");
    expect(replies.at(-1)?.embeds.at(-1)?.description).toContain("Some sources were left out");
  });

  it("splits a long answer over messages instead of cutting the sources", () => {
    const text = "Sentence about the budget. ".repeat(250);
    const replies = renderAnswer(answer({ text, citations: [citation(1, "Short quote.")] }));
    expectWithinLimits(replies);
    expect(replies.length).toBe(2);
    expect(replies[1]?.embeds[0]?.description).toContain("**[1]** [Headline 1]");
  });

  it("keeps a huge not_found text within the content limit", () => {
    const replies = renderAnswer(
      answer({ status: "not_found", text: "nothing ".repeat(1000), citations: [] }),
    );
    expectWithinLimits(replies);
    expect(replies[0]?.content).toMatch(/…\n-# Based on articles up to 2024-07-21$/);
  });

  it("never lets article or model text ping, link or format", () => {
    const hostile =
      "@everyone @here <@123456789012345678> <@!123456789012345678> <@&987654321098765432> <#111111111111111111>";
    const replies = renderAnswer(
      answer({
        text: `${hostile} [click](https://evil.example) **bold** # heading`,
        citations: [
          citation(1, hostile, {
            title: "[fake](https://evil.example) @everyone",
            publisher: "@here Daily",
            url: "javascript:alert(1)",
          }),
        ],
      }),
    );
    const text = JSON.stringify(replies);
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toMatch(/<[@#][!&]?\d/);
    expect(text).not.toMatch(/(?<!\\\\)\]\(https:\/\/evil/); // only escaped, literal brackets remain
    expect(text).not.toContain("javascript:");
    const description = replies[0]?.embeds[0]?.description ?? "";
    expect(plainText(description)).toContain("@everyone @here <@123456789012345678>");
    expect(description).toContain("**[1] \\[fake\\](https://evil.example) @\u200beveryone**");
  });
});

describe("safe text helpers", () => {
  it.each([
    ["@everyone hi", "@\u200beveryone hi"],
    ["@HERE", "@\u200bHERE"],
    ["<@42> <@!42> <@&42> <#42>", "<@\u200b42> <@\u200b!42> <@\u200b&42> <#\u200b42>"],
    ["mail me at someone@example.com", "mail me at someone@example.com"],
  ])("neutraliseMentions(%j)", (input, expected) => {
    expect(neutraliseMentions(input)).toBe(expected);
  });

  it("escapes markdown so it shows as written", () => {
    expect(toSafeText("*a* _b_ `c` ~~d~~ ||e|| [f](g) \\")).toBe(
      "\\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ \\|\\|e\\|\\| \\[f\\](g) \\\\",
    );
    expect(toSafeText("# Title\n-# small")).toBe("\\# Title\n\\-# small");
  });

  it("accepts only http(s) urls and keeps them from closing a markdown link", () => {
    expect(toSafeUrl("https://news.example/a_(b)")).toBe("https://news.example/a_%28b%29");
    expect(toSafeUrl("javascript:alert(1)")).toBeNull();
    expect(toSafeUrl("/relative")).toBeNull();
    expect(toSafeUrl(null)).toBeNull();
  });

  it("truncates at a word boundary and never leaves a dangling escape", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("one two three four five six", 20)).toBe("one two three four…");
    expect(truncate("abcdefghi\\*", 11)).toBe("abcdefghi\\*");
    expect(truncate("abcdefghij\\*xyz", 12)).toBe("abcdefghij…");
  });
});
