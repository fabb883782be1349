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
// A date or time between the label and its colon: "Update, March 4:", "Editor's note, Oct. 2:".
const DATED = String.raw`(?:,[^:\n]{0,25}?\d[^:\n]{0,12}?)?`;
const VERSION = "(?:an earlier|a previous|the original) version of this (?:article|story|report|post)";
const LABELS: [NoteKind, RegExp][] = [
  [
    "correction",
    new RegExp(`${OPEN}corrections?(?:\\s+appended)?\\b${DATED}[*_\\s]*(?:[:—–-]|\\(|\\d)`, "i"),
  ],
  ["clarification", new RegExp(`${OPEN}clarifications?\\b${DATED}[*_\\s]*(?:[:—–-]|\\()`, "i")],
  ["editors_note", new RegExp(`${OPEN}editor[’']?s[’']?\\s+note\\b${DATED}[*_\\s]*[:—–-]`, "i")],
  ["update", new RegExp(`${OPEN}updated?\\b${DATED}[*_\\s]*(?:[:—–-]|\\()`, "i")],
  // "Updated at 10:45 a.m. ET with …", "UPDATED 2:30 p.m.:", "Update 2: …" (not "Update 2.0 of the app").
  ["update", new RegExp(`${OPEN}(?:updated?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}\\b|update\\s+\\d{1,2}\\s*:)`, "i")],
  [
    "correction",
    new RegExp(
      // "Due to an editing error, an earlier version of this article …": the phrase near the start.
      `${OPEN}(?:[^.\\n]{0,40}?\\b)?${VERSION}|${OPEN}this (?:article|story|report|post) (?:has been|was) (?:corrected|amended)`,
      "i",
    ),
  ],
  ["update", new RegExp(`${OPEN}this (?:article|story|report|post) (?:has been|was) updated`, "i")],
];

/** A note is a sentence: a paragraph that does not end like one is a headline or a promo ("Update: Your guide …"). */
const ENDS_LIKE_A_SENTENCE = /[.!?)\]”"’*_]\s*$/;

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
    if (!ENDS_LIKE_A_SENTENCE.test(raw)) continue;
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
