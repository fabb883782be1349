/** Fixture corpus → real index on disk → questions, edits and re-ingest, with every quote checked verbatim. */
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { silentLogger } from "../../src/logger";
import { runIngest } from "../../src/wire";
import { expectQuotesVerbatim } from "../helpers/expect-verbatim";
import { createTestArchive, type TestArchive } from "../helpers/test-archive";

let t: TestArchive;
beforeAll(async () => {
  t = await createTestArchive();
});
afterAll(() => t.cleanup());

async function answer(question: string, options = {}) {
  const result = await t.archive.ask(question, options);
  if (!result.ok) throw new Error(`question rejected: ${result.problem.message}`);
  await expectQuotesVerbatim(t.archive, result.answer);
  return result.answer;
}

describe("ingest and ask over the fixture corpus", () => {
  it("ingests every format in the fixture corpus", () => {
    expect(t.summary).toMatchObject({ added: 5, updated: 0, removed: 0, unchanged: 0, skipped: [] });
    expect(t.summary.chunks).toBeGreaterThanOrEqual(5);
  });

  it.each([
    [
      "How long will the Millbrook bridge be closed?",
      "Millbrook bridge to close for six weeks of repairs",
      /six weeks/,
    ],
    ["How many visitors came to the lantern festival?", "Lantern festival draws record crowd", /30,000/],
    ["Why did the ferry workers go on strike?", null, /shift patterns/],
    ["What did the late frost do to the Greenvale orchards?", null, /third of the apple blossom/],
    [
      "How many teaching posts does the Harbor budget add?",
      "Harbor district approves budget with twelve new teachers",
      /twelve/,
    ],
  ])("answers %j from the right article with verbatim quotes", async (question, title, expected) => {
    const a = await answer(question);
    expect(a.status).toBe("answered");
    expect(a.citations.length).toBeGreaterThan(0);
    expect(a.citations.length).toBeLessThanOrEqual(3);
    if (title) expect(a.citations[0]?.title).toBe(title);
    expect(a.citations.map((c) => c.quote).join(" ")).toMatch(expected);
    expect(a.text).toMatch(/\[1\]/);
    expect(a.asOf).toBe("2024-09-08");
  });

  it("cites headline, publisher, date and link, numbering sources by first citation", async () => {
    const a = await answer("How much will the Millbrook footbridge repair cost?");
    const first = a.citations[0]!;
    expect(first).toMatchObject({
      n: 1,
      title: "Millbrook bridge to close for six weeks of repairs",
      publisher: "Riverside Gazette",
      published: "2024-03-12",
      url: "https://gazette.example/2024/03/millbrook-bridge-repairs",
    });
    const numbers = a.citations.map((c) => c.n);
    expect(numbers[0]).toBe(1);
    for (let i = 1; i < numbers.length; i++)
      expect(numbers[i]!).toBeLessThanOrEqual(Math.max(...numbers.slice(0, i)) + 1);
  });

  it("says not_found, with asOf and no citations, when the archive holds nothing", async () => {
    for (const question of ["Who won the 1998 football world cup?", "What is the capital of Mars?"]) {
      const a = await answer(question);
      expect(a).toMatchObject({ status: "not_found", citations: [], asOf: "2024-09-08" });
      expect(a.text).toMatch(/couldn't find/);
    }
  });

  it("filters by publisher and by date range", async () => {
    const byPublisher = await answer("How many visitors came to the lantern festival?", {
      filters: { publishers: ["Riverside Gazette"] },
    });
    expect(byPublisher.citations.every((c) => c.publisher === "Riverside Gazette")).toBe(true);
    const byDate = await answer("How long will the Millbrook bridge be closed?", {
      filters: { from: "2024-06" },
    });
    expect(byDate.citations.every((c) => (c.published ?? "") >= "2024-06")).toBe(true);
  });

  it("reads a follow-up with the earlier question as context", async () => {
    const a = await answer("and when does it close?", {
      context: ["How long will the Millbrook bridge be closed?"],
    });
    expect(a.status).toBe("answered");
    expect(a.citations[0]?.title).toBe("Millbrook bridge to close for six weeks of repairs");
  });

  it("gives a helpful message for bad questions instead of throwing", async () => {
    for (const bad of ["", "   ", "🙂🙂🙂", "x".repeat(5000)]) {
      const result = await t.archive.ask(bad);
      expect(result.ok).toBe(false);
    }
  });
});

describe("re-ingest", () => {
  it("replaces edited, adds new and drops deleted articles, re-embedding only what changed", async () => {
    const bridge = join(t.corpusDir, "2024", "bridge-repair.md");
    await writeFile(
      bridge,
      (await readFile(bridge, "utf8")).replace("six weeks", "nine weeks").replace("six weeks", "nine weeks"),
    );
    await rm(join(t.corpusDir, "festival.html"));
    await writeFile(
      join(t.corpusDir, "library.md"),
      "---\ntitle: Library opens on Sundays\npublished: 2024-10-01\npublisher: Riverside Gazette\n---\n\n" +
        "The central library will open on Sundays from October, the council said, after a petition signed by 2,300 residents.\n",
    );
    const summary = await t.archive.reingest();
    expect(summary).toMatchObject({ added: 1, updated: 1, removed: 1, unchanged: 3, articles: 5 });
    expect(summary.reusedEmbeddings).toBeGreaterThan(0);

    const bridgeAnswer = await answer("How long will the Millbrook bridge be closed?");
    expect(bridgeAnswer.citations.map((c) => c.quote).join(" ")).toMatch(/nine weeks/);
    expect((await answer("How many visitors came to the lantern festival?")).status).toBe("not_found");
    const library = await answer("When will the central library open on Sundays?");
    expect(library.citations[0]?.title).toBe("Library opens on Sundays");
    expect(library.asOf).toBe("2024-10-01");
  });

  it("leaves an unchanged corpus unchanged", async () => {
    const summary = await runIngest(t.config, silentLogger);
    expect(summary).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: 5 });
    expect(summary.reusedEmbeddings).toBe(summary.chunks);
  });
});
