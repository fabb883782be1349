/**
 * A message about something no story covers is refused even when a story shares its everyday words
 * (topic-absent.ts), and questions whose rare nouns a story holds, or a hashtag it writes, are still answered.
 */
import { answerOver, expectFactsQuoted, useReporterArchive } from "../helpers/reporter-archive";

const archive = useReporterArchive();

describe("a question whose topic no story holds", () => {
  it.each([
    "when's the next full moon?",
    "what's the proper way to fold an american flag?",
    "What is the best way for learn English fast when you are adult?",
    "flag football — how many players a side?",
  ])("refuses %p", async (question) => {
    const answer = await answerOver(archive(), question);
    expect({ question, status: answer.status }).toEqual({ question, status: "not_found" });
  });

  it("still quotes the story that holds a question's less common noun, however casual the rest", async () => {
    await expectFactsQuoted(archive(), [
      ["who reffed sweden v korea at the 2018 wc", "Joel Aguilar"],
      ["who came up with the #IStandWithAhmed tag?", "Amneh Jafari"],
      ["Heaven Sent Gaming Mario and Isabel, what's their venture called?", "Heaven Sent Gaming"],
    ]);
  });
});
