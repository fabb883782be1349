/**
 * Precision and recall of src/text/correction-notes.ts on eval/correction-notes.jsonl: each line is a
 * paragraph, where it stands (top or bottom of an eight-paragraph story) and its kind (null: not a note,
 * though it looks like one). A note counts as found when a note of that kind is found with exactly its text;
 * any note found in a story built around a non-note is a false one.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { correctionNotes, type NoteKind } from "../../src/text/correction-notes";

export interface NoteLabel {
  text: string;
  position: "top" | "bottom";
  kind: NoteKind | null;
}

export interface NoteScore {
  notes: number;
  others: number;
  found: number;
  falseNotes: string[];
  missed: string[];
  wrongKind: string[];
  precision: number;
  recall: number;
}

const BODY = [
  "The city council met on Tuesday evening to discuss the budget for the coming year.",
  "Councillors argued for three hours over the cost of repairing the old library.",
  "The finance chair said the city could not afford every project on the list.",
  "Residents who spoke at the meeting asked for the library to stay open on Sundays.",
  "A vote on the budget is expected next month, after a second public hearing.",
  "The council also approved a new contract for the collection of household waste.",
  "The contract runs for five years and includes the recycling of garden waste.",
  "The next meeting of the council is on the first Tuesday of next month.",
];

export function readNoteLabels(root: string): NoteLabel[] {
  return readFileSync(join(root, "eval/correction-notes.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as NoteLabel);
}

export function scoreCorrectionNotes(labels: NoteLabel[]): NoteScore {
  const score: NoteScore = {
    notes: 0,
    others: 0,
    found: 0,
    falseNotes: [],
    missed: [],
    wrongKind: [],
    precision: 1,
    recall: 0,
  };
  for (const label of labels) {
    const paragraphs = label.position === "top" ? [label.text, ...BODY] : [...BODY, label.text];
    const found = correctionNotes(paragraphs.join("\n\n"));
    if (label.kind === null) {
      score.others++;
      if (found.length > 0) score.falseNotes.push(label.text);
      continue;
    }
    score.notes++;
    const note = found.find((n) => n.text === label.text);
    if (!note) score.missed.push(label.text);
    else if (note.kind !== label.kind)
      score.wrongKind.push(`${label.text} (${note.kind}, labelled ${label.kind})`);
    else score.found++;
  }
  const predicted = score.found + score.wrongKind.length + score.falseNotes.length;
  score.precision = predicted ? (score.found + score.wrongKind.length) / predicted : 1;
  score.recall = score.notes ? (score.found + score.wrongKind.length) / score.notes : 0;
  return score;
}
