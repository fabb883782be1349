/**
 * Who said what, end to end over the shipped article: quotations stored at ingest in the index version,
 * read back when answering. Each of our questions about the article's speakers: the right person, never a
 * wrong one, and every quote verbatim.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Answer } from "../../src/core/types";
import { useTestArchive } from "../helpers/test-archive";

const archive = useTestArchive({ corpus: join(__dirname, "..", "..", "corpus") });

async function ask(question: string): Promise<Answer> {
  const result = await archive().archive.ask(question);
  if (!result.ok) throw new Error(result.problem.message);
  return result.answer;
}

describe("speakers in answers over the shipped article", () => {
  test("the index version stores quotation spans with speakers (quotations.json, listed in the manifest)", async () => {
    const { indexDir } = archive();
    const current = (await readFile(join(indexDir, "CURRENT"), "utf8")).trim().split(/\s+/)[0] as string;
    const dir = join(indexDir, "versions", current);
    const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8"));
    expect(manifest.files["quotations.json"]).toBeDefined();
    const stored = JSON.parse(await readFile(join(dir, "quotations.json"), "utf8"));
    const all = Object.values(
      stored.articles as Record<string, { quotations: { speaker: { name: string } | null }[] }>,
    ).flatMap((a) => a.quotations);
    expect(all.filter((q) => q.speaker?.name === "Chak Sopheap")).toHaveLength(2);
  });

  test.each([
    ["What did Chak Sopheap say about peaceful assemblies?", "Chak Sopheap", "Peaceful assemblies"],
    ["What did Am Sam Ath say?", "Am Sam Ath", "The government always refuses"],
    [
      "What did the justice ministry official say about civil societies?",
      "Chin Malin",
      "What has been making civil societies unhappy",
    ],
    [
      "What did Lao Mong Hay say about the election climate?",
      "Lao Mong Hay",
      "The present pre-commune election climate",
    ],
    ["What did Markey say about the Paris Peace Accords?", "Ed Markey", "The Paris Peace Accords"],
  ])("%s → that person's own quotations, each named", async (question, name, first) => {
    const answer = await ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const c of answer.citations) expect(c.speaker?.name).toBe(name);
    expect(answer.citations.some((c) => c.quote.startsWith(first))).toBe(true);
    expect(answer.text).toContain(`— ${name}`);
  });

  // None of her quotations is about the elections: what she said about them is reported speech, which the
  // ordinary answer finds (answer-about-speakers.ts, TOPIC_COVERAGE).
  test("a topic none of the person's quotations is about gets the ordinary answer, reported speech included", async () => {
    const answer = await ask("What did Chak Sopheap say about the elections?");
    expect(answer.status).toBe("answered");
    expect(answer.text).not.toContain("in their own words");
    expect(
      answer.citations.some((c) =>
        c.quote.includes("Sopheap said as the June 5 commune election approaches"),
      ),
    ).toBe(true);
  });

  test.each([
    ["Who said the government always refuses reports by rights groups?", "Am Sam Ath"],
    ["Who said “Civil society organizations face regular government surveillance”?", "Chak Sopheap"],
    ["Who said that this is the law enforcement not a violation of freedom?", "Chin Malin"],
  ])("%s → the speaker", async (question, name) => {
    const answer = await ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.text.startsWith(`That was ${name}`)).toBe(true);
    expect(answer.citations[0]?.speaker?.name).toBe(name);
  });

  test("ordinary answers: a direct quotation carries its speaker, never a wrong one; quotes stay verbatim", async () => {
    const labelled = (await readFile(join(__dirname, "..", "..", "eval", "speakers.jsonl"), "utf8"))
      .split("\n")
      .filter((line) => line.includes("corpus/2022-05"))
      .map((line) => JSON.parse(line) as { quote: string; speaker: string | null });
    const retriever = await archive().archive.retriever();
    const questions = [
      "What is happening to peaceful assemblies in Cambodia?",
      "What did the senators say about the Paris Peace Accords?",
      "How does the government answer reports by rights groups?",
      "Is the pre-commune election climate different from the previous election?",
      "What do civil societies complain about?",
      "What did the minister say about media establishments and NGOs?",
    ];
    let named = 0;
    for (const question of questions) {
      const answer = await ask(question);
      for (const c of answer.citations) {
        expect(retriever.articleText(c.articleId)).toContain(c.quote);
        if (!c.speaker) continue;
        named++;
        const inside = labelled.filter((l) => c.quote.includes(l.quote));
        expect(inside.length).toBeGreaterThan(0);
        for (const l of inside)
          expect({ quote: l.quote, speaker: c.speaker.name }).toEqual({ quote: l.quote, speaker: l.speaker });
      }
    }
    expect(named).toBeGreaterThanOrEqual(2);
  });
});
