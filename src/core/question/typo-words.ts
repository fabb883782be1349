/**
 * Typos in a hurried chat question: "latest lnyx number pls", "goverment", "recieve". A lower-case word the
 * archive never writes, one keystroke away from a common English word it does write, is read as that word; the
 * reply says so. A correctly spelt English word the archive lacks ("dorn", "torn") is left alone, and so are
 * names typed with a capital: that absence is what tells a question the archive cannot answer
 * (answerability.ts). A lower-case word that is no English word may be a name the archive writes (`nameTypo`).
 */
import { isEnglishWord } from "../../text/part-of-speech";
import { passingTerm, STOPWORDS } from "../../text/tokenize";
import type { Retriever } from "../retriever";

/** What was typed and what it was read as. */
export interface ReadWord {
  typed: string;
  read: string;
}

/** Shorter words have too many neighbours one keystroke away ("teh", "fro"). */
const MIN_LETTERS = 4;
/**
 * A typed word with a word vector is a typo only when its neighbour is this many times more common in English
 * (Retriever.wordRank): "goverment" (rank 36,157) for "government" (63), "recieve" (153,865) for "receive"
 * (1,537); not "dorn" (40,444, a surname) for "corn" (4,416). 10, 20 and 100 gave the same results on the
 * reporter and typo sets (docs/performance.md).
 */
const COMMONER = 50;
/**
 * What a typo is read as is a common English word (Retriever.wordRank below this): "lynx" (24,176), not a
 * name or a typo the archive itself holds ("openal" for "openai", "discoved" for "discoverd"). 20,000 lost
 * "vulnerabilities", 400,000 read "openai" as "openal"; 100,000 gave the same results (docs/performance.md).
 */
const MAX_CANDIDATE_RANK = 50_000;
/**
 * The commonest reading is taken only when the next is at least this many times rarer: "strated" is "started"
 * (rank 511) rather than "stated" (2,169), while "estmate" stays as typed where the archive holds both "estate"
 * (1,731) and "estimate" (3,249).
 */
const AMBIGUOUS = 2;
/** At most this many words of one question are looked up: a message of made-up words must not cost much. */
const MAX_LOOKUPS = 4;

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** Keys next to each other on a QWERTY keyboard: a wrong letter is most often a neighbouring key. */
const NEAR_KEYS: Record<string, string> = {
  q: "wa",
  w: "qeasd",
  e: "wrsdf",
  r: "etdfg",
  t: "ryfgh",
  y: "tughj",
  u: "yihjk",
  i: "uojkl",
  o: "ipkl",
  p: "ol",
  a: "qwszx",
  s: "qweadzxc",
  d: "wersfxcv",
  f: "ertdgcvb",
  g: "rtyfhvbn",
  h: "tyugjbnm",
  j: "yuihknm",
  k: "uiojlm",
  l: "iopk",
  z: "asx",
  x: "zsdca",
  c: "xdfvs",
  v: "cfgbd",
  b: "vghnf",
  n: "bhjmg",
  m: "njkh",
};

/**
 * Every spelling one keystroke away: a letter left out, one too many, two swapped, a neighbouring key hit. The
 * first letter is kept (but may swap with the second): people seldom get it wrong, and "repping" is not a
 * typo of "prepping".
 */
export function oneKeystrokeAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    if (i === 0) continue;
    for (const letter of LETTERS) out.add(head + letter + tail);
    if (!tail) continue;
    out.add(head + tail.slice(1));
    for (const near of NEAR_KEYS[tail[0] as string] ?? "") out.add(head + near + tail.slice(1));
  }
  out.delete(word);
  return out;
}

/**
 * Whether `typed` is one keystroke from `word` as oneKeystrokeAway spells it (a member of that set), checked without
 * spelling every neighbour out: a story's sentences are read against a question's words (story-typos.ts), and the
 * set costs a few hundred strings a word.
 */
export function oneKeystrokeApart(typed: string, word: string): boolean {
  const [n, m] = [typed.length, word.length];
  if (typed === word || Math.abs(n - m) > 1) return false;
  const same = (from: number, to: number, at: number) =>
    typed.slice(at, at + to - from) === word.slice(from, to);
  if (n === m + 1) {
    // One letter too many, after the first.
    for (let i = 1; i <= m; i++)
      if (same(0, i, 0) && LETTERS.includes(typed[i] as string) && same(i, m, i + 1)) return true;
    return false;
  }
  if (n === m - 1) {
    // A letter left out, not the first.
    for (let i = 1; i < m; i++) if (same(0, i, 0) && same(i + 1, m, i)) return true;
    return false;
  }
  for (let i = 0; i < m - 1; i++)
    if (typed[i] === word[i + 1] && typed[i + 1] === word[i] && same(0, i, 0) && same(i + 2, m, i + 2))
      return true;
  for (let i = 1; i < m; i++)
    if (
      (NEAR_KEYS[word[i] as string] ?? "").includes(typed[i] as string) &&
      same(0, i, 0) &&
      same(i + 1, m, i + 1)
    )
      return true;
  return false;
}

/** A word as typed in lower case, letters only (also a story's word, for its own typos: story-typos.ts). */
export const LOWER_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}+(?![\p{L}\p{N}'’-])/gu;

/**
 * The question with its typos read as the archive's words, and which words were read so. Of several words one
 * keystroke away, the commonest in English is read ("strated": "started", not "stated"), unless another is
 * about as common (AMBIGUOUS). Words typed with a capital are left alone: a name the archive lacks is not a typo
 * of one it holds.
 */
export function withTyposRead(
  question: string,
  retriever: Pick<Retriever, "holdsTerm" | "wordRank" | "writtenForm">,
): { question: string; read: ReadWord[] } {
  const { holdsTerm, wordRank } = retriever;
  const read: ReadWord[] = [];
  if (!holdsTerm) return { question, read };
  const rank = (word: string) => (wordRank ? wordRank.call(retriever, word) : -1);
  let lookups = 0;
  const corrected = question.replace(LOWER_WORD, (word) => {
    if (word.length < MIN_LETTERS || STOPWORDS.has(word) || lookups >= MAX_LOOKUPS) return word;
    if (holdsTerm.call(retriever, passingTerm(word))) return word;
    // An English word the archive lacks is no typo, however much commoner a word a keystroke away is: "x-axis marker"
    // is not "market", "the intro" not "into", "fella" not "fell".
    if (isEnglishWord(word)) return word;
    lookups++;
    const typedRank = rank(word);
    /** Each index term a neighbour reads as, with its commonest word: "registered" and "register" are one. */
    const readings = new Map<string, { word: string; rank: number }>();
    for (const candidate of oneKeystrokeAway(word)) {
      if (candidate.length < MIN_LETTERS) continue;
      // The rank first: a lookup, where the archive's term needs the word stemmed (most spellings are no word).
      const candidateRank = rank(candidate);
      if (candidateRank < 0 || candidateRank >= MAX_CANDIDATE_RANK) continue;
      if (typedRank >= 0 && typedRank < COMMONER * candidateRank) continue;
      // A stopword ("year") is not searched, so the archive need not hold it, but it is read all the same.
      const term = passingTerm(candidate);
      if (!STOPWORDS.has(candidate) && !holdsTerm.call(retriever, term)) continue;
      const known = readings.get(term);
      if (!known || candidateRank < known.rank) readings.set(term, { word: candidate, rank: candidateRank });
    }
    const [best, next] = [...readings.values()].sort((a, b) => a.rank - b.rank);
    // No English word: a name the archive writes ("sarviss" for Sarvis), unless what was typed is English itself.
    const name =
      best || (typedRank >= 0 && typedRank < MAX_CANDIDATE_RANK) ? null : nameTypo(word, retriever);
    if (name) {
      read.push({ typed: word, read: name });
      return name;
    }
    // Two readings about as common ("estmate": "estate" 1,731, "estimate" 3,249) leave the word as typed.
    if (!best || (next && next.rank < AMBIGUOUS * best.rank)) return word;
    read.push({ typed: word, read: best.word });
    return best.word;
  });
  // "NEMESIS" for the archive's "NEMISIS": a long acronym a letter from exactly one the archive writes.
  const acronyms = corrected.replace(UPPER_WORD, (word) => {
    if (word.length < NAME_TYPO_LETTERS) return word;
    const name = lookups < MAX_LOOKUPS ? acronymTypo(word, retriever) : null;
    lookups++;
    if (!name) return word;
    read.push({ typed: word, read: name });
    return name;
  });
  return { question: acronyms, read };
}

/** A word typed in capitals throughout ("NEMESIS"); read when it has NAME_TYPO_LETTERS letters or more. */
const UPPER_WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}+(?![\p{L}\p{N}'’-])/gu;

/**
 * The acronym the archive writes one keystroke or one letter from `word`, when `word` is none it writes and exactly
 * one such acronym is (the story's "NEMISIS" database, asked as "NEMESIS"); else null.
 */
function acronymTypo(word: string, retriever: Pick<Retriever, "holdsTerm" | "writtenForm">): string | null {
  const lower = word.toLowerCase();
  if (lower.length < NAME_TYPO_LETTERS || retriever.holdsTerm?.(passingTerm(lower)) !== false) return null;
  // Any letter for any other too: a vowel misremembered ("e" for "i") is no neighbouring key.
  const swapped = [...lower].flatMap((_, at) =>
    [...LETTERS].map((letter) => lower.slice(0, at) + letter + lower.slice(at + 1)),
  );
  const candidates = new Set([...oneKeystrokeAway(lower), ...swapped]);
  candidates.delete(lower);
  return onlyWrittenName(candidates, retriever, (candidate, written) =>
    written === candidate.toUpperCase() ? written : null,
  );
}

/**
 * Of `candidates` (lower case, NAME_TYPO_LETTERS letters or more), the one the archive writes as `accept` wants it
 * (as a name, as an acronym), as `accept` gives it back; null when none or more than one is.
 */
function onlyWrittenName(
  candidates: Iterable<string>,
  retriever: Pick<Retriever, "holdsTerm" | "writtenForm">,
  accept: (candidate: string, written: string) => string | null,
): string | null {
  const { holdsTerm, writtenForm } = retriever;
  if (!holdsTerm || !writtenForm) return null;
  const names = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.length < NAME_TYPO_LETTERS || !holdsTerm.call(retriever, passingTerm(candidate))) continue;
    const written = writtenForm.call(retriever, candidate);
    const name = written ? accept(candidate, written) : null;
    if (name) names.add(name);
  }
  return names.size === 1 ? ([...names][0] as string) : null;
}

/**
 * The shortest name read as a possible typo: a short one is a keystroke from too many words ("Mina" from "mine",
 * "mind"; "Wong" from "wrong"). Here and for a name the whole archive lacks (unknown-names.ts).
 */
export const NAME_TYPO_LETTERS = 6;

/**
 * "which past virginia gov does robert sarviss look up to most": a lower-case word of NAME_TYPO_LETTERS or more, one
 * keystroke from exactly one word the archive writes as a name (capitalised inside its sentences), is that name.
 * Two such names leave it as typed. Measured on the reporter sets, realtimeqa-dev and rtqa-archive-2023
 * (docs/performance.md, thirty-seventh round): 1 more fact quoted, none lost, no near miss answered; no
 * realtimeqa-dev or rtqa-archive-2023 reply changed. Read for English words too, it told askers it read
 * "exports" as "esports" and "albanian" as "albania" (the archive writes "eSports", "Albania"), and gained a fact
 * only through the archive's own misspelling ("brazilian" as "Brazillian").
 */
function nameTypo(word: string, retriever: Pick<Retriever, "holdsTerm" | "writtenForm">): string | null {
  if (word.length < NAME_TYPO_LETTERS) return null;
  return onlyWrittenName(oneKeystrokeAway(word), retriever, (candidate, written) =>
    /^\p{Lu}/u.test(written) ? candidate : null,
  );
}
