/**
 * Near-duplicate detection on the labelled synthetic set made from the committed real articles (Wikinews
 * fixtures and the shipped article; tools/eval/near-dup-set.ts). Floors at the measured level
 * (docs/performance.md): precision 1.0 and recall 1.0 on 29 stories, 171 documents.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { clusterArticles, containment, shingleHashes } from "../../src/index/build/near-duplicates";
import { fixtureBases, labelLines } from "../../tools/eval/dedupe-eval";
import { makeNearDupSet, scoreNearDup } from "../../tools/eval/near-dup-set";

describe("near-duplicate detection", () => {
  it("finds every copy and merges no two stories on the fixtures set", () => {
    const docs = makeNearDupSet(fixtureBases());
    expect(docs.filter((d) => d.kind === "original")).toHaveLength(29);
    const score = scoreNearDup(docs);
    expect(score.precision).toBeGreaterThanOrEqual(1);
    expect(score.recall).toBeGreaterThanOrEqual(1);
    expect(score.followUpsMerged).toBe(0);
    expect(score.truePairs).toBe(290);
  });

  it("is the labelled set committed in eval/near-duplicates.jsonl", () => {
    const committed = readFileSync(join(__dirname, "..", "..", "eval", "near-duplicates.jsonl"), "utf8");
    expect(labelLines(makeNearDupSet(fixtureBases()))).toBe(committed);
  });

  it("measures containment, so a copy trimmed to its first half still matches", () => {
    const text = fixtureBases()[0]?.text ?? "";
    const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
    const half = paragraphs.slice(0, Math.ceil(paragraphs.length / 2)).join("\n\n");
    expect(containment(shingleHashes(text), shingleHashes(half))).toBeGreaterThan(0.95);
    const other = fixtureBases()[1]?.text ?? "";
    expect(containment(shingleHashes(text), shingleHashes(other))).toBeLessThan(0.05);
  });

  it("gives the same clusters from cached samples, and re-reads a text whose hash changed", () => {
    const docs = makeNearDupSet(fixtureBases().slice(0, 6)).map((d) => ({ ...d, key: `${d.id} v1` }));
    const cache = new Map<string, Uint32Array>();
    const first = clusterArticles(docs, undefined, cache);
    expect(cache.size).toBe(docs.length);
    expect(clusterArticles(docs, undefined, cache)).toEqual(first);
    // The trimmed copy is rewritten into another story: under a new hash it leaves its cluster.
    const changed = docs.map((d) =>
      d.kind === "trimmed" && d.story === docs[0]?.story
        ? { ...d, text: fixtureBases()[2]?.text ?? "", key: `${d.id} v2` }
        : d,
    );
    const again = clusterArticles(changed, undefined, cache);
    const trimmed = changed.find((d) => d.kind === "trimmed") as (typeof changed)[number];
    expect(again.get(trimmed.id)).not.toBe(first.get(trimmed.id));
    expect(cache.has(`${trimmed.id} v1`)).toBe(false);
  });

  it("clusters empty and very short texts as stories of their own", () => {
    const clusters = clusterArticles([
      { id: "a", text: "", published: null },
      { id: "b", text: "Brief.", published: "2024-01-01" },
      { id: "c", text: "Brief.", published: "2024-01-02" },
    ]);
    expect(clusters.get("a")).toBe("a");
    expect(clusters.get("c")).toBe("c");
  });
});
