/**
 * Steps shared by the bench runs (run-bench.ts, ladder.ts): writing a generated corpus, one timed ingest in
 * its own process (ingest-child.ts), and the bytes of a folder.
 */
import { spawn } from "node:child_process";
import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type CorpusKind, createVocabulary, generateArticle } from "./generate-corpus";

export const ROOT = join(__dirname, "..", "..");
export const SEED = 7;
const PER_FILE = 500;

/** Writes the corpus as JSONL files of PER_FILE articles; `revised` articles get revision 1. */
export async function writeCorpus(
  dir: string,
  articles: number,
  kind: CorpusKind,
  revised: Set<number> = new Set(),
): Promise<void> {
  const v = createVocabulary();
  await mkdir(dir, { recursive: true });
  for (let f = 0; f * PER_FILE < articles; f++) {
    const lines: string[] = [];
    let touched = revised.size === 0;
    for (let i = f * PER_FILE; i < Math.min(articles, (f + 1) * PER_FILE); i++) {
      if (revised.has(i)) touched = true;
      lines.push(JSON.stringify(generateArticle(v, SEED, i, revised.has(i) ? 1 : 0, kind)));
    }
    if (touched)
      await writeFile(join(dir, `part-${String(f).padStart(4, "0")}.jsonl`), `${lines.join("\n")}\n`);
  }
}

export interface IngestRun {
  summary: { chunks: number; reusedEmbeddings: number };
  seconds: number;
  /** User + system CPU seconds of the ingest process. */
  cpuSeconds: number;
  peakRssMb: number;
  phases: { parse: number; embed: number; index: number; save: number; chunkAndOther: number };
}

/** Runs a bench child script (`-r tsx/cjs`) and parses the last line it prints as JSON. */
export function runChild<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-r", "tsx/cjs", join(__dirname, script), ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (data: Buffer) => {
      out += data.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve(JSON.parse(out.trim().split("\n").at(-1) as string) as T);
      else reject(new Error(`${script} exited with ${code}`));
    });
  });
}

/** One ingest in a child process (ingest-child.ts): its peak RSS is the ingest's own. */
export function ingestTimed(corpusDir: string, indexDir: string, full: boolean): Promise<IngestRun> {
  return runChild<IngestRun>("ingest-child.ts", [corpusDir, indexDir, full ? "full" : "incremental"]);
}

export async function dirBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const name of await readdir(dir)) bytes += (await stat(join(dir, name))).size;
  return bytes;
}
