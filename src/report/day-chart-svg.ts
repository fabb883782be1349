/**
 * A small inline SVG bar chart of questions and refusals per day: for each day a bar of all questions with
 * the refused part drawn over its foot. Self-contained (no script, font file or external reference).
 */
import type { DayCount } from "./build-report";
import { escapeHtml } from "./escape-html";

const WIDTH = 720;
const HEIGHT = 240;
const PAD = { left: 40, right: 12, top: 28, bottom: 36 };

/** The chart, or an empty string when there are no days. */
export function dayChartSvg(days: DayCount[]): string {
  if (days.length === 0) return "";
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const max = Math.max(1, ...days.map((day) => day.questions));
  const step = plotW / days.length;
  const barW = Math.max(1, Math.min(28, step * 0.8));
  const y = (value: number) => PAD.top + plotH - (value / max) * plotH;
  const parts: string[] = [];
  // Grid lines and y labels at 0, half and max.
  for (const value of [...new Set([0, Math.round(max / 2), max])]) {
    const yy = y(value).toFixed(1);
    parts.push(`<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${yy}" y2="${yy}" class="grid"/>`);
    parts.push(`<text x="${PAD.left - 6}" y="${yy}" class="ylabel">${value}</text>`);
  }
  days.forEach((day, i) => {
    const x = (PAD.left + i * step + (step - barW) / 2).toFixed(1);
    const title = `${day.day}: ${day.questions} questions, ${day.refused} refused`;
    parts.push(
      `<g><title>${escapeHtml(title)}</title>` +
        `<rect x="${x}" y="${y(day.questions).toFixed(1)}" width="${barW.toFixed(1)}" height="${(plotH - (y(day.questions) - PAD.top)).toFixed(1)}" class="asked"/>` +
        `<rect x="${x}" y="${y(day.refused).toFixed(1)}" width="${barW.toFixed(1)}" height="${(plotH - (y(day.refused) - PAD.top)).toFixed(1)}" class="refused"/></g>`,
    );
  });
  // First, middle and last day under the axis (every label would overlap on a long period).
  const labelled = [...new Set([0, Math.floor((days.length - 1) / 2), days.length - 1])];
  for (const i of labelled) {
    const x = (PAD.left + i * step + step / 2).toFixed(1);
    parts.push(
      `<text x="${x}" y="${HEIGHT - PAD.bottom + 16}" class="xlabel">${escapeHtml(days[i]?.day ?? "")}</text>`,
    );
  }
  const legendY = 14;
  parts.push(
    `<rect x="${PAD.left}" y="${legendY - 9}" width="10" height="10" class="asked"/>` +
      `<text x="${PAD.left + 14}" y="${legendY}" class="legend">questions</text>` +
      `<rect x="${PAD.left + 100}" y="${legendY - 9}" width="10" height="10" class="refused"/>` +
      `<text x="${PAD.left + 114}" y="${legendY}" class="legend">refused</text>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="chart-title">` +
    `<title id="chart-title">Questions and refusals per day</title>` +
    `<style>.grid{stroke:#ddd;stroke-width:1}.asked{fill:#4a78b5}.refused{fill:#d9822b}` +
    `text{font:11px system-ui,sans-serif;fill:#333}.ylabel{text-anchor:end;dominant-baseline:middle}` +
    `.xlabel{text-anchor:middle}</style>` +
    `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${PAD.top + plotH}" y2="${PAD.top + plotH}" stroke="#999"/>` +
    parts.join("") +
    `</svg>`
  );
}
