/** Timelines over the changing-facts fixture: distinct dated articles, one quote each, oldest first. */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { asksForTimeline, timelineTopic } from "../../../src/core/time/timeline";
import type { Answer } from "../../../src/core/types";
import { expectQuotesVerbatim } from "../../helpers/expect-verbatim";
import { createTestArchive, type TestArchive } from "../../helpers/test-archive";

const CORPUS = join(__dirname, "..", "..", "fixtures", "changing-facts", "corpus");

describe("timelines", () => {
  let t: TestArchive;
  beforeAll(async () => {
    t = await createTestArchive({ corpus: CORPUS });
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  const ask = async (question: string, askedAt = "2024-12-01"): Promise<Answer> => {
    const result = await t.archive.ask(question, { askedAt });
    if (!result.ok) throw new Error(result.problem.message);
    return result.answer;
  };
  const dates = (answer: Answer) => answer.citations.map((c) => c.published ?? "");
  const inOrder = (list: string[]) => list.every((d, i) => i === 0 || (list[i - 1] ?? "") <= d);

  it.each([
    "Give me a timeline of Valdoria's inflation rate",
    "How has inflation in Valdoria developed?",
    "What is the history of Valdoria's inflation?",
  ])("%s: every inflation article, one quote each, oldest first, each line dated", async (question) => {
    const answer = await ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.kind).toBe("timeline");
    expect(dates(answer)).toEqual([
      "2021-04-14",
      "2021-06-10",
      "2021-11-12",
      "2022-05-12",
      "2023-08-10",
      "2024-05-14",
    ]);
    expect(new Set(answer.citations.map((c) => c.articleId)).size).toBe(answer.citations.length);
    expect(answer.citations.map((c) => c.n)).toEqual([1, 2, 3, 4, 5, 6]);
    const lines = answer.text.split("\n").slice(1);
    expect(lines.map((line) => line.slice(0, 10))).toEqual(dates(answer));
    await expectQuotesVerbatim(t.archive, answer);
  });

  it("keeps a date window of the question: only articles since it", async () => {
    const answer = await ask("What has happened with Valdoria's inflation since 2022?");
    expect(answer.kind).toBe("timeline");
    expect(dates(answer)).toEqual(["2022-05-12", "2023-08-10", "2024-05-14"]);
  });

  it("uses no article published after the day it is asked at", async () => {
    const answer = await ask("Timeline of Valdoria's finance ministers", "2023-01-01");
    expect(answer.kind).toBe("timeline");
    expect(dates(answer)).toEqual(["2021-03-04", "2022-09-12"]);
  });

  it("is in date order for every timeline question asked at any day", async () => {
    for (const askedAt of ["2022-01-01", "2023-06-01", "2024-12-01"])
      for (const question of [
        "Timeline of Valdoria's finance ministers",
        "How has the Nordhavn harbour bridge project developed?",
        "history of inflation in Valdoria",
      ]) {
        const answer = await ask(question, askedAt);
        if (answer.status === "not_found") continue;
        expect({ question, askedAt, kind: answer.kind }).toEqual({ question, askedAt, kind: "timeline" });
        expect(inOrder(dates(answer))).toBe(true);
        for (const d of dates(answer)) expect(d <= askedAt).toBe(true);
      }
  });

  it("is not a timeline when the question asks for one fact", async () => {
    const answer = await ask("Who is Valdoria's current finance minister?");
    expect(answer.kind).toBeUndefined();
  });
});

describe("a timeline keeps to one story", () => {
  let t: TestArchive;
  const story = (title: string, published: string, text: string) =>
    `---\ntitle: "${title}"\nurl: https://example.org/${published}/${title.toLowerCase().replace(/\W+/g, "-")}\npublished: ${published}\npublisher: Valdoria Daily\n---\n${text}\n`;
  beforeAll(async () => {
    t = await createTestArchive({ corpus: CORPUS });
    const files: [string, string, string, string][] = [
      [
        "orca-1.md",
        "Orca submersible reaches 3,000 metres",
        "2023-01-10",
        "The Orca submersible reached a depth of 3,000 metres off the Valdorian coast on its first dive.",
      ],
      [
        "orca-2.md",
        "Orca submersible loses contact",
        "2023-03-04",
        "The research team lost contact with the Orca submersible for six hours during a storm.",
      ],
      [
        "orca-3.md",
        "Orca submersible retired",
        "2023-04-20",
        "The Orca submersible was retired after twelve dives, its operators said.",
      ],
      [
        "club-1.md",
        "Orca Bay wins the cup",
        "2022-05-08",
        "Orca Bay beat Nordhavn 2-1 to win the Valdorian cup for the first time.",
      ],
      [
        "club-2.md",
        "Orca Bay signs a striker",
        "2022-08-15",
        "Orca Bay signed the striker Lena Holm on a three-year contract.",
      ],
    ];
    for (const [file, title, published, text] of files)
      await writeFile(join(t.corpusDir, file), story(title, published, text));
    await t.archive.reingest();
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it("quotes no story that shares only the topic's commoner word ('Orca Bay' for the Orca submersible)", async () => {
    const result = await t.archive.ask("Give me a timeline of the Orca submersible", {
      askedAt: "2024-12-01",
    });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.answer.kind).toBe("timeline");
    expect(result.answer.citations.map((c) => c.published)).toEqual([
      "2023-01-10",
      "2023-03-04",
      "2023-04-20",
    ]);
  });
});

describe("asksForTimeline / timelineTopic", () => {
  it.each([
    ["timeline of the harbour bridge", true],
    ["How has the harbour bridge project developed?", true],
    ["What's the history of the harbour bridge?", true],
    ["What happened with the harbour bridge since 2023?", true],
    ["walk me through the eastshore line saga from start to finish", true],
    ["How have ferry fares changed over the years?", true],
    ["Can you lay out the sequence of population numbers the statistics office has put out?", true],
    ["What happened at the harbour authority between 2021 and 2022, in order?", true],
    ["Who has led the harbour authority over the years?", true],
    ["lake veyra fishing ban - on/off/on/off history", true],
    ["Can you lay out step by step what the government has done about fishing on Lake Veyra?", true],
    ["Who became the youngest lawmaker in Hong Kong history?", false],
    ["the biggest fine in history", false],
    ["How did the Fed change interest rates this week?", false],
    ["What changed in the new budget?", false],
    ["What happened to the harbour bridge?", false],
    ["Who won the history prize?", false],
    ["When did the harbour bridge open?", false],
    // A graphics desk's label before one fact asked: the timeline is what the asker is making.
    ["wikiHow timeline: what was the how-to website Herrick ran, then sold to fund wikiHow?", false],
    ["Timeline card: what date did the harbour bridge open?", false],
    ["Timeline: what has happened with the harbour bridge since 2023?", true],
    ["timeline of the harbour bridge: who built it, and when?", false],
  ])("%s → %s", (question, expected) => {
    expect(asksForTimeline(question)).toBe(expected);
  });

  it("leaves the story's own words", () => {
    expect(timelineTopic("Give me a timeline of Valdoria's inflation rate")).toBe(
      "Valdoria's inflation rate",
    );
    expect(timelineTopic("How has the harbour bridge project developed?")).toBe(
      "the harbour bridge project?",
    );
    expect(timelineTopic("walk me through the eastshore line saga from start to finish")).toBe(
      "the eastshore line",
    );
    expect(timelineTopic("How have ferry fares changed over the years?")).toBe("ferry fares?");
    expect(timelineTopic("lake veyra fishing ban - on/off/on/off history")).toBe(
      "lake veyra fishing ban - on/off/on/off",
    );
    expect(timelineTopic("Can you lay out step by step what the government has done about fishing?")).toBe(
      "what the government has done about fishing?",
    );
  });
});
