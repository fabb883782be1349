import { decodeSamples, encodeSamples } from "../../../src/index/store/samples-file";
import type { StoredArticle } from "../../../src/index/store/snapshot-types";

const article = (id: string, hash: string) =>
  ({ meta: { id }, hash, text: "", labels: [] }) as unknown as StoredArticle;
const held = new Map([
  ["a", article("a", "h1")],
  ["b", article("b", "h2")],
]);

describe("near-duplicate-samples.bin", () => {
  test("round-trips the samples of the articles the version holds, and drops the others", () => {
    const samples = new Map([
      ["h1", new Uint32Array([1, 2, 0xffffffff])],
      ["h2", new Uint32Array([])],
      ["gone", new Uint32Array([7])],
    ]);
    const back = decodeSamples(encodeSamples(samples), held);
    expect([...back.keys()].sort()).toEqual(["h1", "h2"]);
    expect([...(back.get("h1") as Uint32Array)]).toEqual([1, 2, 0xffffffff]);
    expect(back.get("h2")?.length).toBe(0);
  });

  test("a truncated, padded or foreign file is an error naming the problem", () => {
    const bytes = encodeSamples(new Map([["h1", new Uint32Array([1, 2, 3])]]));
    expect(() => decodeSamples(bytes.subarray(0, bytes.length - 2), held)).toThrow(/ends inside entry 0/);
    expect(() => decodeSamples(Buffer.concat([bytes, Buffer.from([0])]), held)).toThrow(/1 bytes after/);
    expect(() => decodeSamples(Buffer.from("{}"), held)).toThrow(/does not start with NDS1/);
  });
});
