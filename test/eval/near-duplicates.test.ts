/**
 * Near-duplicate detection on the labelled synthetic set made from the committed real articles (Wikinews
 * fixtures and the shipped article; tools/eval/near-dup-set.ts). Floors at the measured level
 * (docs/performance.md): precision 1.0 and recall 1.0 on 29 stories, 171 documents.
 */
import { containment, shingleHashes } from "../../src/ingest/near-duplicates";
import { fixtureBases } from "../../tools/eval/dedupe-eval";
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

  it("measures containment, so a copy trimmed to its first half still matches", () => {
    const text = fixtureBases()[0]?.text ?? "";
    const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
    const half = paragraphs.slice(0, Math.ceil(paragraphs.length / 2)).join("\n\n");
    expect(containment(shingleHashes(text), shingleHashes(half))).toBeGreaterThan(0.95);
    const other = fixtureBases()[1]?.text ?? "";
    expect(containment(shingleHashes(text), shingleHashes(other))).toBeLessThan(0.05);
  });
});
