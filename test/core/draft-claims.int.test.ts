/**
 * A fact-checker's question about a colleague's draft (checked-claims.ts draftClaims, document-words.ts): the
 * draft's detail may be wrong, so a name or figure of the asked kind that the story lacks does not make the
 * question one the archive cannot answer; a claim about a story the archive lacks still does.
 */
import type { Answer } from "../../src/core/types";
import { answerOver, expectFactsQuoted, useReporterArchive } from "../helpers/reporter-archive";

const archive = useReporterArchive();
const ask = (question: string): Promise<Answer> => answerOver(archive(), question);

describe("a draft's claim to check", () => {
  it("quotes the story's own detail where the draft has another", async () => {
    await expectFactsQuoted(archive(), [
      [
        "Draft says Am Sam Ath works for the rights group Adhoc. Which group do we say he is with?",
        "Licadho",
      ],
      ["Para 6 says Markey's Cambodian community is in Lynn. Which city is it, per our story?", "Lowell"],
      [
        "The draft says the Afghan robotics team comes from Kandahar. Which city do we give as their home?",
        "Herat",
      ],
    ]);
  });

  it("still refuses a claim about an event the archive does not hold", async () => {
    const answer = await ask("Draft says the 2016 Mina crush killed 2,000 pilgrims. What toll do we report?");
    expect(answer.status).toBe("not_found");
  });
});
