/**
 * Renders an Answer for a terminal: the reply (each quote with its article's date; a timeline's lines start
 * with it), the asker's filters, then numbered sources with headline, publisher, date(s), link,
 * other copies and correction notes.
 */

import { describeFilters } from "../core/question/question-filters";
import { alsoInLine, citationDates } from "../core/quotes/citation-lines";
import type { Answer } from "../core/types";

export function formatAnswer(answer: Answer): string {
  const lines = [answer.text];
  const filters = describeFilters(answer.filters);
  if (filters) lines.push("", `Filters: ${filters}`);
  const seen = new Set<number>();
  const sources = answer.citations.filter((c) => !seen.has(c.n) && seen.add(c.n));
  if (sources.length > 0) {
    lines.push("", "Sources:");
    for (const source of sources) {
      const byline = [source.publisher, citationDates(source)].filter(Boolean).join(" · ");
      lines.push(`[${source.n}] ${source.title}${byline ? ` (${byline})` : ""}`);
      if (source.url) lines.push(`    ${source.url}`);
      if (source.correction) lines.push(...source.correction.split("\n").map((note) => `    ${note}`));
      const copies = alsoInLine(source);
      if (copies) lines.push(`    ${copies}`);
    }
  }
  if (answer.status === "answered" && answer.asOf) lines.push("", `Based on articles up to ${answer.asOf}.`);
  return lines.join("\n");
}
