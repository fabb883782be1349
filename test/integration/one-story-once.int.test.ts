/**
 * Issue #16 parts 2 and 3 through a real ingest and archive: a story's copies (a reprint, an updated version)
 * are cited once, with the others in `alsoIn` and both dates; correction notes are stored, shown with the
 * citation and never quoted unless asked for; changed and removed files are re-quoted or gone.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { formatSummary as discordSummary } from "../../src/adapters/discord/format-ingest";
import { replies as slackReplies } from "../../src/adapters/slack/replies";
import { formatAnswer } from "../../src/cli/format-answer";
import { formatSummary } from "../../src/cli/print-summary";
import type { Answer } from "../../src/core/types";
import { silentLogger } from "../../src/logger";
import { runIngest } from "../../src/wire";
import { expectQuotesVerbatim } from "../helpers/expect-verbatim";
import { createTestArchive, type TestArchive } from "../helpers/test-archive";

const STORIES = join(__dirname, "..", "fixtures", "stories");
const ORIGINAL = "https://quillfield-post.example/2024/03/01/night-ferry-halted";
const UPDATED = "https://quillfield-post.example/2024/03/03/night-ferry-halted-updated";
const REPRINT = "https://other-wire.example/news/ferry-engine-crack";
const FARES = "https://lowmead-ledger.example/2024/03/02/ferry-fares";
const RESUME = "When will the night ferry to Osterby resume service?";
const LIBRARY = "How late will the Quillfield library open on weekdays?";

let t: TestArchive;
beforeAll(async () => {
  t = await createTestArchive({ corpus: STORIES });
}, 60_000);
afterAll(() => t.cleanup());

async function ask(question: string, archive = t.archive): Promise<Answer> {
  const result = await archive.ask(question);
  if (!result.ok) throw new Error(result.problem.message);
  await expectQuotesVerbatim(archive, result.answer);
  return result.answer;
}

describe("one story once", () => {
  it("stores a cluster per article and reports copies and corrections at ingest", async () => {
    expect(t.summary).toMatchObject({ articles: 5, corrected: 2, duplicates: 2 });
    expect(formatSummary(t.summary)).toContain("  with corrections 2, near-duplicate copies 2");
    expect(discordSummary(t.summary)).toContain("With corrections: 2; near-duplicate copies: 2.");
    expect(slackReplies.reingestSummary(t.summary)).toContain(
      "With corrections: 2; near-duplicate copies: 2.",
    );
    const retriever = await t.archive.retriever();
    const cited = [
      ...(await ask(RESUME)).citations,
      ...(await ask("How much will Osterby ferry fares rise in June?")).citations,
    ];
    const idOf = (url: string) => cited.find((c) => c.url === url)?.articleId ?? "";
    const copies = retriever.storyCopies?.(idOf(UPDATED)) ?? [];
    expect(copies.map((c) => c.url).sort()).toEqual([REPRINT, ORIGINAL, UPDATED].sort());
    expect(new Set(copies.map((c) => c.cluster)).size).toBe(1);
    const fares = retriever.storyCopies?.(idOf(FARES)) ?? [];
    expect(fares.map((c) => c.url)).toEqual([FARES]);
  });

  it("cites the latest version once, quotes its new text, dates both versions and lists the reprint", async () => {
    const answer = await ask(RESUME);
    const ferry = answer.citations.filter((c) => /night-ferry|ferry-engine/.test(c.url ?? ""));
    expect(ferry.length).toBeGreaterThan(0);
    expect(new Set(ferry.map((c) => c.url))).toEqual(new Set([UPDATED]));
    const quotes = ferry.map((c) => c.quote).join(" ");
    expect(quotes).toMatch(/resume on Wednesday/);
    expect(quotes).not.toMatch(/resume on Monday/);
    expect(quotes).not.toMatch(/^Update:/);
    expect(ferry[0]).toMatchObject({
      published: "2024-03-01",
      updated: "2024-03-03",
      alsoIn: [
        {
          title: "Engine crack idles Quillfield–Osterby night boat",
          publisher: "Other Wire",
          url: "https://other-wire.example/news/ferry-engine-crack",
          published: "2024-03-02",
        },
      ],
      correction: "Update: This story was updated on Sunday with the new date for the ferry's return.",
    });
    const shown = formatAnswer(answer);
    expect(shown).toContain("Quillfield Post · published 2024-03-01, updated 2024-03-03");
    expect(shown).toContain("also in: Other Wire (2024-03-02)");
  });

  it("cites the own publisher's copy when OWN_PUBLISHER names one", async () => {
    const own = await createTestArchive({ corpus: STORIES, env: { OWN_PUBLISHER: "other wire" } });
    try {
      const answer = await ask(RESUME, own.archive);
      const ferry = answer.citations.filter((c) => /night-ferry|ferry-engine/.test(c.url ?? ""));
      expect(new Set(ferry.map((c) => c.url))).toEqual(new Set([REPRINT]));
      expect(ferry[0]?.updated).toBeUndefined();
      expect(ferry[0]?.alsoIn?.map((c) => c.published)).toEqual(["2024-03-01", "2024-03-03"]);
    } finally {
      await own.cleanup();
    }
  }, 60_000);

  it("keeps to a publisher filter: the filtered publisher's copy is quoted", async () => {
    const result = await t.archive.ask(RESUME, { filters: { publishers: ["Other Wire"] } });
    if (!result.ok) throw new Error(result.problem.message);
    expect(new Set(result.answer.citations.map((c) => c.url))).toEqual(new Set([REPRINT]));
    expect(result.answer.citations.map((c) => c.quote).join(" ")).toMatch(/resume on Monday/);
  });
});

describe("corrections", () => {
  it("shows the note with the citation and never quotes it", async () => {
    const answer = await ask("What is the name of the head librarian of the Quillfield library?");
    const library = answer.citations.filter(
      (c) => c.title === "Quillfield library extends its opening hours",
    );
    expect(library.length).toBeGreaterThan(0);
    for (const citation of library) {
      expect(citation.quote).not.toMatch(/Correction|misspelled/);
      expect(citation.correction).toBe(
        "Correction: An earlier version of this article misspelled the head librarian's name. She is Mara Ostrowska, not Mara Ostrowski.",
      );
    }
    expect(formatAnswer(answer)).toContain("    Correction: An earlier version of this article misspelled");
  });

  it("quotes the note when the question asks about the correction", async () => {
    const answer = await ask(
      "What correction was made to the library hours article about the librarian's name?",
    );
    expect(answer.citations.map((c) => c.quote).join(" ")).toMatch(/misspelled the head librarian's name/);
  });
});

describe("changed and removed files", () => {
  it("re-quotes a changed text from the new text, and a removed file disappears", async () => {
    const fresh = await createTestArchive({ corpus: STORIES });
    try {
      const file = join(fresh.corpusDir, "library-corrected.md");
      const text = await readFile(file, "utf8");
      await writeFile(file, text.replace("until nine in the evening", "until ten in the evening"));
      await runIngest(fresh.config, silentLogger);
      const changed = await ask(LIBRARY, fresh.archive);
      const quotes = changed.citations.map((c) => c.quote).join(" ");
      expect(quotes).toMatch(/until ten in the evening/);
      expect(quotes).not.toMatch(/until nine/);

      await rm(file);
      const summary = await runIngest(fresh.config, silentLogger);
      expect(summary).toMatchObject({ removed: 1, articles: 4 });
      const gone = await ask(LIBRARY, fresh.archive);
      expect(gone.citations.map((c) => c.title)).not.toContain(
        "Quillfield library extends its opening hours",
      );
    } finally {
      await fresh.cleanup();
    }
  }, 90_000);
});
