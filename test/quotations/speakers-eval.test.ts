/** Speaker attribution measured on the labelled set (eval/speakers.jsonl); floors at the measured level. */
import { join } from "node:path";
import { scoreSpeakers } from "../../tools/eval/score-speakers";

describe("quotation → speaker on eval/speakers.jsonl", () => {
  const score = scoreSpeakers(join(__dirname, "../.."));

  test("the set has at least 150 labelled quotations, each found as a quotation", () => {
    expect(score.labelled).toBeGreaterThanOrEqual(150);
    expect(score.notFound).toEqual([]);
  });

  test("precision stays at the measured level (target 0.97): no wrong attribution", () => {
    expect(score.wrong).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
  });

  test("recall stays at the measured level (75.5 %; target 0.85, not met)", () => {
    expect(score.recall).toBeGreaterThanOrEqual(0.75);
  });
});
