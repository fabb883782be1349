/**
 * Least-squares fits of how a measure grows with the index size n: a power law y = a·n^b (a straight line
 * on log-log axes) or a line y = a + b·n (a fixed part plus a cost per chunk), with R² in the fitted space.
 */

export interface Point {
  n: number;
  y: number;
}

export type FitModel = "power" | "linear";

export interface Fit {
  model: FitModel;
  a: number;
  b: number;
  /** Coefficient of determination in the space the fit was made in (log-log for a power law). */
  r2: number;
  /** Range of n the fit was made on; beyond it, values are extrapolated. */
  measuredUpTo: number;
}

function leastSquares(xs: number[], ys: number[]): { intercept: number; slope: number; r2: number } {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) throw new Error("a fit needs at least two different sizes");
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const residual = ys.reduce((s, y, i) => s + (y - (intercept + slope * (xs[i] as number))) ** 2, 0);
  return { intercept, slope, r2: syy === 0 ? 1 : 1 - residual / syy };
}

/** Fits `points` with `model`; a power law needs positive n and y. */
export function fitCurve(points: Point[], model: FitModel): Fit {
  if (points.length < 2) throw new Error("a fit needs at least two points");
  const measuredUpTo = Math.max(...points.map((p) => p.n));
  if (model === "linear") {
    const { intercept, slope, r2 } = leastSquares(
      points.map((p) => p.n),
      points.map((p) => p.y),
    );
    return { model, a: intercept, b: slope, r2, measuredUpTo };
  }
  if (points.some((p) => p.n <= 0 || p.y <= 0)) throw new Error("a power-law fit needs positive values");
  const { intercept, slope, r2 } = leastSquares(
    points.map((p) => Math.log(p.n)),
    points.map((p) => Math.log(p.y)),
  );
  return { model, a: Math.exp(intercept), b: slope, r2, measuredUpTo };
}

/** The fitted value at `n`. */
export function predict(f: Fit, n: number): number {
  return f.model === "linear" ? f.a + f.b * n : f.a * n ** f.b;
}

/** The n at which the fit reaches `y` (null when it never does: a flat or falling curve). */
export function solveFor(f: Fit, y: number): number | null {
  if (f.model === "linear") return f.b > 0 ? (y - f.a) / f.b : null;
  return f.b > 0 && f.a > 0 ? (y / f.a) ** (1 / f.b) : null;
}

/** The fit in words, e.g. "0.0021·n^1.08 (R² 0.999)" or "210 + 0.0071·n (R² 0.998)". */
export function describeFit(f: Fit): string {
  const g = (x: number) => Number(x.toPrecision(3)).toString();
  const formula = f.model === "linear" ? `${g(f.a)} + ${g(f.b)}·n` : `${g(f.a)}·n^${f.b.toFixed(2)}`;
  return `${formula} (R² ${f.r2.toFixed(3)})`;
}
