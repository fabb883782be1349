/**
 * The report as one self-contained HTML page: inline CSS and an inline SVG chart, no script, no external
 * file or font, so it opens offline. Every piece of logged text is escaped.
 */
import type { Report } from "./build-report";
import { dayChartSvg } from "./day-chart-svg";
import { escapeHtml as e } from "./escape-html";

const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;color:#222;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
td.when{white-space:nowrap}td.n{text-align:right;font-variant-numeric:tabular-nums;width:4rem}.muted{color:#666}ul{margin:.2rem 0}
blockquote{margin:.2rem 0 .2rem 1rem;color:#444}`;

export function formatHtml(report: Report): string {
  const { totals } = report;
  const period = report.period ? `${report.period.from} to ${report.period.to}` : "No questions or votes yet";
  const sections: string[] = [];
  sections.push(
    `<p>${e(period)}${report.since ? ` (since ${e(report.since)})` : ""}. ${plural(totals.questions, "question")}: ` +
      `${totals.answered} answered, ${totals.refused} refused, ${plural(totals.problems, "problem")}. ` +
      `Votes: ${totals.upVotes} up, ${totals.downVotes} down.</p>`,
  );

  sections.push("<h2>Questions and refusals per day</h2>");
  if (report.days.length === 0) sections.push(`<p class="muted">No questions in this period.</p>`);
  else {
    sections.push(`<figure>${dayChartSvg(report.days)}</figure>`);
    sections.push(
      table(
        ["Day", "Questions", "Refused", "Refusal rate"],
        report.days.map((d) => [
          e(d.day),
          num(d.questions),
          num(d.refused),
          `<td class="n">${d.questions ? percent(d.refusalRate) : "–"}</td>`,
        ]),
      ),
    );
  }

  sections.push(
    `<h2>Refused questions</h2><p class="muted">Grouped by similarity: stemmed content words, Jaccard ≥ ${report.similarityThreshold}; most frequent first.</p>`,
  );
  if (report.refusedGroups.length === 0) sections.push(`<p class="muted">None.</p>`);
  else
    sections.push(
      table(
        ["Times", "Question", "Other wordings"],
        report.refusedGroups.map((g) => [
          num(g.count),
          e(g.label),
          g.variants.length > 1
            ? `<ul>${g.variants
                .slice(1)
                .map((v) => `<li>${e(v.question)}${v.count > 1 ? ` (×${v.count})` : ""}</li>`)
                .join("")}</ul>`
            : "",
        ]),
      ),
    );

  // Words, not emoji: a machine without an emoji font would show empty boxes.
  sections.push("<h2>Answers voted down</h2>");
  if (report.downVoted.length === 0) sections.push(`<p class="muted">None.</p>`);
  else
    sections.push(
      table(
        ["When", "Question and answer", "Cited articles"],
        report.downVoted.map((d) => [
          `<td class="when">${e(d.at.slice(0, 16).replace("T", " "))}<br><span class="muted">${e(d.platform)}</span></td>`,
          `${e(d.question)}<blockquote>${e(d.answerText)}</blockquote>`,
          d.articles.length
            ? `<ul>${d.articles.map((a) => `<li>${e(a.title ?? "(title unknown)")} <span class="muted">${e(a.id)}</span></li>`).join("")}</ul>`
            : "",
        ]),
      ),
    );

  sections.push("<h2>Most cited articles</h2>");
  if (report.topArticles.length === 0) sections.push(`<p class="muted">None.</p>`);
  else
    sections.push(
      table(
        ["Citations", "Article"],
        report.topArticles.map((a) => [
          num(a.citations),
          `${e(a.title)} <span class="muted">${e(a.id)}</span>`,
        ]),
      ),
    );

  sections.push(
    `<h2>Handed to an editor</h2><p>${plural(report.handOffs.length, "hand-off")} ("Ask an editor").</p>`,
  );
  if (report.handOffs.length > 0)
    sections.push(
      table(
        ["When", "Question", "Bot's answer"],
        report.handOffs.map((h) => [
          `<td class="when">${e(h.at.slice(0, 16).replace("T", " "))}<br><span class="muted">${e(h.platform)}</span></td>`,
          e(h.question),
          h.status === "not_found" ? "refused" : "answered",
        ]),
      ),
    );

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>The archive's gaps</title>
<style>${STYLE}</style>
</head>
<body>
<h1>The archive's gaps</h1>
${sections.join("\n")}
</body>
</html>
`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const num = (value: number) => `<td class="n">${value}</td>`;

/** Cells already rendered as HTML; a cell that is not a `<td>` is wrapped in one. */
function table(head: string[], rows: string[][]): string {
  const cells = (row: string[]) => row.map((c) => (c.startsWith("<td") ? c : `<td>${c}</td>`)).join("");
  return `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((row) => `<tr>${cells(row)}</tr>`)
    .join("")}</tbody></table>`;
}
