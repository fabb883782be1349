/**
 * What answerQuestion searches for when a question and the archive write a name differently: an acronym the
 * archive never writes is searched as the name it spells out, a long name also by the initials it writes.
 */
import { answerQuestion } from "../../../src/core/answer-question";
import { createExtractiveAnswerer } from "../../../src/core/extractive-answerer";
import type { Retriever } from "../../../src/core/retriever";
import { silentLogger } from "../../../src/logger";
import { storiesRetriever } from "../../helpers/stories-retriever";

describe("answerQuestion, names written two ways", () => {
  const searched: string[] = [];
  const retriever: Retriever = {
    ...storiesRetriever({}),
    holdsTerm: (term) => ["esc", "gsp"].includes(term),
    spelledOut: (acronym) => (acronym === "CCHR" ? "Cambodia Center for Human Rights" : null),
    search: async (query) => {
      searched.push(query);
      return [];
    },
  };
  const ask = async (question: string) => {
    searched.length = 0;
    const result = await answerQuestion(question, {
      retriever,
      answerer: createExtractiveAnswerer(),
      maxQuestionChars: 500,
      logger: silentLogger,
    });
    return { result, searched: searched.join(" | ") };
  };

  it("searches an acronym the archive never writes beside the name it spells out, and echoes what was typed", async () => {
    const { result, searched } = await ask("remind me who runs CCHR");
    expect(searched).toContain("remind me who runs CCHR");
    expect(searched).toContain("Cambodia Center for Human Rights");
    expect(result.ok && result.answer.question).toBe("remind me who runs CCHR");
  });

  it("keeps an acronym the archive writes", async () => {
    expect((await ask("When was the GSP suspended?")).searched).toContain("GSP");
  });

  it("also searches a long name by the initials the archive writes", async () => {
    const { searched } = await ask("Which country won the Eurovision Song Contest?");
    expect(searched).toContain("Eurovision Song Contest");
    expect(searched).toMatch(/\bESC\b/);
  });

  it("adds no initials the archive does not write", async () => {
    expect((await ask("Who won the National Invitational Tournament?")).searched).not.toMatch(/\bNIT\b/);
  });
});
