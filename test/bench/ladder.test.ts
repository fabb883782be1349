import { predict } from "../../tools/bench/fit";
import {
  fitRungs,
  ladderChart,
  ladderMarkdown,
  ladderResult,
  MACHINE_MB,
  machineEnds,
  middle,
  type Rung,
} from "../../tools/bench/ladder";

/** A rung whose memory grows 200 MB + 8 kB a chunk (ingest) and 150 MB + 4 kB a chunk (serving). */
function rung(chunks: number): Rung {
  return {
    size: chunks,
    articles: chunks / 10,
    chunks,
    runs: 1,
    ingestSeconds: 0.01 * chunks ** 1.1,
    ingestCpuSeconds: 0.004 * chunks ** 1.1,
    ingestPeakRssMb: 200 + 0.008 * chunks,
    indexMb: 0.0038 * chunks,
    loadSeconds: 1e-5 * chunks,
    loadCpuSeconds: 1e-5 * chunks,
    servingRssMb: 150 + 0.004 * chunks,
    queryP50ms: 0.5 * chunks ** 0.2,
    queryP95ms: 0.7 * chunks ** 0.2,
    queryCpuP50ms: 0.4 * chunks ** 0.2,
    queryCpuP95ms: 0.6 * chunks ** 0.2,
    retrievalP50ms: 0.3 * chunks ** 0.2,
    retrievalP95ms: 0.4 * chunks ** 0.2,
    hnswRecallAt10: 1,
    sourceHitAt10: 0.98,
    raw: [],
  };
}

describe("the ladder's fits", () => {
  const rungs = [1e3, 1e4, 1e5].map(rung);

  it("fits every measure with its model and recovers the growth", () => {
    const fits = fitRungs(rungs);
    expect(fits.ingestPeakRssMb?.model).toBe("linear");
    expect(fits.ingestPeakRssMb?.b).toBeCloseTo(0.008, 9);
    expect(fits.ingestCpuSeconds?.model).toBe("power");
    expect(fits.ingestCpuSeconds?.b).toBeCloseTo(1.1, 6);
    expect(predict(fits.queryP95ms as never, 1e6)).toBeCloseTo(0.7 * 1e6 ** 0.2, 3);
  });

  it("solves where 24 GB less 2 GB for the OS ends: serving, ingesting, and both at once", () => {
    const ends = machineEnds(fitRungs(rungs));
    const budget = MACHINE_MB - 2048;
    expect(ends.serveOnly as number).toBeCloseTo((budget - 150) / 0.004, 0);
    expect(ends.ingestOnly as number).toBeCloseTo((budget - 200) / 0.008, 0);
    expect(ends.serveAndReingest as number).toBeCloseTo((budget - 350) / 0.012, 0);
  });

  it("needs two sizes to fit, and says so by leaving the fit out", () => {
    expect(fitRungs([rung(1e4)])).toEqual({});
    expect(machineEnds({})).toEqual({ serveOnly: null, ingestOnly: null, serveAndReingest: null });
  });

  it("writes a table row per size, the fits and the machine's end", () => {
    const result = ladderResult(rungs, "topical", [1, 1, 1]);
    const md = ladderMarkdown(result);
    expect(md.split("\n").filter((l) => /^\| (1000|10000|100000) \|/.test(l))).toHaveLength(3);
    expect(md).toContain("| ingest peak RSS MB | 200 + 0.008·n (R² 1.000) |");
    expect(md).toContain(
      `serving while re-ingesting ${Math.round((MACHINE_MB - 2048 - 350) / 0.012 / 1000)}k chunks`,
    );
    const chart = ladderChart(result, 1e7);
    expect(chart.panels.map((p) => p.title)).toContain("Memory (MB)");
    expect(chart.panels.flatMap((p) => p.series).every((s) => s.points.length === 3)).toBe(true);
  });
});

describe("a size's figure over its runs", () => {
  it("is the middle run, or the mean of the two middle ones", () => {
    expect(middle([5, 1, 3])).toBe(3);
    expect(middle([40, 100])).toBe(70);
    expect(middle([4, 1, 3, 2])).toBe(2.5);
  });
});
