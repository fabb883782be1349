/**
 * Precision and recall of the speaker finder on a labelled set (eval/speakers.jsonl, the set the rules were
 * tuned on; eval/speakers-new.jsonl, written before the issue-16 tuning; eval/speakers-holdout.jsonl, written
 * after it and never tuned on, the honest figure): each line names a file (relative to the
 * repository), the first characters of a quotation in it, and who said it (null: no person, or not knowable).
 * A predicted speaker is right when it is the labelled one, or names part of it ("Mohib" for "Hamdullah Mohib").
 * precision = right / predicted (over labelled quotations); recall = right / labelled with a speaker.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeText } from "../../src/articles/normalize-text";
import type { Quotation } from "../../src/core/quotation-types";
import { findQuotations } from "../../src/quotations/find-speakers";

export interface SpeakerLabel {
  source: string;
  quote: string;
  speaker: string | null;
}

export interface SpeakerScore {
  labelled: number;
  withSpeaker: number;
  predicted: number;
  right: number;
  wrong: { quote: string; expected: string | null; got: string }[];
  /** Labelled with a speaker, found, but left without one. */
  missed: { quote: string; expected: string }[];
  notFound: string[];
  precision: number;
  recall: number;
}

/** The two labelled sets, relative to the repository. */
export const SPEAKER_SETS = {
  old: "eval/speakers.jsonl",
  new: "eval/speakers-new.jsonl",
  holdout: "eval/speakers-holdout.jsonl",
} as const;

export function readLabels(root: string, file: string = SPEAKER_SETS.old): SpeakerLabel[] {
  return readFileSync(join(root, file), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SpeakerLabel);
}

/** The article body as the ingest normalises it (front matter dropped). */
function bodyOf(path: string): string {
  const raw = readFileSync(path, "utf8");
  const body = raw.startsWith("---") ? raw.slice(raw.indexOf("\n---", 3) + 4) : raw;
  return normalizeText(body);
}

const tokens = (name: string) =>
  name
    .toLowerCase()
    .split(/[\s.]+/)
    .filter(Boolean);

export function sameSpeaker(got: string, expected: string): boolean {
  const g = tokens(got);
  const e = tokens(expected);
  return g.length > 0 && g.every((t) => e.includes(t)) && g[g.length - 1] === e[e.length - 1];
}

export function scoreSpeakers(root: string, labels = readLabels(root)): SpeakerScore {
  const found = new Map<string, Quotation[]>();
  const score: SpeakerScore = {
    labelled: labels.length,
    withSpeaker: 0,
    predicted: 0,
    right: 0,
    wrong: [],
    missed: [],
    notFound: [],
    precision: 1,
    recall: 0,
  };
  for (const label of labels) {
    let quotations = found.get(label.source);
    if (!quotations) {
      quotations = findQuotations(bodyOf(join(root, label.source)));
      found.set(label.source, quotations);
    }
    if (label.speaker) score.withSpeaker++;
    const quotation = quotations.find((q) => q.text.startsWith(label.quote));
    if (!quotation) {
      score.notFound.push(`${label.source}: ${label.quote}`);
      continue;
    }
    const got = quotation.speaker?.name;
    if (!got) {
      if (label.speaker) score.missed.push({ quote: label.quote, expected: label.speaker });
      continue;
    }
    score.predicted++;
    if (label.speaker && sameSpeaker(got, label.speaker)) score.right++;
    else score.wrong.push({ quote: label.quote, expected: label.speaker, got });
  }
  score.precision = score.predicted ? score.right / score.predicted : 1;
  score.recall = score.withSpeaker ? score.right / score.withSpeaker : 0;
  return score;
}
