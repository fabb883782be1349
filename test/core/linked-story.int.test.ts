/** A link to an archived story, pasted with the question, says which story is meant (pasted-links.ts). */
import type { Answer } from "../../src/core/types";
import { answerOver, useReporterArchive } from "../helpers/reporter-archive";

const ELECTION =
  "https://en.wikinews.org/wiki/New_faces_emerge_as_veteran_politicians_step_down_in_Hong_Kong_legislative_election";

const archive = useReporterArchive();
const ask = (question: string): Promise<Answer> => answerOver(archive(), question);

describe("a pasted link to an archived story", () => {
  it("answers from the linked story a question that names nothing else", async () => {
    for (const pasted of [
      `${ELECTION} what share of voters turned out?`,
      `<${ELECTION}|wikinews> what share of voters turned out?`,
    ]) {
      const answer = await ask(pasted);
      expect(answer.status).toBe("answered");
      expect(new Set(answer.citations.map((c) => c.url))).toEqual(new Set([ELECTION]));
      expect(answer.citations.map((c) => c.quote).join(" ")).toContain("turnout rate of 58%");
      expect(answer.question).toBe(pasted);
    }
  });

  it("asks the whole archive when the linked story does not answer", async () => {
    const plain = await ask("How many pilgrims were killed in the Hajj stampede?");
    const linked = await ask(`${ELECTION} How many pilgrims were killed in the Hajj stampede?`);
    expect(plain.status).toBe("answered");
    expect(linked.citations.map((c) => c.quote)).toEqual(plain.citations.map((c) => c.quote));
    expect(linked.citations.some((c) => c.url === ELECTION)).toBe(false);
  });
});
