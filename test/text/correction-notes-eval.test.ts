/** Correction-note recognition on the labelled set (eval/correction-notes.jsonl); floors at the measured level. */
import { join } from "node:path";
import { readNoteLabels, scoreCorrectionNotes } from "../../tools/eval/score-correction-notes";

const score = scoreCorrectionNotes(readNoteLabels(join(__dirname, "../..")));

test("the set has at least 30 notes and 30 look-alikes", () => {
  expect(score.notes).toBeGreaterThanOrEqual(30);
  expect(score.others).toBeGreaterThanOrEqual(30);
});

test("no look-alike is taken for a note, every note is found with its kind (measured: 100 % / 100 %)", () => {
  expect(score.falseNotes).toEqual([]);
  expect(score.missed).toEqual([]);
  expect(score.wrongKind).toEqual([]);
});
