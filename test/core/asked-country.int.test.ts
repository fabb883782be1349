/**
 * When the top story names the country a question asks about, only stories that name it are quoted
 * (quotes/asked-country-stories.ts, wired into the extractive answerer): "this Cambodian election" once quoted a
 * Virginia election interview and the Hong Kong LegCo story before the Cambodian story.
 */
import { answerOver, quotedText, useReporterArchive } from "../helpers/reporter-archive";

const archive = useReporterArchive();

describe("a question about one country's election", () => {
  it.each([
    "How much parties can people vote in this Cambodian election?",
    "How many parties are in this Cambodian election?",
  ])("quotes only the Cambodian story for %p", async (question) => {
    const answer = await answerOver(archive(), question);
    expect(answer.status).toBe("answered");
    const published = new Set(answer.citations.map((c) => c.published));
    expect([...published]).toEqual(["2022-05"]);
    expect(quotedText(answer)).toContain("17 political parties");
  });

  it("still quotes stories of several countries when the question names none", async () => {
    const answer = await answerOver(
      archive(),
      "How many parties ran in the election, and who won the most seats?",
    );
    expect(new Set(answer.citations.map((c) => c.articleId)).size).toBeGreaterThan(1);
  });
});
