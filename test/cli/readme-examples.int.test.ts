/**
 * The README's quick start prints what it says it prints: its demo commands are run as written (ingest the
 * shipped corpus, ask its questions) and their output is compared with the README's text, so the examples
 * cannot go stale when answering changes. Only the ingest time and the index version may differ.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../helpers/run-source-cli";

const ROOT = join(__dirname, "..", "..");
let dir: string;
let readme: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "nqa-readme-"));
  readme = await readFile(join(ROOT, "README.md"), "utf8");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The text of the first fenced block that opens after `marker` in the README. */
function blockAfter(marker: string): string {
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`README has no "${marker}"`);
  const block = /^```[a-z]*\n([\s\S]*?)\n```$/m.exec(readme.slice(at + marker.length));
  if (!block) throw new Error(`README has no code block after "${marker}"`);
  return block[1] as string;
}

/** The question of an `npm run ask -- "…"` command in a README block. */
function questionIn(block: string): string {
  const match = /npm run ask -- "([^"]+)"/.exec(block);
  if (!match) throw new Error(`no npm run ask command in: ${block}`);
  return match[1] as string;
}

/** The run-dependent parts of an ingest summary: its time and its index version. */
const steady = (summary: string) =>
  summary.replace(/finished in [\d.]+ s/, "finished in N s").replace(/\(index v[^)]*\)/, "(index v…)");

describe("README quick start", () => {
  const index = () => join(dir, "index");

  it("ingests the shipped corpus and answers its first question as printed", async () => {
    const command = blockAfter("Answer a question from the shipped demo article");
    expect(command).toContain("npm run ingest");
    const printed = blockAfter("What the first command prints");
    const ingested = await cli("ingest", ["--corpus", join(ROOT, "corpus"), "--index", index()]);
    const answered = await cli("ask", ["--index", index(), questionIn(command)]);
    expect(steady(`${ingested.stdout}${answered.stdout}`).trimEnd()).toBe(steady(printed));
  });

  it("answers the second example as printed", async () => {
    const command = blockAfter("Other questions are answered with the sentences");
    const printed = blockAfter(`${command}\n\`\`\``);
    const answered = await cli("ask", ["--index", index(), questionIn(command)]);
    expect(answered.stdout.trimEnd()).toBe(printed);
  });
});
