import { CHUNKING, chunkText } from "../../../src/index/build/chunk-text";

const paragraph = (i: number) =>
  `Paragraph ${i} reports that the council met on a Tuesday. It discussed roads, parks and the library budget in detail. ` +
  `Residents asked questions about item ${i}, and the chair promised written answers within a fortnight.`;

describe("chunkText", () => {
  it("keeps exact character offsets for every chunk", async () => {
    const text = Array.from({ length: 20 }, (_, i) => paragraph(i)).join("\n\n");
    const chunks = await chunkText(text);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text);
      expect(chunk.text.length).toBeLessThanOrEqual(CHUNKING.size);
    }
    expect(chunks[0]?.start).toBe(0);
    expect(chunks.at(-1)?.end).toBe(text.length);
  });

  it("finds repeated paragraphs at their own places, in order", async () => {
    const repeated = "Same words again and again in this paragraph. ".repeat(12).trim();
    const text = [repeated, repeated, repeated].join("\n\n");
    const chunks = await chunkText(text);
    for (let i = 1; i < chunks.length; i++) {
      expect(chunks[i]!.start).toBeGreaterThan(chunks[i - 1]!.start);
    }
  });

  it("splits one long unbroken paragraph too", async () => {
    const text = "word ".repeat(800).trim();
    const chunks = await chunkText(text);
    expect(chunks.length).toBeGreaterThan(4);
    for (const chunk of chunks) expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text);
  });
});
