/**
 * Speaker attribution measured on both labelled sets: eval/speakers.jsonl (the rules were tuned on it) and
 * eval/speakers-new.jsonl (written before the issue-16 tuning), eval/speakers-holdout.jsonl (written after it,
 * never tuned on). Floors at the targets: precision ≥ 0.97,
 * recall ≥ 0.85.
 */
import { join } from "node:path";
import { readLabels, SPEAKER_SETS, scoreSpeakers } from "../../tools/eval/score-speakers";

const root = join(__dirname, "../..");
const MIN_SIZE = { old: 150, new: 40, holdout: 15 };

describe.each(Object.entries(SPEAKER_SETS))("quotation → speaker on the %s set", (name, file) => {
  const score = scoreSpeakers(root, readLabels(root, file));

  test("the set is big enough, and each labelled quotation is found as a quotation", () => {
    expect(score.labelled).toBeGreaterThanOrEqual(MIN_SIZE[name as keyof typeof SPEAKER_SETS]);
    expect(score.notFound).toEqual([]);
  });

  test("precision ≥ 0.97: no wrong attribution", () => {
    expect(score.wrong).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
  });

  test("recall ≥ 0.85", () => {
    expect(score.recall).toBeGreaterThanOrEqual(0.85);
  });
});
