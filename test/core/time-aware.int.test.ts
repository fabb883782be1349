/** Time-aware answers over dated articles about changing facts (test/fixtures/changing-facts). */
import { join } from "node:path";
import type { Answer } from "../../src/core/types";
import { answerTo, createTestArchive, type TestArchive } from "../helpers/test-archive";

const CORPUS = join(__dirname, "..", "fixtures", "changing-facts", "corpus");

describe("time-aware answers", () => {
  let t: TestArchive;

  beforeAll(async () => {
    t = await createTestArchive({ corpus: CORPUS });
    expect(t.summary.skipped).toEqual([]);
  });

  afterAll(async () => {
    await t?.cleanup();
  });

  const ask = (question: string, askedAt?: string) => answerTo(t.archive, question, { askedAt });
  const dates = (answer: Answer) => answer.citations.map((c) => c.published);

  it.each([
    ["2024-11-30", "2024-01-22"],
    ["2023-06-01", "2022-09-12"],
    ["2021-12-01", "2021-03-04"],
  ])("cites the newest article about the current holder first, asked at %s", async (askedAt, newest) => {
    const answer = await ask("Who is Valdoria's current finance minister?", askedAt);
    expect(answer.status).toBe("answered");
    expect(answer.askedAt).toBe(askedAt);
    expect(answer.citations[0]?.published).toBe(newest);
  });

  it.each([
    ["What is the latest inflation rate?", "2024-05-14"],
    ["What is the current inflation rate in Valdoria?", "2024-05-14"],
    ["Who is Valdoria's current finance minister?", "2024-01-22"],
    ["Is the Nordhavn harbour bridge open yet?", "2024-06-15"],
  ])("asked at no day, %s is answered from the newest story first", async (question, newest) => {
    // The Archive API without askedAt: "latest" means the newest the archive holds.
    const answer = await ask(question);
    expect(answer.askedAt).toBeUndefined();
    expect(answer.citations[0]?.published).toBe(newest);
  });

  it("never uses an article published after the question was asked", async () => {
    for (const askedAt of ["2021-12-01", "2022-10-01", "2023-06-01"]) {
      const answer = await ask(
        "Who became finance minister and what happened to the harbour bridge?",
        askedAt,
      );
      for (const published of dates(answer)) expect(published && published <= askedAt).toBeTruthy();
    }
  });

  it("says the bridge is open when asked after it opened, and postponed when asked before", async () => {
    const after = await ask("Is the Nordhavn harbour bridge open yet?", "2024-07-01");
    expect(after.citations[0]?.published).toBe("2024-06-15");
    const before = await ask("Is the Nordhavn harbour bridge open yet?", "2023-06-01");
    expect(dates(before)).toEqual(["2023-05-02"]);
  });

  it("refuses when everything on the topic is newer than the question", async () => {
    const answer = await ask("When did the Nordhavn harbour bridge open?", "2020-01-01");
    expect(answer.status).toBe("not_found");
  });

  describe("date windows named in the question cite only in-window articles", () => {
    it.each([
      ["What was Valdoria's inflation rate in 2022?", "2024-12-01", "2022-01-01", "2022-12-31"],
      ["What was inflation in Valdoria in May 2022?", "2024-12-01", "2022-05-01", "2022-05-31"],
      ["What has Valdoria's inflation rate been since 2023?", "2024-12-01", "2023-01-01", "2024-12-01"],
      [
        "What was Valdoria's inflation rate between March and June 2021?",
        "2024-12-01",
        "2021-03-01",
        "2021-06-30",
      ],
      ["What was Valdoria's inflation rate last year?", "2024-03-01", "2023-01-01", "2023-12-31"],
      ["What was Valdoria's inflation rate last year?", "2022-02-01", "2021-01-01", "2021-12-31"],
      ["What was Valdoria's inflation rate before 2022?", "2024-12-01", "2021-01-01", "2021-12-31"],
      ["Who was Valdoria's finance minister in 2022?", "2024-12-01", "2022-01-01", "2022-12-31"],
    ])("%s (asked at %s)", async (question, askedAt, from, to) => {
      const answer = await ask(question, askedAt);
      expect(answer.status).toBe("answered");
      expect(answer.citations.length).toBeGreaterThan(0);
      for (const published of dates(answer)) {
        expect(published && published >= from && published <= to).toBeTruthy();
      }
      // asOf is the newest article the question could draw on: inside the window, not after askedAt.
      expect(answer.asOf && answer.asOf >= from && answer.asOf <= to).toBeTruthy();
    });

    it("cites both articles inside a window that holds two", async () => {
      const answer = await ask(
        "What was Valdoria's inflation rate between March and June 2021?",
        "2024-12-01",
      );
      expect(new Set(dates(answer))).toEqual(new Set(["2021-04-14", "2021-06-10"]));
    });

    it("narrows explicit filters further, and refuses when nothing is in both", async () => {
      const result = await t.archive.ask("What was Valdoria's inflation rate in 2022?", {
        askedAt: "2024-12-01",
        filters: { from: "2021" },
      });
      expect(result.ok && result.answer.citations.map((c) => c.published)).toEqual(["2022-05-12"]);
      const none = await t.archive.ask("What was Valdoria's inflation rate in 2022?", {
        askedAt: "2024-12-01",
        filters: { to: "2021" },
      });
      expect(none.ok && none.answer.status).toBe("not_found");
    });

    it("asks again without a window that ends before the archive begins, and says so", async () => {
      // "In 1803, …", "thefts reported last year" in an archive that starts this year: the event's date.
      const answer = await ask("What was Valdoria's inflation rate in 2019?", "2024-12-01");
      expect(answer.status).toBe("answered");
      expect(answer.text.split("\n")[0]).toBe(
        "Nothing in the archive dated in 2019 answers this; from other dates:",
      );
      expect(dates(answer).every((d) => d?.startsWith("202"))).toBe(true);
    });

    it("keeps a window inside or after the archive's span hard: nothing in it is not an answer about it", async () => {
      const after = await ask("What was Valdoria's inflation rate in 2025?", "2026-12-01");
      expect(after.status).toBe("not_found");
      const inside = await ask("What was Valdoria's inflation rate in March 2023?", "2024-12-01");
      expect(inside.status).toBe("not_found");
    });

    it("says what the archive held at the question's date when it finds nothing", async () => {
      const answer = await ask("Which airline went bankrupt?", "2023-06-01");
      expect(answer.status).toBe("not_found");
      expect(answer.asOf).toBe("2023-05-02");
      expect(answer.text).toContain("it holds articles up to 2023-05-02");
    });

    it("reads relative dates against today when asked today", async () => {
      // Without askedAt relative periods are not read (question-dates.ts); the CLI passes today.
      const answer = await ask(
        "What was Valdoria's inflation rate last year?",
        new Date().toISOString().slice(0, 10),
      );
      // The fixture has inflation articles from 2021 to 2024: "last year" from today is one of them, or none.
      const lastYear = new Date().getFullYear() - 1;
      expect(answer.status).toBe(lastYear >= 2021 && lastYear <= 2024 ? "answered" : "not_found");
      for (const published of dates(answer)) expect(published?.slice(0, 4)).toBe(String(lastYear));
    });
  });
});
