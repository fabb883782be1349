/**
 * The report as one CSV table (RFC 4180), a `section` column telling the parts apart: refused, downvoted,
 * day, cited. A cell that starts like a spreadsheet formula (= + - @) gets a leading apostrophe.
 */
import type { Report } from "./build-report";

export const CSV_COLUMNS = [
  "section",
  "date",
  "count",
  "refused",
  "refusal_rate",
  "question",
  "article_ids",
  "titles",
  "detail",
] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>;

export function formatCsv(report: Report): string {
  const rows: Row[] = [];
  for (const group of report.refusedGroups) {
    rows.push({
      section: "refused",
      date: group.latest.slice(0, 10),
      count: group.count,
      question: group.label,
      detail: group.variants.map((variant) => variant.question).join(" | "),
    });
  }
  for (const down of report.downVoted) {
    rows.push({
      section: "downvoted",
      date: down.at,
      count: 1,
      question: down.question,
      article_ids: down.articles.map((article) => article.id).join("; "),
      titles: down.articles.map((article) => article.title ?? "").join("; "),
      detail: down.answerText,
    });
  }
  for (const day of report.days) {
    rows.push({
      section: "day",
      date: day.day,
      count: day.questions,
      refused: day.refused,
      refusal_rate: day.refusalRate.toFixed(4),
    });
  }
  for (const article of report.topArticles) {
    rows.push({ section: "cited", count: article.citations, article_ids: article.id, titles: article.title });
  }
  for (const handOff of report.handOffs) {
    rows.push({
      section: "handoff",
      date: handOff.at,
      count: 1,
      question: handOff.question,
      detail: handOff.status,
    });
  }
  const lines = [CSV_COLUMNS.join(","), ...rows.map((row) => CSV_COLUMNS.map((c) => cell(row[c])).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}

function cell(value: string | number | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
