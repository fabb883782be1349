/**
 * One timed ingest in its own process, so that its peak RSS is the ingest's alone (not the corpus
 * generator's, the baselines' or an earlier run's). Run by run-bench.ts:
 * `node --expose-gc -r tsx/cjs tools/bench/ingest-child.ts <corpusDir> <indexDir> <full|incremental>`;
 * prints one JSON line with the summary, the phase split and the peak RSS.
 */
import { readFileSync } from "node:fs";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { CorpusMemory } from "../../src/articles/files/corpus-memory";
import { readCorpus } from "../../src/articles/files/read-corpus";
import type { IngestProgress } from "../../src/core/types";
import { LOCAL_EMBEDDER, LocalEmbeddings } from "../../src/embedders/local-embedder";
import { ingestArticles } from "../../src/index/build/ingest-articles";
import { silentLogger } from "../../src/logger";

/** Embeddings wrapper that adds up the time spent embedding documents. */
function timedEmbeddings(inner: LocalEmbeddings): EmbeddingsInterface & { ms: number } {
  const timed = Object.create(inner) as LocalEmbeddings & { ms: number };
  timed.ms = 0;
  timed.embedDocuments = async (texts: string[]) => {
    const t = performance.now();
    const out = await inner.embedDocuments(texts);
    timed.ms += performance.now() - t;
    return out;
  };
  return timed;
}

/**
 * This process's own peak RSS. Linux carries a parent's maxrss into the child across fork and exec, so
 * `process.resourceUsage().maxRSS` would report the bench parent's size when that is larger; VmHWM
 * belongs to this process's address space alone.
 */
function ownPeakRssMb(): number {
  try {
    const hwm = /VmHWM:\s*(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function main(): Promise<void> {
  const [corpusDir, indexDir, mode] = process.argv.slice(2) as [string, string, string];
  const embeddings = timedEmbeddings(new LocalEmbeddings());
  const marks: { phase: IngestProgress["phase"]; t: number }[] = [];
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const summary = await ingestArticles({
    indexDir,
    load: async (last) => {
      const memory = new CorpusMemory(last);
      return { ...(await readCorpus(corpusDir, { memory })), memory: memory.toData() };
    },
    embeddings,
    embedder: LOCAL_EMBEDDER,
    logger: silentLogger,
    full: mode === "full",
    onProgress: (p) => marks.push({ phase: p.phase, t: performance.now() }),
  });
  const total = performance.now() - started;
  // CPU seconds of this process (all its threads, hnswlib's build workers included): on a shared machine
  // the wall time says how busy the machine was, the CPU time what the ingest costs.
  const cpu = process.cpuUsage(cpuStarted);
  const read = (marks.find((m) => m.phase === "read")?.t ?? started) - started;
  // Time from the end of a batch's embedding to its "index" mark: inserting (or, with build workers,
  // handing the batch over and waiting while their queues are full).
  let index = 0;
  marks.forEach((m, i) => {
    if (m.phase === "index" && marks[i - 1]?.phase === "embed")
      index += m.t - (marks[i - 1] as { t: number }).t;
  });
  const saveStart = marks.find((m) => m.phase === "save")?.t ?? started + total;
  const save = started + total - saveStart;
  process.stdout.write(
    `${JSON.stringify({
      summary,
      seconds: total / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssMb: ownPeakRssMb(),
      phases: {
        parse: read / 1000,
        embed: embeddings.ms / 1000,
        index: index / 1000,
        save: save / 1000,
        /** Loading the live index, diff, chunking and anything not in the other phases. */
        chunkAndOther: (total - read - embeddings.ms - index - save) / 1000,
      },
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
