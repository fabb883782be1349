/**
 * Correction and update notes: "Correction:", "Clarification:", "Update:", "Editor's note:", "An earlier
 * version of this article…". Newsrooms put them in a paragraph of their own at the top or the bottom of a
 * story, so only the first NOTE_PARAGRAPHS and last NOTE_PARAGRAPHS paragraphs are looked at; an "Update:"
 * in the middle of a live story is text, not a note.
 */

export type NoteKind = "correction" | "clarification" | "update" | "editors_note";

export interface CorrectionNote {
  kind: NoteKind;
  /** The note as written: a verbatim slice `text.slice(start, end)` of the article's normalised text. */
  text: string;
  start: number;
  end: number;
}

/** Paragraphs at each end of the article that may hold a note. */
export const NOTE_PARAGRAPHS = 3;

// Optional emphasis or a bracket before the label: "*Correction:*", "[Update: …]", "CORRECTION —".
const OPEN = String.raw`^[\s*_\[(]*`;
const LABELS: [NoteKind, RegExp][] = [
  ["correction", new RegExp(`${OPEN}corrections?\\b[*_\\s]*(?:[:—–-]|\\(|\\d)`, "i")],
  ["clarification", new RegExp(`${OPEN}clarifications?\\b[*_\\s]*(?:[:—–-]|\\()`, "i")],
  ["editors_note", new RegExp(`${OPEN}editor[’']?s[’']?\\s+note\\b[*_\\s]*[:—–-]`, "i")],
  ["update", new RegExp(`${OPEN}updated?\\b[*_\\s]*(?:[:—–-]|\\()`, "i")],
  [
    "correction",
    new RegExp(
      `${OPEN}(?:an earlier|a previous|the original) version of this (?:article|story|report|post)|${OPEN}this (?:article|story|report|post) (?:has been|was) (?:corrected|amended)`,
      "i",
    ),
  ],
  ["update", new RegExp(`${OPEN}this (?:article|story|report|post) (?:has been|was) updated`, "i")],
];

/** The notes of a text (normalised: paragraphs separated by a blank line), in text order. */
export function correctionNotes(text: string): CorrectionNote[] {
  const paragraphs: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) {
    paragraphs.push({ start: match.index, end: match.index + match[0].length });
  }
  const ends = new Set([
    ...paragraphs.slice(0, NOTE_PARAGRAPHS),
    ...paragraphs.slice(Math.max(NOTE_PARAGRAPHS, paragraphs.length - NOTE_PARAGRAPHS)),
  ]);
  const notes: CorrectionNote[] = [];
  for (const paragraph of paragraphs) {
    if (!ends.has(paragraph)) continue;
    const raw = text.slice(paragraph.start, paragraph.end);
    const kind = LABELS.find(([, pattern]) => pattern.test(raw))?.[0];
    if (!kind) continue;
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    notes.push({
      kind,
      text: body,
      start: paragraph.start + lead,
      end: paragraph.start + lead + body.length,
    });
  }
  return notes;
}

/** True when a question asks about corrections or updates themselves, so notes may be quoted. */
export function asksAboutCorrections(question: string): boolean {
  return /\b(?:correct(?:ed|ions?)|clarif(?:y|ied|ications?)|retract(?:ed|ions?)|editor[’']?s note|amended)\b/i.test(
    question,
  );
}
