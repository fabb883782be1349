/** Typos read as the archive's words, through the real index of the third changing-facts fixture. */
import { join } from "node:path";
import { createTestArchive, type TestArchive } from "../../helpers/test-archive";

const CORPUS = join(__dirname, "..", "..", "fixtures", "changing-facts-3", "corpus");

let t: TestArchive;
beforeAll(async () => {
  t = await createTestArchive({ corpus: CORPUS });
});
afterAll(async () => {
  await t?.cleanup();
});

async function ask(question: string, askedAt = "2025-05-01") {
  const result = await t.archive.ask(question, { askedAt });
  if (!result.ok) throw new Error(result.problem.message);
  return result.answer;
}

it("answers 'latest lnyx number' as about the lynx, says how it read the word, and echoes what was typed", async () => {
  const answer = await ask("latest lnyx number pls");
  expect(answer.status).toBe("answered");
  expect(answer.text.split("\n")[0]).toBe("Read “lnyx” as “lynx”.");
  expect(answer.citations[0]?.published).toBe("2025-03-11");
  expect(answer.question).toBe("latest lnyx number pls");
});

it("gives the same quotes as the question typed right", async () => {
  const [typed, right] = [await ask("latest lnyx number pls"), await ask("latest lynx number pls")];
  expect(typed.citations).toEqual(right.citations);
  expect(right.text.startsWith("Read")).toBe(false);
});

it("adds no note when no word could be read as one of the archive's", async () => {
  const unknown = await ask("how many zqxwv are left in tavessa");
  expect(unknown.text).not.toMatch(/^Read /);
});
