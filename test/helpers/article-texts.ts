/** The repository's article texts: the shipped article and every text file under test/fixtures (Wikinews, fixtures). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

/** Each file's whole text. */
export function articleTexts(): string[] {
  const files = [join(ROOT, "corpus", "2022-05-cambodia-foreign-minister-us-human-rights.md")];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (/\.(?:md|txt|html|jsonl?)$/.test(entry.name)) files.push(join(dir, entry.name));
  };
  walk(join(ROOT, "test", "fixtures"));
  return files.map((file) => readFileSync(file, "utf8"));
}
