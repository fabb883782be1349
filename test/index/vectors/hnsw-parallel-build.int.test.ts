/** The parallel graph build: the typed worker file runs (from source, through tsx), builds, deletes and writes shards. */
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HierarchicalNSW } from "hnswlib-node";
import { ParallelGraphBuilder } from "../../../src/index/vectors/hnsw-parallel-build";

const DIMENSIONS = 8;
const vector = (i: number) => Array.from({ length: DIMENSIONS }, (_, d) => Math.sin(i * (d + 1)) + 1.5);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "nqa-parallel-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

it("builds two shards in worker threads, label % 2 each, with deletions, and writes them", async () => {
  const builder = new ParallelGraphBuilder(2, {
    dimensions: DIMENSIONS,
    m: 8,
    efConstruction: 50,
    capacity: 4,
  });
  const labels = Array.from({ length: 40 }, (_, i) => i);
  // More rows than the initial capacity: the worker must grow its graph.
  await builder.add(labels, labels.map(vector), DIMENSIONS);
  await builder.markDelete([3, 4]);
  const paths = [join(dir, "shard-0.bin"), join(dir, "shard-1.bin")];
  await builder.writeAndClose(paths);
  for (const [shard, path] of paths.entries()) {
    expect((await stat(path)).size).toBeGreaterThan(0);
    const graph = new HierarchicalNSW("cosine", DIMENSIONS);
    await graph.readIndex(path);
    expect(graph.getCurrentCount()).toBe(20);
    const found = graph.searchKnn(vector(shard === 0 ? 10 : 11), 1).neighbors;
    expect(found).toEqual([shard === 0 ? 10 : 11]);
    expect(graph.getIdsList().every((label) => label % 2 === shard)).toBe(true);
    // Marked-deleted labels are never returned.
    const near = graph.searchKnn(vector(shard === 0 ? 4 : 3), 20).neighbors;
    expect(near).not.toContain(shard === 0 ? 4 : 3);
  }
});

it("reports a failing worker as an error of the build, not a hang", async () => {
  const builder = new ParallelGraphBuilder(1, {
    dimensions: DIMENSIONS,
    m: 8,
    efConstruction: 50,
    capacity: 4,
  });
  await builder.add([1], [vector(1)], DIMENSIONS);
  // hnswlib throws on a label it does not hold; the worker must send that back as a rejection.
  await expect(builder.markDelete([999])).rejects.toThrow(/hnswlib worker/);
  await builder.writeAndClose([join(dir, "shard.bin")]).catch(() => undefined);
});
