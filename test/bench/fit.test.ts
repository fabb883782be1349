import { describeFit, fitCurve, predict, solveFor } from "../../tools/bench/fit";

describe("fitCurve", () => {
  it("recovers a power law from points on it, and solves it back", () => {
    const points = [1e4, 3e4, 1e5, 3e5].map((n) => ({ n, y: 0.002 * n ** 1.1 }));
    const f = fitCurve(points, "power");
    expect(f.a).toBeCloseTo(0.002, 6);
    expect(f.b).toBeCloseTo(1.1, 6);
    expect(f.r2).toBeCloseTo(1, 9);
    expect(f.measuredUpTo).toBe(3e5);
    expect(predict(f, 1e6)).toBeCloseTo(0.002 * 1e6 ** 1.1, 3);
    expect(solveFor(f, predict(f, 2e6)) as number).toBeCloseTo(2e6, 0);
  });

  it("recovers a fixed part and a cost per chunk from a line", () => {
    const f = fitCurve(
      [1e4, 1e5, 3e5].map((n) => ({ n, y: 180 + 0.0075 * n })),
      "linear",
    );
    expect(f.a).toBeCloseTo(180, 6);
    expect(f.b).toBeCloseTo(0.0075, 9);
    expect(solveFor(f, 180 + 0.0075 * 2e6) as number).toBeCloseTo(2e6, 0);
    expect(describeFit(f)).toBe("180 + 0.0075·n (R² 1.000)");
  });

  it("is a least-squares fit: noisy points give R² below 1 and the trend", () => {
    const f = fitCurve(
      [
        { n: 1, y: 2.1 },
        { n: 2, y: 3.9 },
        { n: 3, y: 6.2 },
        { n: 4, y: 7.8 },
      ],
      "linear",
    );
    // Normal equations by hand: slope 9.7 / 5 = 1.94, intercept 5 − 1.94·2.5 = 0.15.
    expect(f.b).toBeCloseTo(1.94, 9);
    expect(f.a).toBeCloseTo(0.15, 9);
    expect(f.r2).toBeGreaterThan(0.99);
    expect(f.r2).toBeLessThan(1);
  });

  it("never reaches a value on a flat or falling curve", () => {
    expect(
      solveFor(
        fitCurve(
          [
            { n: 1, y: 5 },
            { n: 10, y: 4 },
          ],
          "linear",
        ),
        100,
      ),
    ).toBeNull();
    expect(
      solveFor(
        fitCurve(
          [
            { n: 1, y: 1 },
            { n: 10, y: 0.5 },
          ],
          "power",
        ),
        100,
      ),
    ).toBeNull();
  });

  it("refuses what it cannot fit, with a clear error", () => {
    expect(() => fitCurve([{ n: 1, y: 1 }], "linear")).toThrow("at least two points");
    expect(() =>
      fitCurve(
        [
          { n: 5, y: 1 },
          { n: 5, y: 2 },
        ],
        "linear",
      ),
    ).toThrow("two different sizes");
    expect(() =>
      fitCurve(
        [
          { n: 1, y: 0 },
          { n: 2, y: 1 },
        ],
        "power",
      ),
    ).toThrow("positive values");
  });
});
