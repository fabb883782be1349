/**
 * Builds hnswlib graphs in worker threads, one graph (shard) per worker. hnswlib-node's `addPoint` is
 * synchronous, single-threaded native code, so a bulk build otherwise uses one core and blocks the thread
 * that chunks and embeds. The workers receive rows as transferred Float32Arrays (no copy), insert them,
 * and at the end write their graph straight to its file; the caller loads the files when it needs them.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { BuildWorkerData, BuildWorkerMessage, BuildWorkerReply } from "./hnsw-build-worker";

export type GraphParams = BuildWorkerData;

/** Batches queued per worker before `add` waits (bounds the memory of vectors not yet inserted). */
const MAX_IN_FLIGHT = 4;

/**
 * The worker's file: the compiled .js beside this one, or (running from source under jest or tsx) the .ts
 * file through tsx's require hook.
 */
function workerFile(): { file: string; execArgv: string[] } {
  const compiled = join(__dirname, "hnsw-build-worker.js");
  if (existsSync(compiled)) return { file: compiled, execArgv: [] };
  return { file: join(__dirname, "hnsw-build-worker.ts"), execArgv: ["--require", "tsx/cjs"] };
}

interface Slot {
  resolve: () => void;
  reject: (error: Error) => void;
}

class GraphWorker {
  private readonly worker: Worker;
  private readonly waiting: Slot[] = [];
  private failure: Error | undefined;
  private inFlight: Promise<void>[] = [];

  constructor(params: GraphParams) {
    const { file, execArgv } = workerFile();
    const data: BuildWorkerData = params;
    this.worker = new Worker(file, { workerData: data, execArgv });
    this.worker.on("message", (reply: BuildWorkerReply) => {
      const slot = this.waiting.shift();
      if (reply.ok) slot?.resolve();
      else slot?.reject(new Error(`hnswlib worker: ${reply.error}`));
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const slot of this.waiting.splice(0)) slot.reject(error);
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => {
      if (this.waiting.length > 0) fail(new Error(`hnswlib worker exited with code ${code}`));
    });
  }

  private send(message: BuildWorkerMessage, transfer: ArrayBuffer[] = []): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const done = new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
    this.worker.postMessage(message, transfer);
    return done;
  }

  /** Queues rows; waits only while MAX_IN_FLIGHT batches are already queued. */
  async add(labels: number[], vectors: Float32Array): Promise<void> {
    const sent = this.send({ type: "add", labels, vectors }, [vectors.buffer as ArrayBuffer]);
    sent.catch(() => {}); // awaited below or in drain(); this only keeps an early failure from being "unhandled"
    this.inFlight.push(sent);
    while (this.inFlight.length > MAX_IN_FLIGHT) await this.inFlight.shift();
  }

  async drain(): Promise<void> {
    const pending = this.inFlight.splice(0);
    await Promise.all(pending);
  }

  async markDelete(labels: number[]): Promise<void> {
    await this.drain();
    await this.send({ type: "delete", labels });
  }

  async write(path: string): Promise<void> {
    await this.drain();
    await this.send({ type: "write", path });
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}

/** One worker per shard; a label's shard is `label % shards`. */
export class ParallelGraphBuilder {
  private readonly workers: GraphWorker[];

  constructor(shards: number, params: GraphParams) {
    this.workers = Array.from(
      { length: shards },
      () => new GraphWorker({ ...params, capacity: Math.ceil(params.capacity / shards) }),
    );
  }

  /** Rows of `vectors` (row-major, `dimensions` wide) under `labels`, each sent to its shard. */
  async add(labels: number[], vectors: ArrayLike<number>[], dimensions: number): Promise<void> {
    const shards = this.workers.length;
    const perShard: number[][] = Array.from({ length: shards }, () => []);
    labels.forEach((label, i) => {
      (perShard[label % shards] as number[]).push(i);
    });
    await Promise.all(
      perShard.map((rows, shard) => {
        if (rows.length === 0) return Promise.resolve();
        const block = new Float32Array(rows.length * dimensions);
        rows.forEach((row, j) => {
          block.set(vectors[row] as ArrayLike<number>, j * dimensions);
        });
        return (this.workers[shard] as GraphWorker).add(
          rows.map((row) => labels[row] as number),
          block,
        );
      }),
    );
  }

  async markDelete(labels: number[]): Promise<void> {
    const shards = this.workers.length;
    await Promise.all(
      this.workers.map((worker, shard) => worker.markDelete(labels.filter((l) => l % shards === shard))),
    );
  }

  /** Writes shard i to paths[i] once its queue is done, then stops the workers (their memory goes with them). */
  async writeAndClose(paths: string[]): Promise<void> {
    try {
      await Promise.all(this.workers.map((worker, shard) => worker.write(paths[shard] as string)));
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
