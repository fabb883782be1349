/** The report on the recorded log fixture and on an empty log, in each format. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FeedbackEntry } from "../../src/feedback/feedback-store";
import { parseQuestionLog } from "../../src/feedback/question-log-store";
import { buildReport, type Report } from "../../src/report/build-report";
import { CSV_COLUMNS } from "../../src/report/format-csv";
import { formatReport, REPORT_FORMATS } from "../../src/report/format-report";

const FIXTURES = join(__dirname, "..", "fixtures", "question-log");
const read = (name: string) => readFileSync(join(FIXTURES, name), "utf8");
const questions = parseQuestionLog(read("questions.jsonl"));
const votes = read("feedback.jsonl")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as FeedbackEntry);
const report = buildReport({ questions, votes });
const empty = buildReport({ questions: parseQuestionLog(read("empty.jsonl")), votes: [] });

/** A minimal RFC 4180 reader for checking the CSV (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("buildReport on the recorded log", () => {
  it("counts questions, outcomes and votes", () => {
    expect(report.totals).toEqual({
      questions: 23,
      answered: 9,
      refused: 13,
      problems: 1,
      upVotes: 1,
      downVotes: 2,
    });
    expect(report.period).toEqual({ from: "2026-11-20", to: "2026-11-26" });
  });

  it("groups the refused questions, most frequent first", () => {
    expect(report.refusedGroups[0]).toMatchObject({ label: "Who was appointed police chief?", count: 3 });
    expect(report.refusedGroups.map((group) => group.count)).toEqual(
      [...report.refusedGroups.map((group) => group.count)].sort((a, b) => b - a),
    );
    expect(report.refusedGroups.reduce((sum, group) => sum + group.count, 0)).toBe(13);
  });

  it("lists 👎 answers newest first with question, answer and cited articles titled from the log", () => {
    expect(report.downVoted.map((down) => down.question)).toEqual([
      "What did Dara Velk say?",
      "How long will the Millbrook bridge repairs take?",
    ]);
    expect(report.downVoted[1]?.articles).toEqual([
      { id: "a_5d7248be5206f2cc", title: "Millbrook bridge to close for six weeks of repairs" },
    ]);
  });

  it("counts questions and refusals per day, with a day without questions as 0", () => {
    expect(report.days.map((day) => [day.day, day.questions, day.refused])).toEqual([
      ["2026-11-20", 2, 0],
      ["2026-11-21", 3, 0],
      ["2026-11-22", 4, 3],
      ["2026-11-23", 0, 0],
      ["2026-11-24", 4, 4],
      ["2026-11-25", 4, 3],
      ["2026-11-26", 6, 3],
    ]);
    expect(report.days[2]?.refusalRate).toBe(0.75);
  });

  it("ranks the most cited articles by answered questions", () => {
    expect(report.topArticles[0]).toEqual({
      id: "wire-001",
      title: expect.stringMatching(/^Ferry workers/),
      citations: 5,
    });
    expect(report.topArticles[1]).toMatchObject({ id: "a_5d7248be5206f2cc", citations: 2 });
  });

  it("--since keeps questions and votes from that day on", () => {
    const since = buildReport({ questions, votes, since: "2026-11-25" });
    expect(since.totals).toMatchObject({ questions: 10, downVotes: 1, upVotes: 0 });
    expect(since.days.map((day) => day.day)).toEqual(["2026-11-25", "2026-11-26"]);
  });
});

describe("report formats", () => {
  it("text: every section, on the log and on an empty one", () => {
    const text = formatReport(report, "text");
    for (const heading of [
      "Refused questions",
      "Answers marked 👎",
      "Questions per day",
      "Most cited articles",
    ])
      expect(text).toContain(heading);
    expect(text).toMatch(/ {5}3 {2}Who was appointed police chief\?/);
    expect(text).toContain("2026-11-24      4        4  100.0 %");
    const none = formatReport(empty, "text");
    expect(none).toContain("no questions or votes");
    expect(none.match(/^ {2}none$/gm)).toHaveLength(4);
  });

  it("json: the report object itself", () => {
    expect(JSON.parse(formatReport(report, "json"))).toEqual(JSON.parse(JSON.stringify(report)));
    const none = JSON.parse(formatReport(empty, "json")) as Report;
    expect(none).toMatchObject({ period: null, refusedGroups: [], downVoted: [], days: [], topArticles: [] });
  });

  it("csv: one row per group, 👎, day and article; quotes escaped; formulas defused", () => {
    const rows = parseCsv(formatReport(report, "csv"));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const sections = rows.slice(1).map((row) => row[0]);
    expect(sections.filter((s) => s === "refused")).toHaveLength(report.refusedGroups.length);
    expect(sections.filter((s) => s === "downvoted")).toHaveLength(2);
    expect(sections.filter((s) => s === "day")).toHaveLength(7);
    expect(sections.filter((s) => s === "cited")).toHaveLength(4);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const formula = rows.find((row) => row[5]?.includes("HYPERLINK"));
    expect(formula?.[5]).toBe(`'=HYPERLINK("http://evil.example","click") library closing hours`);
    const day = rows.find((row) => row[0] === "day" && row[1] === "2026-11-22");
    expect(day?.slice(2, 5)).toEqual(["4", "3", "0.7500"]);
    expect(parseCsv(formatReport(empty, "csv"))).toEqual([[...CSV_COLUMNS]]);
  });

  it("html: self-contained, escaped, with the inline chart; an empty log says so", () => {
    const html = formatReport(report, "html");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|src=|href=|@import|url\(/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; who owns the paper &amp; why?");
    const svg = html.match(/<svg[\s\S]*?<\/svg>/)?.[0] ?? "";
    expect(svg.match(/class="asked"/g)).toHaveLength(7 + 1); // a bar a day, and the legend
    expect(svg).toContain("<title>2026-11-24: 4 questions, 4 refused</title>");
    expect(html).toContain("Who was appointed police chief?");
    expect(html).toContain("Millbrook bridge to close for six weeks of repairs");

    const none = formatReport(empty, "html");
    expect(none).not.toContain("<svg");
    expect(none).toContain("No questions in this period.");
  });

  it("has exactly the four documented formats", () => {
    expect([...REPORT_FORMATS]).toEqual(["text", "csv", "json", "html"]);
  });
});
