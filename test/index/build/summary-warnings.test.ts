/** Unreadable dates keep the article and are named in the summary; file names are printed escaped. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readCorpus } from "../../../src/articles/files/read-corpus";
import { formatSummary } from "../../../src/cli/print-summary";
import type { IngestSummary } from "../../../src/core/types";

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "summary-warnings-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const summary = (over: Partial<IngestSummary>): IngestSummary => ({
  added: 1,
  updated: 0,
  removed: 0,
  unchanged: 0,
  skipped: [],
  chunks: 1,
  reusedEmbeddings: 0,
  articles: 1,
  indexVersion: "v1",
  seconds: 0.1,
  ...over,
});

describe("unreadable dates", () => {
  it("keep the article without a date and name the problem, in every format", async () => {
    const dir = path.join(tmp, "dates");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "a.md"), "---\ntitle: A\npublished: yesterday\n---\nThe bridge reopened.\n");
    writeFileSync(
      path.join(dir, "e.jsonl"),
      `${JSON.stringify({ id: "r1", text: "The ferry is late.", published: "2022-13-45" })}\n`,
    );
    writeFileSync(
      path.join(dir, "p.html"),
      '<html><head><meta property="article:published_time" content="soon"></head><body><article><p>The tide turned.</p></article></body></html>',
    );
    writeFileSync(path.join(dir, "ok.md"), "---\ntitle: B\npublished: 2022-12-05\n---\nFine.\n");
    const result = await readCorpus(dir);
    expect(result.articles.map((a) => [a.meta.source, a.meta.published])).toEqual([
      ["a.md", null],
      ["e.jsonl#1", null],
      ["ok.md", "2022-12-05"],
      ["p.html", null],
    ]);
    expect(result.warnings).toEqual([
      { source: "a.md", warning: 'unreadable date "yesterday": the article is kept without a date' },
      { source: "e.jsonl#1", warning: 'unreadable date "2022-13-45": the article is kept without a date' },
      { source: "p.html", warning: 'unreadable date "soon": the article is kept without a date' },
    ]);
  });

  it("are printed in the summary", () => {
    const text = formatSummary(
      summary({
        warnings: [{ source: "a.md", warning: 'unreadable date "yesterday": kept without a date' }],
      }),
    );
    expect(text).toContain("skipped 0, warnings 1");
    expect(text).toContain(
      '  kept with warnings:\n    a.md: unreadable date "yesterday": kept without a date',
    );
  });
});

describe("the printed summary", () => {
  it("escapes control and bidi characters in file names and reasons", () => {
    const text = formatSummary(
      summary({ skipped: [{ source: "evil\u001b[31m\r\nname\u202e.md", reason: "empty file\u0007" }] }),
    );
    expect(text).toContain("    evil\\x1b[31m\\x0d\\x0aname\\u202e.md: empty file\\x07");
    expect(text.replace(/\n/g, "")).not.toMatch(/[\p{Cc}\u202e]/u);
  });
});
