/**
 * A story dated only to its month ("2022-05", the shipped article's front matter) is inside any date window that
 * overlaps that month, at the precision both give: a question about "the summit held 13 May 2022" and a
 * `from:`/`to:` filter inside May find it; a window in April does not.
 */
import { join } from "node:path";
import { createTestArchive, type TestArchive } from "../helpers/test-archive";

const CORPUS = join(__dirname, "..", "..", "corpus");

let t: TestArchive;
beforeAll(async () => {
  t = await createTestArchive({ corpus: CORPUS });
});
afterAll(async () => {
  await t?.cleanup();
});

async function ask(question: string, options: Parameters<TestArchive["archive"]["ask"]>[1] = {}) {
  const result = await t.archive.ask(question, options);
  if (!result.ok) throw new Error(result.problem.message);
  return result.answer;
}

it("answers a question whose date window is a day inside the story's month", async () => {
  const answer = await ask(
    "On the sidelines of which summit, held 13 May 2022, did Prak Sokhonn meet the US Secretary of State?",
  );
  expect(answer.status).toBe("answered");
  expect(answer.citations.map((c) => c.quote).join(" ")).toContain("ASEAN-U.S. Special Summit");
  expect(answer.citations[0]?.published).toBe("2022-05");
});

it("keeps the story under from/to filters inside its month, not under ones before it", async () => {
  const question = "Which summit did Prak Sokhonn attend in Washington?";
  const inside = await ask(question, { filters: { from: "2022-05-13", to: "2022-05-20" } });
  expect(inside.status).toBe("answered");
  const before = await ask(question, { filters: { from: "2022-04-01", to: "2022-04-30" } });
  expect(before.status).toBe("not_found");
});
