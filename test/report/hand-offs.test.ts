/** Hand-offs ("Ask an editor") in the report: counted and listed, never counted as questions. */
import type { QuestionLogEntry } from "../../src/feedback/question-log";
import { buildReport } from "../../src/report/build-report";
import { formatReport } from "../../src/report/format-report";

const entry = (at: string, question: string, extra: Partial<QuestionLogEntry> = {}): QuestionLogEntry => ({
  at,
  platform: "slack",
  user: "sha256:ab",
  question,
  status: "answered",
  cited: [],
  ...extra,
});

const LOG: QuestionLogEntry[] = [
  entry("2026-11-20T09:00:00.000Z", "When did the council approve the budget?"),
  entry("2026-11-20T09:05:00.000Z", "When did the council approve the budget?", { event: "handoff" }),
  entry("2026-11-21T10:00:00.000Z", "Who runs the <b>zeppelin</b> museum?", {
    status: "not_found",
    platform: "discord",
  }),
  entry("2026-11-21T10:02:00.000Z", "Who runs the <b>zeppelin</b> museum?", {
    status: "not_found",
    platform: "discord",
    event: "handoff",
  }),
];

describe("report: hand-offs", () => {
  const report = buildReport({ questions: LOG, votes: [] });

  it("lists hand-offs newest first and keeps them out of the question counts", () => {
    expect(report.totals).toMatchObject({ questions: 2, answered: 1, refused: 1 });
    expect(report.days.map((day) => day.questions)).toEqual([1, 1]);
    expect(report.handOffs).toEqual([
      {
        at: "2026-11-21T10:02:00.000Z",
        platform: "discord",
        question: "Who runs the <b>zeppelin</b> museum?",
        status: "not_found",
      },
      {
        at: "2026-11-20T09:05:00.000Z",
        platform: "slack",
        question: "When did the council approve the budget?",
        status: "answered",
      },
    ]);
    expect(buildReport({ questions: LOG, votes: [], since: "2026-11-21" }).handOffs).toHaveLength(1);
  });

  it("shows the count and the list in every format, escaped in HTML", () => {
    const text = formatReport(report, "text");
    expect(text).toContain(`Handed to an editor ("Ask an editor"): 2`);
    expect(text).toContain("2026-11-21 10:02  discord  refused: Who runs the <b>zeppelin</b> museum?");
    const csv = formatReport(report, "csv");
    expect(csv).toContain(
      "handoff,2026-11-20T09:05:00.000Z,1,,,When did the council approve the budget?,,,answered",
    );
    const html = formatReport(report, "html");
    expect(html).toContain("<h2>Handed to an editor</h2><p>2 hand-offs");
    expect(html).toContain("Who runs the &lt;b&gt;zeppelin&lt;/b&gt; museum?");
    expect(JSON.parse(formatReport(report, "json")).handOffs).toHaveLength(2);
    expect(formatReport(buildReport({ questions: [], votes: [] }), "text")).toContain(
      `Handed to an editor ("Ask an editor"): 0`,
    );
  });
});
