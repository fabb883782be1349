/**
 * A tiny ladder end to end: real corpus generator, real ingest and serving child processes, fits and chart.
 * Checks the output's shape only: timings on a shared machine are not asserted.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MEASURES, runLadder } from "../../tools/bench/ladder";

jest.setTimeout(600_000);

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ladder-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test("two small sizes give a rung each, fits for every measure, the JSON and an SVG with the points", async () => {
  const out = join(work, "ladder.json");
  const svg = join(work, "ladder.svg");
  const result = await runLadder({
    sizes: [200, 400],
    runs: [1],
    queries: 12,
    recallQueries: 5,
    kind: "topical",
    work,
    out,
    svg,
  });
  expect(result.rungs.map((r) => r.size)).toEqual([200, 400]);
  const [small, large] = result.rungs as [(typeof result.rungs)[number], (typeof result.rungs)[number]];
  expect(small.chunks).toBeGreaterThan(100);
  expect(large.chunks).toBeGreaterThan(small.chunks);
  for (const r of result.rungs) {
    expect(r.raw).toHaveLength(1);
    for (const { key } of MEASURES) expect(Number.isFinite(r[key])).toBe(true);
    expect(r.ingestPeakRssMb).toBeGreaterThan(0);
    expect(r.servingRssMb).toBeGreaterThan(0);
    expect(r.indexMb).toBeGreaterThan(0);
    expect(r.hnswRecallAt10).toBeGreaterThanOrEqual(0);
    expect(r.hnswRecallAt10).toBeLessThanOrEqual(1);
    expect(r.sourceHitAt10).toBeGreaterThan(0);
    expect(r.sourceHitAt10).toBeLessThanOrEqual(1);
  }
  expect(Object.keys(result.fits).sort()).toEqual(MEASURES.map((m) => m.key).sort());
  expect(result.machineEnds.ingestOnly === null || result.machineEnds.ingestOnly > 0).toBe(true);

  expect(JSON.parse(await readFile(out, "utf8"))).toEqual(JSON.parse(JSON.stringify(result)));
  const text = await readFile(svg, "utf8");
  expect(text.startsWith("<?xml")).toBe(true);
  const points = [...text.matchAll(/<circle class="point"[^>]*data-n="(\d+)"/g)].map((m) => Number(m[1]));
  expect(new Set(points)).toEqual(new Set([small.chunks, large.chunks]));
});
