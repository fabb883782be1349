/** The Discord timeline layout, pure: dated entries in the answer's order, escaped, inside Discord's limits. */
import { DISCORD_LIMITS, MAX_MESSAGES, renderAnswer } from "../../../src/adapters/discord/render-answer";
import type { Answer, Citation } from "../../../src/core/types";

const entry = (n: number, published: string, quote: string, title = `Story ${n}`): Citation => ({
  n,
  articleId: `a${n}`,
  title,
  publisher: "Valley Wire",
  published,
  url: n === 1 ? "https://wire.example/1" : null,
  quote,
});

const timeline = (citations: Citation[]): Answer => ({
  status: "answered",
  kind: "timeline",
  question: "timeline of the water main",
  text: "Timeline from the archive, oldest first:\n…",
  citations,
  asOf: "2024-06-01",
  filters: { publishers: ["Valley Wire"] },
});

describe("Discord timeline rendering", () => {
  it("lists dated entries oldest first (as given), with links, escaped quotes and the filters in the footer", () => {
    const [reply, ...rest] = renderAnswer(
      timeline([
        entry(1, "2024-05-02", "The main *burst* @everyone <@123>."),
        entry(2, "2024-05-03", "Supply was back.\nCrews left.", "[fake](https://evil.example)"),
      ]),
    );
    expect(rest).toEqual([]);
    const embed = reply?.embeds[0];
    expect(embed?.description).toBe(
      [
        "**Timeline from the archive, oldest first**",
        "",
        "**2024-05-02** · **[1]** [Story 1](https://wire.example/1) · Valley Wire",
        "> The main \\*burst\\* @\u200beveryone <@\u200b123>.",
        "",
        "**2024-05-03** · **[2]** **\\[fake\\](https://evil.example)** · Valley Wire",
        "> Supply was back.",
        "> Crews left.",
      ].join("\n"),
    );
    expect(embed?.footer?.text).toBe("Based on articles up to 2024-06-01 · Filters: publisher “Valley Wire”");
  });

  it("keeps eight long entries within Discord's limits by shortening quotes", () => {
    const long = "word ".repeat(900).trim();
    const replies = renderAnswer(
      timeline(Array.from({ length: 8 }, (_, i) => entry(i + 1, `2024-0${i + 1}-01`, long))),
    );
    expect(replies.length).toBeLessThanOrEqual(MAX_MESSAGES);
    const text = replies.map((r) => r.embeds[0]?.description ?? "").join("\n\n");
    for (const r of replies)
      expect((r.embeds[0]?.description ?? "").length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    const dates = [...text.matchAll(/^\*\*(\d{4}-\d{2}-\d{2})\*\*/gm)].map((m) => m[1]);
    expect(dates).toEqual(Array.from({ length: 8 }, (_, i) => `2024-0${i + 1}-01`));
  });
});
