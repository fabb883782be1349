import { splitLines } from "../../../src/adapters/chat/split-lines";

describe("splitLines", () => {
  it("keeps short text whole, without its trailing newline", () => {
    expect(splitLines("a\nb\n", 10)).toEqual(["a\nb"]);
  });

  it("cuts between lines, every part within the limit, nothing lost", () => {
    const lines = Array.from({ length: 300 }, (_, i) => `line ${i} ${"x".repeat(i % 40)}`);
    const parts = splitLines(lines.join("\n"), 500);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(500);
    expect(parts.join("\n")).toBe(lines.join("\n"));
  });

  it("cuts a line longer than the limit where it must", () => {
    expect(splitLines(`ab\n${"y".repeat(25)}`, 10)).toEqual(["ab", "yyyyyyyyyy", "yyyyyyyyyy", "yyyyy"]);
  });
});
