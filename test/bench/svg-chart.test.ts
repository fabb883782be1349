/** The part of linkedom's DOM used here (it ships ESM type declarations only; see html-to-text.ts). */
interface Node {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Node | null;
  querySelectorAll(selector: string): Iterable<Node>;
}
const { DOMParser } = require("linkedom") as {
  DOMParser: new () => { parseFromString(text: string, type: string): Node & { documentElement: Node } };
};

import { fitCurve } from "../../tools/bench/fit";
import { ladderSvg, shortNumber, wrap } from "../../tools/bench/svg-chart";

const memory = [
  { n: 1e4, y: 250 },
  { n: 1e5, y: 900 },
  { n: 3e5, y: 2400 },
];
const latency = [
  { n: 1e4, y: 2 },
  { n: 1e5, y: 7 },
  { n: 3e5, y: 11 },
];

function chart() {
  return ladderSvg({
    title: "cost <curve> & fits",
    subtitle: "test",
    xMax: 2e6,
    panels: [
      {
        title: "Memory (MB)",
        yScale: "log",
        series: [
          { label: "ingest peak RSS", color: "#123456", points: memory, fit: fitCurve(memory, "linear") },
        ],
        limit: { y: 22528, label: "24 GB" },
      },
      {
        title: "Latency",
        yScale: "log",
        series: [
          { label: 'p95 "quoted"', color: "#654321", points: latency, fit: fitCurve(latency, "power") },
        ],
      },
      {
        title: "Recall",
        yScale: "linear",
        series: [
          {
            label: "recall",
            color: "#000",
            points: [
              { n: 1e4, y: 1 },
              { n: 3e5, y: 0.98 },
            ],
          },
        ],
      },
    ],
  });
}

describe("ladderSvg", () => {
  it("writes an SVG document that parses, with every measured point and its value", () => {
    const doc = new DOMParser().parseFromString(chart(), "image/svg+xml");
    expect(doc.documentElement.tagName).toBe("svg");
    expect(doc.documentElement.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    const points = [...doc.querySelectorAll("circle.point")];
    expect(
      points.map((c) => [
        c.getAttribute("data-series"),
        Number(c.getAttribute("data-n")),
        Number(c.getAttribute("data-y")),
      ]),
    ).toEqual([
      ...memory.map((p) => ["ingest peak RSS", p.n, p.y]),
      ...latency.map((p) => ['p95 "quoted"', p.n, p.y]),
      ["recall", 1e4, 1],
      ["recall", 3e5, 0.98],
    ]);
    // Text is escaped, so it comes back as written.
    expect(doc.querySelector("text")?.textContent).toBe("cost <curve> & fits");
    expect(points[0]?.querySelector("title")?.textContent).toBe("ingest peak RSS: 250 at 10k chunks");
  });

  it("draws each fit solid over the measured sizes and dashed beyond them", () => {
    const doc = new DOMParser().parseFromString(chart(), "image/svg+xml");
    const fits = [...doc.querySelectorAll("path.fit")];
    expect(fits.filter((p) => !p.getAttribute("class")?.includes("extrapolated"))).toHaveLength(2);
    const dashed = fits.filter((p) => p.getAttribute("class")?.includes("extrapolated"));
    expect(dashed).toHaveLength(2);
    for (const p of dashed) expect(p.getAttribute("stroke-dasharray")).toBeTruthy();
    // Points sit inside the view box.
    const [width, height] = [
      Number(doc.documentElement.getAttribute("width")),
      Number(doc.documentElement.getAttribute("height")),
    ];
    for (const c of doc.querySelectorAll("circle.point")) {
      expect(Number(c.getAttribute("cx"))).toBeGreaterThan(0);
      expect(Number(c.getAttribute("cx"))).toBeLessThan(width);
      expect(Number(c.getAttribute("cy"))).toBeGreaterThan(0);
      expect(Number(c.getAttribute("cy"))).toBeLessThan(height);
    }
  });

  it("refuses a chart without points", () => {
    expect(() => ladderSvg({ title: "t", subtitle: "s", xMax: 10, panels: [] })).toThrow("no points");
    const zero = { label: "z", color: "#000", points: [{ n: 0, y: 1 }] };
    expect(() =>
      ladderSvg({
        title: "t",
        subtitle: "s",
        xMax: 10,
        panels: [{ title: "p", yScale: "log", series: [zero] }],
      }),
    ).toThrow("positive size");
  });

  it("writes sizes short", () => {
    expect([
      shortNumber(1000),
      shortNumber(1e6),
      shortNumber(250),
      shortNumber(0.5),
      shortNumber(2.5e9),
    ]).toEqual(["1k", "1M", "250", "0.5", "2.5G"]);
  });
});

describe("wrap", () => {
  it("breaks a long subtitle after '; ' and keeps every word", () => {
    const text = "measured: 3k, 10k, 30k chunks; 2 shared cores, load avg 19; dashed = extrapolated";
    const lines = wrap(text, 40);
    expect(lines).toEqual([
      "measured: 3k, 10k, 30k chunks;",
      "2 shared cores, load avg 19;",
      "dashed = extrapolated",
    ]);
    expect(wrap("short", 40)).toEqual(["short"]);
  });
});
