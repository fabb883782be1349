/** Dates named in a question become a publication window; numbers that are not dates do not. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  datesIn,
  datesInUngated,
  mayNameADate,
  narrowFilters,
  questionWindow,
  spanBefore,
} from "../../../src/core/question/question-dates";

const ASKED = "2024-03-15";

describe("questionWindow", () => {
  it.each([
    ["What happened in May 2022?", { from: "2022-05", to: "2022-05", mentions: ["May"] }, "What happened?"],
    [
      "What did the minister say on 13 May?",
      { from: "2023-05-13", to: "2023-05-20", mentions: ["May 13"] },
      "What did the minister say?",
    ],
    [
      "What did the minister say on 13 May 2022?",
      { from: "2022-05-13", to: "2022-05-20", mentions: ["May 13"] },
      "What did the minister say?",
    ],
    ["Who led the budget talks last year?", { from: "2023", to: "2023" }, "Who led the budget talks?"],
    ["What has changed since 2020?", { from: "2020" }, "What has changed?"],
    ["Since 2020 how many laws have passed?", { from: "2020" }, "how many laws have passed?"],
    ["What happened after 2016 in Hong Kong?", { from: "2017" }, "What happened in Hong Kong?"],
    ["Who was finance minister before 2019?", { to: "2018" }, "Who was finance minister?"],
    ["Who was minister before May 2022?", { to: "2022-04" }, "Who was minister?"],
    ["What happened after June 2021?", { from: "2021-07" }, "What happened?"],
    ["What happened between March and June 2021?", { from: "2021-03", to: "2021-06" }, "What happened?"],
    [
      "Which laws passed between 2020 and 2022?",
      {
        from: "2020",
        to: "2022",
        mentions: ["2020 to 2022", "2020 and 2022", "2020-2022", "2020–2022", "2020 through 2022"],
      },
      "Which laws passed?",
    ],
    // A span of years is often a figure's period, written so in a later story.
    [
      "How much did US surface ozone drop from 1980 to 2012?",
      {
        from: "1980",
        to: "2012",
        mentions: ["1980 to 2012", "1980 and 2012", "1980-2012", "1980–2012", "1980 through 2012"],
      },
      "How much did US surface ozone drop?",
    ],
    ["What happened in 2022?", { from: "2022", to: "2022", mentions: ["2022"] }, "What happened?"],
    [
      "What did parliament decide last month?",
      { from: "2024-02", to: "2024-02" },
      "What did parliament decide?",
    ],
    [
      "What happened to Apollo 11 in 1969?",
      { from: "1969", to: "1969", mentions: ["1969"] },
      "What happened to Apollo 11?",
    ],
  ])("%s", (question, window, topic) => {
    expect(questionWindow(question, ASKED)).toEqual({ mentions: [], ...window, topic });
  });

  it.each([
    "Who resigned this week?",
    "Who resigned yesterday?",
    "What did he say last week?",
    "What was the score last weekend?",
    "Which comet will be visible this weekend?",
    "Who spoke on Monday?",
  ])("leaves the last few days (%j) to the recency prior: no hard window", (question) => {
    expect(questionWindow(question, ASKED)).toBeNull();
  });

  it.each([
    ["Latest data shows which country lost the most rainforest in 2022?", "2023-06-30"],
    ["According to a new factbook, how much power came from wind in 2022?", "2023-03-03"],
    ["Prices are falling now. What was the record set in June?", "2022-08-04"],
  ])("reads a past period in a question about what is reported now as the event's: %s", (question, asked) => {
    expect(questionWindow(question, asked)?.reportedNow).toBe(true);
  });

  it.each([
    ["Which country lost the most rainforest in 2022?", "2023-06-30"],
    // The period is not over: the reports are from inside it.
    ["What do the latest figures say about June?", "2022-06-20"],
    // A span is not one named period.
    ["The latest data shows rates rose by how much between 2021 and 2022?", "2023-09-08"],
  ])("keeps the window as the reports' for %s", (question, asked) => {
    expect(questionWindow(question, asked)?.reportedNow).toBeUndefined();
  });

  it("reads 'N weeks ago' as the event's week and everything reported about it since", () => {
    // The derailment's own week would lose the stories of the days after (rtqa-archive-2023, 2023-02-16).
    expect(
      questionWindow("A train derailed there two weeks ago. Which chemical worries residents?", "2023-02-16"),
    ).toMatchObject({
      from: "2023-02-02",
      to: "2023-02-16",
    });
  });

  it("reads relative dates against the day asked", () => {
    expect(questionWindow("What happened last month?", "2021-01-10")).toMatchObject({
      from: "2020-12",
      to: "2020-12",
    });
    expect(questionWindow("What happened last year?", "2021-01-10")).toMatchObject({
      from: "2020",
      to: "2020",
    });
  });

  it("reads a day or month without its year as a coming one when it is near or the question speaks of the future", () => {
    // Four days ahead: the coming June 12, not last year's (the story is about the announcement, not the day).
    expect(questionWindow("Which meal is available beginning June 12?", "2023-06-08")).toBeNull();
    expect(questionWindow("What will the court decide on 20 April?", ASKED)).toBeNull();
    expect(
      questionWindow("How many days will he log in orbit before returning in September?", ASKED),
    ).toBeNull();
    expect(questionWindow("Which policy is expected to expire on May 11?", "2023-05-04")).toBeNull();
    // Further ahead and said in the past tense: last year's.
    expect(questionWindow("What happened on July 4?", ASKED)).toMatchObject({ from: "2023-07-04" });
    expect(questionWindow("Who returned in September?", ASKED)).toMatchObject({
      from: "2023-09",
      to: "2023-09",
    });
  });

  it("reads only periods that name their year without a day asked", () => {
    expect(questionWindow("What happened last year?")).toBeNull();
    expect(questionWindow("What happened this month?")).toBeNull();
    expect(questionWindow("What happened in May 2022?")).toMatchObject({ from: "2022-05", to: "2022-05" });
  });

  it.each([
    "How many of the 2.9 million voters turned out?",
    "What did the Apollo 11 crew bring back?",
    "How many COVID-19 cases were reported?",
    "Why did 5 people die in the fire?",
    "Who may become the next minister?",
    "May the minister resign over the scandal?",
    "Who won the 2022 election?",
    "Did the vote end 10 to 5?",
    "Why did prices rise by 2000 people's estimate?",
    "How many of 2000 homes were flooded?",
    "Who was minister in 2022-23?",
    "Did inflation reach 2020.5 points?",
    "What will happen next year?",
    "What happened in 2030?",
    "What is the price of bitcoin today?",
    "Who plays tonight?",
    // The year names the event, as in "after the 2016 election".
    "Who became the youngest member after 2016 election?",
    "What did the party promise before 2019 polls?",
    "How many homes were rebuilt since 2010 quake?",
  ])("names no window: %s", (question) => {
    expect(questionWindow(question, ASKED)).toBeNull();
  });
});

describe("how a later story names the period (mentions)", () => {
  it.each([
    ["How many minutes did violence last at the Capitol on January 6, 2021?", ["January 6", "Jan. 6"]],
    ["What was the record high price, set in June?", ["June"]],
    ["What did the council decide on Sept. 3, 2021?", ["September 3", "Sept. 3"]],
  ])("%s", (question, mentions) => {
    expect(questionWindow(question, "2022-07-21")?.mentions).toEqual(mentions);
  });

  it.each([
    "What happened between March and June 2021?",
    "What has changed since 2020?",
    "Who led the budget talks last year?",
    "What happened in May 2021 and June 2021?",
  ])("none for a span, a bound or a relative date: %s", (question) => {
    expect(questionWindow(question, "2022-07-21")?.mentions).toEqual([]);
  });
});

describe("spanBefore: the weeks before a period, where a preview of its event is", () => {
  it.each([
    ["2022-06", 92, { from: "2022-03-01", to: "2022-05" }],
    ["2022-01", 31, { from: "2021-12-01", to: "2021-12" }],
    ["2023", 92, { from: "2022-10-01", to: "2022" }],
    ["2022-06-05", 10, { from: "2022-05-26", to: "2022-06-04" }],
  ])("%s, %i days → %j", (start, days, span) => {
    expect(spanBefore(start, days)).toEqual(span);
  });
});

describe("narrowFilters", () => {
  it("keeps the narrower bound on each side, at its own precision", () => {
    expect(
      narrowFilters(
        { from: "2021", to: "2024-06-30" },
        { from: "2022-05", to: "2022-05", topic: "", mentions: [] },
      ),
    ).toEqual({
      from: "2022-05",
      to: "2022-05",
    });
    expect(
      narrowFilters(
        { from: "2022-06-10", publishers: ["A"] },
        { from: "2022", to: "2022", topic: "", mentions: [] },
      ),
    ).toEqual({
      from: "2022-06-10",
      to: "2022",
      publishers: ["A"],
    });
    expect(narrowFilters({ to: "2021" }, null)).toEqual({ to: "2021" });
  });
});

describe("weekdays said as habits", () => {
  it.each([
    "How many pitches does The Onion sift through each Monday?",
    "Who speaks every Friday?",
    "Is the market open on Sundays?",
  ])("reads no window in %j", (question) => {
    expect(questionWindow(question, "2026-11-30")).toBeNull();
  });
});

describe("words that are not the question's dates", () => {
  it.each([
    "Which city celebrated Mardi Gras to mark the last day of Carnival season?",
    "What happened on the last day of the summit?",
    "Lincoln's Gettysburg Address begins “Four score and seven years ago”: in which town was it given?",
    'Which singer had a hit with "Two Weeks Ago Today"?',
    // A claim to check, and one of two readings: the year may be the wrong one.
    "fact-check: Washington pulled Cambodia's GSP trade preferences in 2019?",
    "Did Tina McKenzie captain the Gliders in 2005 or in 2010?",
  ])("reads no window in %j", (question) => {
    expect(questionWindow(question, "2023-02-24")).toBeNull();
  });

  it("still reads a date outside the quotes, and yesterday said plainly", () => {
    expect(
      questionWindow("Who quoted “Four score and seven years ago” in May 2022?", "2023-02-24"),
    ).toMatchObject({ from: "2022-05", to: "2022-05" });
    expect(questionWindow("Who resigned in the last day?", "2023-02-24")).toMatchObject({
      from: "2023-02-23",
    });
  });
});

describe("comparisons", () => {
  it("reads no window from the other side of a comparison", () => {
    expect(
      questionWindow("How much have prices risen since the same time last year?", "2022-07-14"),
    ).toBeNull();
    expect(questionWindow("Are sales higher than last year?", "2022-07-14")).toBeNull();
  });
});

describe("spans that end when the question is asked", () => {
  it.each([
    ["How much have gas prices risen over the past year?", "2021-08-12"],
    ["How much did groceries rise over the last 12 months?", "2021-08-12"],
    ["What happened in the last two years?", "2020-08-12"],
  ])("%s", (question, from) => {
    expect(questionWindow(question, "2022-08-12")).toMatchObject({ from, to: "2022-08-12" });
  });
});

describe("datesIn skips chrono only where chrono finds nothing", () => {
  const root = join(__dirname, "..", "..", "..");
  /** Every question of the eval sets and the time fixtures, and every line of the Wikinews fixtures. */
  const texts = (): string[] => {
    const out: string[] = [];
    const jsonl = [
      ...readdirSync(join(root, "eval"))
        .filter((f) => f.endsWith(".jsonl"))
        .map((f) => join(root, "eval", f)),
      ...["changing-facts-2", "changing-facts-3"].map((d) =>
        join(root, "test", "fixtures", d, "questions.jsonl"),
      ),
    ];
    for (const file of jsonl)
      for (const line of readFileSync(file, "utf8").split("\n"))
        if (line.trim()) out.push(String(JSON.parse(line).question ?? ""));
    const wikinews = join(root, "test", "fixtures", "gum-wikinews");
    for (const f of readdirSync(wikinews))
      out.push(
        ...readFileSync(join(wikinews, f), "utf8")
          .split("\n")
          .filter((l) => l.trim()),
      );
    return out;
  };
  const read = (results: { index: number; text: string }[]) => results.map((r) => `${r.index}:${r.text}`);

  it("gives chrono's reading of thousands of real questions and lines, and skips most of them", () => {
    const instant = new Date("2024-03-15T12:00:00Z");
    const all = texts();
    let skipped = 0;
    for (const text of all) {
      const ungated = read(datesInUngated(text, instant));
      expect({ text, dates: read(datesIn(text, instant)) }).toEqual({ text, dates: ungated });
      if (!mayNameADate(text)) skipped++;
    }
    expect(all.length).toBeGreaterThan(2500);
    // Most reporter questions name no date: the gate is worth having only while that holds.
    expect(skipped).toBeGreaterThan(all.length / 3);
  });

  it.each([
    "What happened last week?",
    "How long the truce lasts?",
    "Who spoke in the d before?",
    "What did the minister say this morning?",
    "Who won on Tues.?",
    "Which deals closed in Q3 2023?",
  ])("reads %s with chrono", (text) => {
    const instant = new Date("2024-03-15T12:00:00Z");
    expect(read(datesIn(text, instant))).toEqual(read(datesInUngated(text, instant)));
  });
});
