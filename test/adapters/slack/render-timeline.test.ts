/** The Slack timeline layout, pure: dated sections in the answer's order, escaped, with filters echoed. */
import { renderAnswer } from "../../../src/adapters/slack/render-answer";
import type { Answer, Citation } from "../../../src/core/types";

const entry = (n: number, published: string | null, quote: string, title = `Story ${n}`): Citation => ({
  n,
  articleId: `a${n}`,
  title,
  publisher: "Harbour Herald",
  published,
  url: n === 1 ? "https://news.example/1" : null,
  quote,
});

const timeline: Answer = {
  status: "answered",
  kind: "timeline",
  question: "timeline of the bridge",
  text: "Timeline from the archive, oldest first:\n…",
  citations: [
    entry(1, "2023-05-02", "The bridge was postponed <again> & @channel was told."),
    entry(2, "2024-06-15", "It opened.\nCrowds came.", "<!here> opens"),
  ],
  asOf: "2024-06-15",
  filters: { from: "2023" },
};

describe("Slack timeline rendering", () => {
  it("puts one dated, escaped section per entry after the heading, then footer and buttons", () => {
    const message = renderAnswer(timeline, { answerId: "id1" });
    const texts = message.blocks.map((b) =>
      b.type === "section"
        ? (b.text?.text ?? "")
        : b.type === "context"
          ? JSON.stringify(b.elements)
          : b.type,
    );
    expect(texts[0]).toContain("*Filters:* from 2023");
    expect(texts[1]).toBe("*Timeline from the archive, oldest first* (2 articles)");
    expect(texts[2]).toBe(
      "*2023-05-02* · *[1]* <https://news.example/1|Story 1> · Harbour Herald\n>The bridge was postponed &lt;again&gt; &amp; @\u200Bchannel was told.",
    );
    expect(texts[3]).toBe(
      "*2024-06-15* · *[2]* *&lt;!here&gt; opens* · Harbour Herald\n>It opened.\n>Crowds came.",
    );
    expect(texts[4]).toContain("Based on articles up to 2024-06-15");
    expect(texts[5]).toBe("actions");
    expect(message.text).toBe(timeline.text);
  });
});
