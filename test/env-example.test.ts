/** `.env.example` lists exactly the variables src/config.ts reads, so the two cannot drift apart. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ENV_VARIABLES } from "../src/config";

const ROOT = join(__dirname, "..");
const names = (text: string, pattern: RegExp) =>
  [...new Set([...text.matchAll(pattern)].map((m) => m[1]))].sort();

it(".env.example names every variable config.ts reads, and no other", () => {
  const example = readFileSync(join(ROOT, ".env.example"), "utf8");
  expect(names(example, /^#?\s*([A-Z][A-Z0-9_]*)=/gm)).toEqual([...ENV_VARIABLES].sort());
});

it("config.ts reads no variable outside its schema", () => {
  const source = readFileSync(join(ROOT, "src", "config.ts"), "utf8");
  // Every quoted or keyed UPPER_CASE name in config.ts (schema keys, cross-field checks) is in the schema.
  const mentioned = names(source, /\b([A-Z][A-Z0-9_]{2,})\b(?=\s*:|")/g).filter(
    (name) => name !== "ENV_VARIABLES",
  );
  expect(mentioned).toEqual([...ENV_VARIABLES].sort());
});
