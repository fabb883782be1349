/**
 * A small-multiples SVG chart of the ladder: one panel per measure, index size on a log x axis, measured
 * points as circles (with data-n / data-y and a tooltip) and each series' fitted curve, solid over the
 * measured range and dashed where it is extrapolated. Plain SVG 1.1 text, no library, no script.
 */
import { type Fit, type Point, predict } from "./fit";

export interface Series {
  label: string;
  color: string;
  points: Point[];
  fit?: Fit;
}

export interface Panel {
  title: string;
  yScale: "log" | "linear";
  series: Series[];
  /** A limit drawn across the panel, e.g. a machine's RAM. */
  limit?: { y: number; label: string };
}

export interface Chart {
  title: string;
  subtitle: string;
  panels: Panel[];
  /** The largest n the fitted curves are drawn to. */
  xMax: number;
}

const W = 340;
const H = 240;
const PAD = { left: 58, right: 14, top: 30, bottom: 36 };
const COLUMNS = 3;

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const num = (x: number) => Number(x.toFixed(1)).toString();

/** 1,000 → "1k", 1,000,000 → "1M", 0.5 → "0.5". */
export function shortNumber(x: number): string {
  const g = (v: number) => Number(v.toPrecision(3)).toString();
  if (Math.abs(x) >= 1e9) return `${g(x / 1e9)}G`;
  if (Math.abs(x) >= 1e6) return `${g(x / 1e6)}M`;
  if (Math.abs(x) >= 1e3) return `${g(x / 1e3)}k`;
  return g(x);
}

function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const t = m * 10 ** e;
      if (t >= lo && t <= hi) ticks.push(t);
    }
  }
  return ticks.length > 6 ? ticks.filter((t) => Math.log10(t) % 1 === 0) : ticks;
}

function linearTicks(lo: number, hi: number): number[] {
  const step = 10 ** Math.floor(Math.log10((hi - lo) / 4 || 1));
  const nice = [1, 2, 5, 10].map((m) => m * step).find((s) => (hi - lo) / s <= 5) ?? step * 10;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / nice) * nice; t <= hi + 1e-12; t += nice) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

function curve(f: Fit, from: number, to: number): Point[] {
  const steps = 48;
  return Array.from({ length: steps + 1 }, (_, i) => {
    const n = from * (to / from) ** (i / steps);
    return { n, y: predict(f, n) };
  });
}

function panelSvg(panel: Panel, xMin: number, xMax: number, ox: number, oy: number): string {
  const measured = panel.series.flatMap((s) => s.points);
  const curves = panel.series.map((s) => (s.fit ? curve(s.fit, xMin, xMax) : []));
  const usable = (v: number) => Number.isFinite(v) && (panel.yScale === "linear" || v > 0);
  const seen = measured.map((p) => p.y).filter(usable);
  if (panel.limit) seen.push(panel.limit.y);
  // Curves widen the range only so far: a wild extrapolation must not flatten the measured points.
  const [lo, hi] = [Math.min(...seen), Math.max(...seen)];
  const reach = panel.yScale === "log" ? [lo / 10, hi * 10] : [lo - (hi - lo || 1), hi + (hi - lo || 1)];
  const ys = [
    ...seen,
    ...curves
      .flat()
      .map((p) => p.y)
      .filter((v) => usable(v) && v >= (reach[0] as number) && v <= (reach[1] as number)),
  ];
  let yLo = Math.min(...ys);
  let yHi = Math.max(...ys);
  if (panel.yScale === "log") {
    yLo /= 1.3;
    yHi *= 1.3;
  } else {
    const span = yHi - yLo || Math.abs(yHi) || 1;
    yLo -= span * 0.1;
    yHi += span * 0.1;
  }
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (n: number) => ox + PAD.left + ((Math.log(n) - Math.log(xMin)) / Math.log(xMax / xMin)) * plotW;
  const y = (v: number) => {
    const t =
      panel.yScale === "log" ? (Math.log(v) - Math.log(yLo)) / Math.log(yHi / yLo) : (v - yLo) / (yHi - yLo);
    return oy + PAD.top + (1 - t) * plotH;
  };
  const inside = (p: Point) => usable(p.y);
  const clip = `clip-${Math.round(ox)}-${Math.round(oy)}`;
  const out: string[] = [
    `<g class="panel">`,
    `<clipPath id="${clip}"><rect x="${num(ox + PAD.left)}" y="${num(oy + PAD.top)}" width="${plotW}" height="${plotH}"/></clipPath>`,
  ];
  out.push(
    `<text x="${num(ox + PAD.left)}" y="${num(oy + 18)}" font-weight="bold">${esc(panel.title)}</text>`,
    `<rect x="${num(ox + PAD.left)}" y="${num(oy + PAD.top)}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`,
  );
  for (const t of logTicks(xMin, xMax))
    out.push(
      `<line x1="${num(x(t))}" y1="${num(oy + PAD.top)}" x2="${num(x(t))}" y2="${num(oy + PAD.top + plotH)}" stroke="#eee"/>`,
      `<text x="${num(x(t))}" y="${num(oy + PAD.top + plotH + 14)}" text-anchor="middle" font-size="10">${shortNumber(t)}</text>`,
    );
  out.push(
    `<text x="${num(ox + PAD.left + plotW / 2)}" y="${num(oy + H - 6)}" text-anchor="middle" font-size="10">chunks</text>`,
  );
  for (const t of panel.yScale === "log" ? logTicks(yLo, yHi) : linearTicks(yLo, yHi))
    out.push(
      `<line x1="${num(ox + PAD.left)}" y1="${num(y(t))}" x2="${num(ox + PAD.left + plotW)}" y2="${num(y(t))}" stroke="#eee"/>`,
      `<text x="${num(ox + PAD.left - 4)}" y="${num(y(t) + 3)}" text-anchor="end" font-size="10">${shortNumber(t)}</text>`,
    );
  if (panel.limit)
    out.push(
      `<line x1="${num(ox + PAD.left)}" y1="${num(y(panel.limit.y))}" x2="${num(ox + PAD.left + plotW)}" y2="${num(y(panel.limit.y))}" stroke="#c00" stroke-dasharray="2 3"/>`,
      `<text x="${num(ox + PAD.left + 4)}" y="${num(y(panel.limit.y) - 4)}" font-size="10" fill="#c00">${esc(panel.limit.label)}</text>`,
    );
  panel.series.forEach((s, i) => {
    const points = (curves[i] ?? []).filter(inside);
    const upTo = s.fit?.measuredUpTo ?? xMax;
    const path = (ps: Point[]) => ps.map((p, j) => `${j ? "L" : "M"}${num(x(p.n))},${num(y(p.y))}`).join(" ");
    const solid = points.filter((p) => p.n <= upTo * 1.0001);
    const dashed = points.filter((p) => p.n >= upTo * 0.9999 || p === solid.at(-1));
    if (solid.length > 1)
      out.push(
        `<path class="fit" clip-path="url(#${clip})" d="${path(solid)}" fill="none" stroke="${s.color}" stroke-width="1.5"/>`,
      );
    if (dashed.length > 1)
      out.push(
        `<path class="fit extrapolated" clip-path="url(#${clip})" d="${path(dashed)}" fill="none" stroke="${s.color}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
      );
    for (const p of s.points.filter(inside))
      out.push(
        `<circle class="point" cx="${num(x(p.n))}" cy="${num(y(p.y))}" r="3.5" fill="${s.color}" data-series="${esc(s.label)}" data-n="${p.n}" data-y="${p.y}"><title>${esc(`${s.label}: ${shortNumber(p.y)} at ${shortNumber(p.n)} chunks`)}</title></circle>`,
      );
    out.push(
      `<text x="${num(ox + PAD.left + plotW - 4)}" y="${num(oy + PAD.top + 12 + i * 12)}" text-anchor="end" font-size="10" fill="${s.color}" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(s.label)}</text>`,
    );
  });
  out.push("</g>");
  return out.join("\n");
}

/** Lines of at most `width` characters, broken after "; " where possible, else at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    const cut = rest.lastIndexOf("; ", width);
    const at = cut > 0 ? cut + 1 : rest.lastIndexOf(" ", width);
    if (at <= 0) break;
    lines.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  return [...lines, rest];
}

/** The chart as an SVG document. */
export function ladderSvg(chart: Chart): string {
  const ns = chart.panels.flatMap((p) => p.series.flatMap((s) => s.points.map((q) => q.n)));
  if (ns.length === 0) throw new Error("the chart has no points");
  if (ns.some((n) => !(n > 0) || !Number.isFinite(n)))
    throw new Error("every point needs a positive size (the x axis is logarithmic)");
  const xMin = Math.min(...ns) / 1.5;
  const xMax = Math.max(chart.xMax, ...ns) * 1.2;
  const rows = Math.ceil(chart.panels.length / COLUMNS);
  const width = W * COLUMNS;
  const subtitle = wrap(chart.subtitle, 170);
  const top = 40 + subtitle.length * 14;
  const height = top + rows * H;
  const panels = chart.panels.map((p, i) =>
    panelSvg(p, xMin, xMax, (i % COLUMNS) * W, top + Math.floor(i / COLUMNS) * H),
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="bold">${esc(chart.title)}</text>`,
    ...subtitle.map(
      (line, i) => `<text x="12" y="${40 + i * 14}" font-size="11" fill="#555">${esc(line)}</text>`,
    ),
    ...panels,
    "</svg>",
    "",
  ].join("\n");
}
