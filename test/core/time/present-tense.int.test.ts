/** Present-tense questions over the third changing-facts fixture: how things stand on the day asked. */
import { join } from "node:path";
import type { Answer } from "../../../src/core/types";
import { createTestArchive, type TestArchive } from "../../helpers/test-archive";

const CORPUS = join(__dirname, "..", "..", "fixtures", "changing-facts-3", "corpus");

let t: TestArchive;
beforeAll(async () => {
  t = await createTestArchive({ corpus: CORPUS });
});
afterAll(async () => {
  await t?.cleanup();
});

async function firstDate(question: string, askedAt: string): Promise<string | null | undefined> {
  const result = await t.archive.ask(question, { askedAt });
  if (!result.ok) throw new Error(result.problem.message);
  expect(result.answer.status).toBe("answered");
  return (result.answer as Answer).citations[0]?.published;
}

it("'Has the ban been lifted?' asks how things stand: the latest lifting or reimposing leads", async () => {
  // Lifted in 2022, reimposed in 2023, lifted again in 2025: without the rule the 2023 story led in 2025.
  expect(await firstDate("Has the fishing ban been lifted?", "2025-06-01")).toBe("2025-04-29");
  expect(await firstDate("Has the fishing ban been lifted?", "2023-01-01")).toBe("2022-04-26");
});

it("a bare topic ('Tavessa central bank governor') asks for the latest on it", async () => {
  // Without a verb there is no tense; the ranking's order led with the 2024 interim head.
  expect(await firstDate("Tavessa central bank governor", "2025-06-01")).toBe("2025-02-04");
  expect(await firstDate("Tavessa central bank governor", "2022-01-01")).toBe("2021-10-05");
});
