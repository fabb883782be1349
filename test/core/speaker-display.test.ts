/** Issue #16: Slack, Discord and the CLI's answer text show a speaker with the short form of the role. */
import { renderAnswer as discordAnswer } from "../../src/adapters/discord/render-answer";
import { renderAnswer as slackAnswer } from "../../src/adapters/slack/render-answer";
import { showSpeaker } from "../../src/core/quotes/show-speaker";
import type { Answer } from "../../src/core/types";

const speaker = {
  name: "Chak Sopheap",
  role: "the executive director of Cambodian Center for Human Rights",
  shortRole: "executive director, CCHR",
};
const quote = "Peaceful assemblies continue to be interfered with and restricted.";
const answer: Answer = {
  status: "answered",
  question: "What did Chak Sopheap say?",
  text: `“${quote}”${showSpeaker(speaker)} [1]`,
  citations: [
    {
      n: 1,
      articleId: "a1",
      title: "Cambodia rejects criticism",
      publisher: "VOA",
      published: "2022-05-04",
      url: "https://example.com/a1",
      quote,
      speaker,
    },
  ],
  asOf: "2022-05-04",
};

describe("a speaker's role as shown", () => {
  test("the CLI's answer text (showSpeaker): the short role; the role as written when there is none", () => {
    expect(showSpeaker(speaker)).toBe(" — Chak Sopheap, executive director, CCHR");
    expect(showSpeaker({ name: "Lao Mong Hay", role: "Political analyst" })).toBe(
      " — Lao Mong Hay, Political analyst",
    );
    expect(showSpeaker({ name: "Ed Markey" })).toBe(" — Ed Markey");
  });

  test("Slack and Discord: the short role under the quote, never the long one", () => {
    const slack = JSON.stringify(slackAnswer(answer).blocks);
    const discord = JSON.stringify(discordAnswer(answer));
    for (const rendered of [slack, discord]) {
      expect(rendered).toContain("— Chak Sopheap, executive director, CCHR");
      expect(rendered).not.toContain("Cambodian Center for Human Rights");
    }
  });
});
