import type { types } from "@slack/bolt";
import { BLOCK_LIMIT, renderAnswer, SECTION_LIMIT } from "../../../src/adapters/slack/render-answer";
import type { Answer, Citation } from "../../../src/core/types";

const citation = (n: number, overrides: Partial<Citation> = {}): Citation => ({
  n,
  articleId: `a${n}`,
  title: `Headline ${n}`,
  publisher: "The Harbour Herald",
  published: "2024-03-12",
  url: `https://news.example/${n}`,
  quote: `Quote number ${n} from the article.`,
  ...overrides,
});

const answer = (overrides: Partial<Answer> = {}): Answer => ({
  status: "answered",
  question: "when did the council approve the budget?",
  text: "The council approved it on 12 March [1].",
  citations: [citation(1)],
  asOf: "2024-06-01",
  ...overrides,
});

/** Every mrkdwn/plain text a block carries. */
function texts(blocks: types.KnownBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === "section") return block.text ? [block.text.text] : [];
    if (block.type === "context")
      return block.elements.map((element) => ("text" in element ? element.text : ""));
    return [];
  });
}

describe("renderAnswer", () => {
  it("lays out answer, one block per source (link, publisher · date, block quote), as-of, and buttons", () => {
    const message = renderAnswer(
      answer({
        citations: [
          citation(1),
          citation(1, { quote: "Second quote from one." }),
          citation(2, { url: null }),
        ],
      }),
      { answerId: "abc123" },
    );
    expect(message.text).toBe("The council approved it on 12 March [1].");
    expect(message.blocks.map((block) => block.type)).toEqual([
      "section",
      "divider",
      "section",
      "section",
      "context",
      "actions",
    ]);
    expect(texts(message.blocks)).toEqual([
      "The council approved it on 12 March [1].",
      "*[1]* <https://news.example/1|Headline 1>\nThe Harbour Herald · 2024-03-12\n>Quote number 1 from the article.\n>Second quote from one.",
      "*[2]* *Headline 2*\nThe Harbour Herald · 2024-03-12\n>Quote number 2 from the article.",
      "Based on articles up to 2024-06-01",
    ]);
    const actions = message.blocks.at(-1) as types.ActionsBlock;
    expect(
      actions.elements.map((element) => [
        ("action_id" in element && element.action_id) || "",
        "value" in element && element.value,
      ]),
    ).toEqual([
      ["feedback_up", "abc123"],
      ["feedback_down", "abc123"],
    ]);
  });

  it("adds Share first when shareable, the question when asked, and no buttons without an id", () => {
    const shareable = renderAnswer(answer(), { answerId: "id", shareable: true, showQuestion: true });
    expect(JSON.stringify(shareable.blocks.at(-1))).toMatch(
      /^\{"type":"actions".*"share_answer".*"feedback_up"/,
    );
    expect(texts(shareable.blocks)[0]).toBe("*Question:* when did the council approve the budget?");
    expect(renderAnswer(answer()).blocks.some((block) => block.type === "actions")).toBe(false);
  });

  it("says not_found plainly, with no sources", () => {
    const message = renderAnswer(
      answer({ status: "not_found", text: "The archive has nothing on that.", citations: [], asOf: null }),
    );
    expect(texts(message.blocks)).toEqual([
      "The archive has nothing on that.",
      "Based on the articles in our archive",
    ]);
  });

  it("escapes & < > and defuses every kind of ping in answer, question, titles and quotes", () => {
    const hostile =
      "<!channel> <!here> <!everyone> <@U123> @here @channel @Everyone a & b <https://evil|click>";
    const message = renderAnswer(
      answer({
        question: hostile,
        text: hostile,
        citations: [
          citation(1, {
            title: hostile,
            publisher: "<!here>",
            quote: hostile,
            url: "https://x.example/?a=1&b=<2>|3",
          }),
        ],
      }),
      { showQuestion: true },
    );
    const all = [message.text, ...texts(message.blocks)].join("\n");
    expect(all).not.toMatch(/<!|<@|<https:\/\/evil/);
    expect(all).not.toMatch(/@(channel|here|everyone)/i);
    expect(all).toContain(
      "&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt; @\u200Bhere @\u200Bchannel @\u200BEveryone a &amp; b",
    );
    expect(all).toContain("<https://x.example/?a=1&amp;b=%3C2%3E%7C3|&lt;!channel&gt;");
  });

  it("never links a non-http url", () => {
    const message = renderAnswer(answer({ citations: [citation(1, { url: "javascript:alert(1)" })] }));
    expect(texts(message.blocks)[1]).toMatch(/^\*\[1\]\* Headline 1\n/);
  });

  it("keeps 60 citations and a 10k-character answer within 50 blocks and 3,000 characters a section", () => {
    const long = `${"word ".repeat(2000)}end`;
    const citations = Array.from({ length: 60 }, (_, i) =>
      citation(i + 1, { quote: `${"quoted & <text> ".repeat(200)}${i}` }),
    );
    const message = renderAnswer(answer({ text: long, citations, question: long }), {
      answerId: "id",
      shareable: true,
      showQuestion: true,
    });
    expect(message.blocks.length).toBeLessThanOrEqual(BLOCK_LIMIT);
    for (const text of texts(message.blocks)) {
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(SECTION_LIMIT);
      expect(text).not.toMatch(/&[a-z]*…/); // no escape sequence cut in half
    }
    expect(message.text.length).toBeLessThanOrEqual(SECTION_LIMIT);
    expect(message.text.endsWith("…")).toBe(true);
    expect(texts(message.blocks).join("").length).toBeLessThan(12_000);
    expect(texts(message.blocks).at(-1)).toMatch(/more sources not shown$/);
  });

  it("fits 60 short citations in 50 blocks and counts the ones left out", () => {
    const citations = Array.from({ length: 60 }, (_, i) => citation(i + 1));
    const message = renderAnswer(answer({ citations }), { answerId: "id" });
    expect(message.blocks).toHaveLength(BLOCK_LIMIT);
    const sources = message.blocks.filter((block) => block.type === "section").length - 1;
    expect(texts(message.blocks).at(-1)).toBe(
      `Based on articles up to 2024-06-01 · ${60 - sources} more sources not shown`,
    );
  });

  it("trims on grapheme boundaries", () => {
    const message = renderAnswer(answer({ text: "👩‍👩‍👧".repeat(2000) }));
    const body = texts(message.blocks)[0] ?? "";
    expect(body.length).toBeLessThanOrEqual(SECTION_LIMIT);
    expect(body.replace(/…$/, "").replace(/👩‍👩‍👧/g, "")).toBe("");
  });
});
