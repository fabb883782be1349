/** The Discord adapter over the real archive (local embedder, index on disk) built from test/fixtures/corpus. */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createTestArchive, FIXTURE_CORPUS, type TestArchive } from "../../helpers/test-archive";
import { type Harness, isOriginalEdit, plainText, startHarness, stopCheckingPings } from "./harness";
import { ADMIN, askInteraction, reingestInteraction } from "./payloads";

// biome-ignore lint/suspicious/noExplicitAny: recorded bodies are JSON read field by field
type Json = any;

const SCHOOL_HEADLINE = "Harbor district approves budget with twelve new teachers";
const BRIDGE_HEADLINE = "Millbrook bridge to close for six weeks of repairs";
const FERRY_ARTICLE = `---
title: "Night ferry to Gull Island returns"
url: https://harbortimes.example/news/night-ferry-2024
published: 2024-10-02
publisher: Harbor Times
---

The night ferry to Gull Island will run again from November, the port authority said on Wednesday.

The crossing was suspended in 2023 after the ferry operator lost its only captain licensed for night service.
`;

let archive: TestArchive;
let h: Harness;

afterEach(async () => {
  try {
    await stopCheckingPings(h);
  } finally {
    await archive.cleanup();
  }
});

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** The "> " lines under the source whose headline is `headline`. */
function quotesUnder(description: string, headline: string): string[] {
  const block = description.split("\n\n").find((part) => part.includes(`[${headline}](`)) ?? "";
  return [...block.matchAll(/^> (.+)$/gm)].map((match) => collapse(plainText(match[1] ?? "")));
}

async function askFor(question: string): Promise<string> {
  const interaction = askInteraction(h.fake, question);
  const edit = await h.fake.waitFor(isOriginalEdit(interaction.token), 10_000);
  return ((edit.body as Json).embeds[0]?.description as string | undefined) ?? (edit.body as Json).content;
}

describe("Discord over the real archive", () => {
  it("answers /ask with quotes that are verbatim in the fixture article", async () => {
    archive = await createTestArchive();
    h = await startHarness({ archive: archive.archive });
    const description = await askFor("How many new teachers does the Harbor school budget add?");
    expect(description).toContain(
      `[${SCHOOL_HEADLINE}](https://harbortimes.example/news/harbor-school-budget-2024)`,
    );
    const source = await readFile(join(FIXTURE_CORPUS, "2024", "school-budget.md"), "utf8");
    const body = collapse(source.split("---").slice(2).join("---"));
    const quotes = quotesUnder(description, SCHOOL_HEADLINE);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(body).toContain(quote);
  });

  it("reads a typo as the archive's word and says so above the quotes", async () => {
    archive = await createTestArchive();
    h = await startHarness({ archive: archive.archive });
    const description = await askFor("how many new teachers does the harbor school bugdet add");
    expect(description.split("\n")[0]).toBe("Read “bugdet” as “budget”.");
    expect(description).toContain(`[${SCHOOL_HEADLINE}](`);
  });

  it("answers /ask from the story a pasted link points to", async () => {
    archive = await createTestArchive();
    h = await startHarness({ archive: archive.archive });
    // "How much will it cost?" names no story: the bridge repair and the school budget both give a sum.
    const bridge = "https://gazette.example/2024/03/millbrook-bridge-repairs";
    const budget = "https://harbortimes.example/news/harbor-school-budget-2024";
    const viaBudget = await askFor(`${budget} how much will it cost?`);
    expect(viaBudget).toContain(`[${SCHOOL_HEADLINE}](${budget})`);
    expect(viaBudget).not.toContain(bridge);
    const viaBridge = await askFor(`<${bridge}> how much will it cost?`);
    expect(viaBridge).toContain(bridge);
    expect(viaBridge).not.toContain(budget);
    // A masked link, its label the asker's words for the story: "this story" is not searched for.
    const viaLabel = await askFor(`how much will [this story](${bridge}) cost?`);
    expect(viaLabel).toContain(`[${BRIDGE_HEADLINE}](${bridge})`);
    expect(viaLabel).not.toContain(budget);
  });

  it("answers small talk with what the bot does, quoting no story", async () => {
    archive = await createTestArchive();
    h = await startHarness({ archive: archive.archive });
    const reply = await askFor("hey bot, tell me a joke about teachers");
    expect(reply).toContain("I only answer questions about the newsroom's archive");
    expect(reply).not.toContain(SCHOOL_HEADLINE);
    expect(reply).not.toMatch(/^> /m);
  });

  it("answers from the new index after an admin's /reingest, without a restart", async () => {
    archive = await createTestArchive();
    h = await startHarness({ archive: archive.archive });
    expect(await askFor("When does the night ferry to Gull Island return?")).not.toContain("Night ferry");

    await writeFile(join(archive.corpusDir, "2024", "night-ferry.md"), FERRY_ARTICLE);
    const reingest = reingestInteraction(h.fake, ADMIN);
    await h.fake.waitFor(
      (request) => isOriginalEdit(reingest.token)(request) && /finished/.test((request.body as Json).content),
      10_000,
    );
    const description = await askFor("When does the night ferry to Gull Island return?");
    const quotes = quotesUnder(description, "Night ferry to Gull Island returns");
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(collapse(FERRY_ARTICLE)).toContain(quote);
  });
});
