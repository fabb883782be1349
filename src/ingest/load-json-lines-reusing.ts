/** Loads a `.jsonl` file, reusing the lines unchanged since the previous ingest. */
import { createHash } from "node:crypto";
import type { ArticleDraft } from "./article-identity";
import type { CorpusMemory, DraftMemo, FileMemo } from "./corpus-memory";
import type { Loader } from "./file-loaders";
import type { FileOutput, Item } from "./file-output";

const lineNumber = (source: string): number => Number(source.slice(source.lastIndexOf("#") + 1));

/**
 * A `.jsonl` file whose unchanged lines (same bytes at the same line as last time, and their article still
 * in the previous version) are reused; the loader parses only the others, given with the reused lines
 * blanked, so line numbers and every skip stay exactly what a full parse gives.
 */
export function loadJsonLinesReusing(
  loader: Loader,
  text: string,
  source: string,
  memory: CorpusMemory,
  memo: FileMemo | undefined,
): FileOutput {
  const byLine = new Map<string, DraftMemo>();
  for (const draft of memo?.drafts ?? []) if (draft.line) byLine.set(draft.source, draft);
  const lines = text.split("\n");
  const shas: string[] = [];
  const reused: Item[] = [];
  let changed = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === "") continue;
    const sha = createHash("sha1").update(line).digest("hex");
    shas[i] = sha;
    const lineSource = `${source}#${i + 1}`;
    const known = byLine.get(lineSource);
    const article = known?.line === sha ? memory.article(known) : null;
    if (article) {
      reused.push({ source: lineSource, reused: article, line: sha });
      lines[i] = "";
    } else changed++;
  }
  memory.linesReused += reused.length;
  const parsed =
    reused.length === 0
      ? loader(text, source, null)
      : changed > 0
        ? loader(lines.join("\n"), source, null)
        : { drafts: [], skipped: [] };
  const items: Item[] = [
    ...reused,
    ...parsed.drafts.map((d: { source: string; draft: ArticleDraft }) => ({
      ...d,
      line: shas[lineNumber(d.source) - 1],
    })),
  ].sort((a, b) => lineNumber(a.source) - lineNumber(b.source));
  return { skipped: parsed.skipped, items };
}
