/** The JSON Lines files of feedback/ (feedback, the question log): read whole, a missing file is empty. */
import { readFile } from "node:fs/promises";

/** A file's text, or "" when it does not exist yet (nothing recorded so far). */
export async function readIfPresent(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "";
    throw error;
  }
}

/** The values of a JSON Lines text; blank, torn or hand-edited lines (not JSON) are skipped. */
export function parseJsonLines(raw: string): unknown[] {
  const values: unknown[] = [];
  for (const line of raw.split("\n")) {
    if (!line.trim()) continue;
    try {
      values.push(JSON.parse(line));
    } catch {
      // a torn or hand-edited line: skip it
    }
  }
  return values;
}
