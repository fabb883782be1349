/**
 * A JSON Lines export of several hundred megabytes is ingested record by record with flat memory: the real
 * CLI runs in a child process and reports its peak RSS. Slow (it writes ~300 MB to a temp folder).
 */
import { execFile } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const PRELOAD = join(ROOT, "test", "helpers", "report-peak-rss.cjs");
const MB = 1024 * 1024;

const ARTICLES = 600;
const OVERSIZED = 48;
const OVERSIZED_BYTES = 6.25 * MB;

const PARAGRAPH =
  "The harbour board met on Tuesday evening to discuss the repairs to the north pier, which was damaged " +
  "in the February storms. Engineers told the board that the work would take eleven weeks and that the " +
  "ferry to Osterby would use the south landing in the meantime. ";

/** A realistic record: url, title, date, publisher, byline and a few paragraphs. */
function record(i: number, text: string): string {
  return `${JSON.stringify({
    url: `https://quillfield-gazette.example/2023/story-${i}`,
    title: `Harbour board, meeting ${i}`,
    published: `2023-${String(1 + (i % 12)).padStart(2, "0")}-14`,
    publisher: "Quillfield Gazette",
    byline: "Ada Marsh",
    text,
  })}\n`;
}

/** The same normal records; with `oversized`, ~300 MB: an oversized one (a body of 6.25 MB) after every 12. */
async function writeExport(file: string, oversizedToo: boolean): Promise<void> {
  const out = createWriteStream(file);
  const big = "x".repeat(OVERSIZED_BYTES);
  const every = Math.floor(ARTICLES / OVERSIZED);
  let oversized = 0;
  for (let i = 1; i <= ARTICLES; i++) {
    const text = `Story ${i}. ${PARAGRAPH.repeat(3)}\n\nIn other business, item ${i} was deferred.`;
    if (!out.write(record(i, text))) await once(out, "drain");
    if (oversizedToo && i % every === 0 && oversized < OVERSIZED) {
      oversized++;
      if (!out.write(record(100_000 + oversized, big))) await once(out, "drain");
    }
  }
  out.end();
  await once(out, "finish");
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "newsroom-qa-large-export-"));
  for (const name of ["small", "large"]) {
    await mkdir(join(root, name, "corpus"), { recursive: true });
    await writeExport(join(root, name, "corpus", "export.jsonl"), name === "large");
  }
}, 120_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs the ingest CLI in `root/<name>`; its stderr ends with the child's peak RSS (see report-peak-rss.cjs). */
function ingest(name: string): Promise<{ code: number; stdout: string; stderr: string; peakMb: number }> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "error" };
  const args = ["-r", require.resolve("tsx/cjs"), "-r", PRELOAD, join(ROOT, "src", "cli", "ingest.ts")];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...args, "--corpus", "corpus", "--index", "index"],
      { cwd: join(root, name), env, timeout: 280_000, maxBuffer: 16 * MB },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        const peakMb = Number(/peak-rss-kb (\d+)/.exec(stderr)?.[1]) / 1024;
        resolve({ code, stdout, stderr, peakMb });
      },
    );
  });
}

describe("a JSON Lines export of ~300 MB", () => {
  it("is ingested record by record, oversized records named, with peak RSS flat in the file's size", async () => {
    const size = (await stat(join(root, "large", "corpus", "export.jsonl"))).size;
    expect(size).toBeGreaterThan(300 * MB);
    // The same 600 articles without the 300 MB of oversized records: the baseline of the same process.
    const small = await ingest("small");
    const large = await ingest("large");
    expect(large.code).toBe(0);
    expect(large.stdout).toMatch(new RegExp(`: ${ARTICLES} articles, `));
    const named = large.stdout.match(
      /export\.jsonl#\d+: record too large \(6\.3 MB; the limit is 5 MB per record\)/g,
    );
    expect(named).toHaveLength(OVERSIZED);
    expect(small.peakMb).toBeGreaterThan(0);
    // Reading the file whole would add > 300 MB (> 600 MB as a JS string); streaming adds a few buffers.
    expect(large.peakMb - small.peakMb).toBeLessThan(80);
    process.stdout.write(
      `large export: ${(size / MB).toFixed(0)} MB, peak RSS ${large.peakMb.toFixed(0)} MB (${small.peakMb.toFixed(0)} MB without the oversized records)\n`,
    );
  }, 300_000);
});
