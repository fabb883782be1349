/**
 * The worker thread of a parallel graph build (hnsw-parallel-build.ts): holds one hnswlib graph (shard),
 * inserts the rows it is sent, marks deletions, and writes the graph to its file. One reply per message.
 * Runs as dist/…/hnsw-build-worker.js when built; from source (jest, tsx) through tsx's require hook.
 */
import { parentPort, workerData } from "node:worker_threads";
import { HierarchicalNSW } from "hnswlib-node";

export interface BuildWorkerData {
  dimensions: number;
  m: number;
  efConstruction: number;
  /** Initial capacity; grows geometrically. */
  capacity: number;
}

export type BuildWorkerMessage =
  | { type: "add"; labels: number[]; vectors: Float32Array }
  | { type: "delete"; labels: number[] }
  | { type: "write"; path: string };

export type BuildWorkerReply = { ok: true } | { ok: false; error: string };

function serve(params: BuildWorkerData, port: NonNullable<typeof parentPort>): void {
  const { dimensions, m, efConstruction, capacity } = params;
  const index = new HierarchicalNSW("cosine", dimensions);
  index.initIndex({ maxElements: Math.max(16, capacity), m, efConstruction });
  const row: number[] = new Array(dimensions).fill(0);
  const handle = (message: BuildWorkerMessage): void => {
    if (message.type === "add") {
      const { labels, vectors } = message;
      const needed = index.getCurrentCount() + labels.length;
      if (needed > index.getMaxElements()) {
        index.resizeIndex(Math.max(needed, Math.ceil(index.getMaxElements() * 1.5)));
      }
      labels.forEach((label, i) => {
        const offset = i * dimensions;
        for (let d = 0; d < dimensions; d++) row[d] = vectors[offset + d] as number;
        index.addPoint(row, label);
      });
    } else if (message.type === "delete") {
      for (const label of message.labels) index.markDelete(label);
    } else {
      index.writeIndexSync(message.path);
    }
  };
  port.on("message", (message: BuildWorkerMessage) => {
    let reply: BuildWorkerReply;
    try {
      handle(message);
      reply = { ok: true };
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}

if (parentPort) serve(workerData as BuildWorkerData, parentPort);
