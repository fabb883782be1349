/** The ride-along fixture through the real ChatOpenAI client against the fake: what the user finally reads. */
import type { Answer } from "../../src/core/types";
import fixture from "../core/fixtures/ride-along.json";
import { type FakeOpenAI, startFakeOpenAI } from "../fakes/fake-openai";
import { expectQuotesVerbatim } from "../helpers/expect-verbatim";
import { createTestArchive, type TestArchive } from "../helpers/test-archive";
import { captureLogs, openAIEnv, passageWith } from "./openai-test-kit";

interface Case {
  kind: string;
  question: string;
  passage: string;
  quote: string;
  sentence: string;
  expected: "kept" | "dropped";
}

const EXTRACTIVE_START = "Here is what the archive says:";
let fake: FakeOpenAI;
let t: TestArchive;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  t = await createTestArchive({
    env: { ANSWERS: "openai", ...openAIEnv(fake.url) },
    logger: captureLogs().logger,
  });
});
afterAll(async () => {
  await t.cleanup();
  await fake.close();
});
beforeEach(() => fake.reset());

async function askWith(c: Case): Promise<Answer> {
  fake.queueChat((request) => {
    const n = passageWith(request, c.passage);
    return { json: { answer: c.sentence.replace("[n]", `[${n}]`), quotes: [{ n, quote: c.quote }] } };
  });
  const result = await t.archive.ask(c.question);
  if (!result.ok) throw new Error(`question rejected: ${result.problem.message}`);
  expect(fake.chatRequests).toHaveLength(1);
  await expectQuotesVerbatim(t.archive, result.answer);
  return result.answer;
}

describe("ride-along sentences written by the model (ANSWERS=openai)", () => {
  const cases = fixture.cases as Case[];
  it.each(cases.map((c) => [c.kind, c.sentence, c] as const))("%s: %s", async (_, __, c) => {
    const answer = await askWith(c);
    if (c.expected === "kept") {
      // The written sentence, then the verified quotes, one a line.
      expect(answer.text.split("\n")[0]).toBe(c.sentence.replace("[n]", "[1]"));
    } else {
      // Nothing of the written sentence reaches the user: the reply is the extractive one, direct quotes only.
      expect(answer.text.startsWith(EXTRACTIVE_START)).toBe(true);
      expect(answer.text).not.toContain(c.sentence.slice(0, 20));
    }
  });
});
