/**
 * A birthplace asked of the shipped article and the Wikinews fixtures (asked-birthplace.ts): answered where the story
 * says where the person was born or comes from, refused where it only says other things about them.
 */
import type { Answer } from "../../src/core/types";
import { answerOver, useReporterArchive } from "../helpers/reporter-archive";

const archive = useReporterArchive();
const ask = (question: string): Promise<Answer> => answerOver(archive(), question);

describe("a question about where someone was born", () => {
  it("is answered from the sentence that says it", async () => {
    for (const [question, fact] of [
      ["Where was the mathematician Aner Shalev born?", "Kibbutz Kinneret"],
      ["Where was Valeska Paris born?", "born in Switzerland"],
      [
        "What country is Simon Ličen, the Washington State professor, originally from?",
        "Originally from Slovenia",
      ],
    ]) {
      const answer = await ask(question as string);
      expect(answer.status).toBe("answered");
      expect(answer.citations.map((c) => c.quote).join(" ")).toContain(fact);
    }
  });

  it("is refused when the story never says where the person comes from", async () => {
    for (const question of [
      "Where was Noam Chomsky born? which city?",
      "Which town does Frank Messina come from originally?",
    ])
      expect((await ask(question)).status).toBe("not_found");
  });
});
