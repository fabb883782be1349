/** A link to an archived story, pasted with the question, says which story is meant (pasted-links.ts). */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answerQuestion } from "../../src/core/answer-question";
import { createExtractiveAnswerer } from "../../src/core/extractive-answerer";
import type { Answer } from "../../src/core/types";
import { silentLogger } from "../../src/logger";
import { type PreparedArchive, prepareArchive } from "../../tools/eval/eval-lib";

const ROOT = join(__dirname, "..", "..");
const ELECTION =
  "https://en.wikinews.org/wiki/New_faces_emerge_as_veteran_politicians_step_down_in_Hong_Kong_legislative_election";

let workDir: string;
let prepared: PreparedArchive;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "newsroom-qa-linked-"));
  prepared = await prepareArchive({
    articles: [join(ROOT, "corpus"), join(ROOT, "test", "fixtures", "gum-wikinews")],
    workDir,
  });
});

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function ask(question: string): Promise<Answer> {
  const result = await answerQuestion(question, {
    retriever: prepared.retriever,
    answerer: createExtractiveAnswerer(),
    maxQuestionChars: 500,
    logger: silentLogger,
  });
  if (!result.ok) throw new Error(result.problem.message);
  return result.answer;
}

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
