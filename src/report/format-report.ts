/** One entry point for the four report formats. */
import type { Report } from "./build-report";
import { formatCsv } from "./format-csv";
import { formatHtml } from "./format-html";
import { formatText } from "./format-text";

export const REPORT_FORMATS = ["text", "csv", "json", "html"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function formatReport(report: Report, format: ReportFormat): string {
  switch (format) {
    case "text":
      return formatText(report);
    case "csv":
      return formatCsv(report);
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "html":
      return formatHtml(report);
  }
}
