/**
 * Sentence boundaries that know news abbreviations. Intl.Segmenter (ICU) finds the boundaries; it ends a
 * sentence after "U.S. Secretary", "ASEAN-U.S. Special Summit", "Mr. Smith" or "No. 10", so a segment
 * ending in an abbreviation is joined to the next one. (wink-nlp's sentence splitter needs its English model,
 * wink-eng-lite-web-model, which is not installed; this is the small replacement.)
 */

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Abbreviations that stand before a name or a word, never at a sentence's end in news copy. */
const TITLES = new Set(
  (
    "Mr Mrs Ms Mx Dr Prof Sr Jr St Mt Ft Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Gov Sen Rep Rev Fr Hon " +
    "Pres Supt Insp Det Amb Atty Messrs Mme Mmes vs v approx est Fig Ave Blvd Rd Inc Corp Co Ltd Bros Dept " +
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
  ).split(" "),
);
/** Abbreviations that only stand before a number ("No. 10", "Vol. 3"); "No." alone is a sentence. */
const BEFORE_NUMBER = new Set(["No", "Nos", "Vol", "Vols", "Art", "Ch", "pp", "p"]);
/**
 * Words that open a new sentence rather than continue a name: "… in Washington D.C. The six-member …" and
 * "… to the U.S. The President …" end a sentence at the initialism; "U.S. Senator" does not.
 */
const SENTENCE_OPENER =
  /^\s*[“"‘']?(?:The|A|An|He|She|It|They|We|I|You|This|That|These|Those|There|In|On|At|But|And|However|His|Her|Their|Its|Image|Photo)\b/;

/**
 * The last word of a segment, when it is an abbreviation: an initialism ("U.S.", "D.C.", "ASEAN-U.S.", "e.g."),
 * an initial ("J." of "J. Smith"), or a listed abbreviation. Hyphens and slashes separate words here, so
 * "ASEAN-U.S." ends in "U.S.".
 */
const LAST_WORD = /(?:^|[\s(“"‘'\-/–—])([A-Za-z][A-Za-z.]*\.)\s*$/;

function endsInAbbreviation(segment: string, next: string): boolean {
  const word = LAST_WORD.exec(segment)?.[1];
  if (!word) return false;
  if (/^(?:[A-Za-z]\.){2,}$/.test(word)) return !SENTENCE_OPENER.test(next); // U.S., D.C., e.g., a.m.
  if (/^[A-Z]\.$/.test(word)) return true; // an initial: J. Smith, U. S. Secretary
  const bare = word.slice(0, -1);
  if (TITLES.has(bare)) return true;
  return BEFORE_NUMBER.has(bare) && /^\s*\d/.test(next);
}

/** A sentence's closing mark: ICU breaks a sentence only after one of these, or at a paragraph separator. */
const TERMINATOR = "[.!?…\\u2024\\uFE52\\uFF0E\\p{Sentence_Terminal}]";
const ANY_TERMINATOR = new RegExp(TERMINATOR, "u");
const IS_TERMINATOR = new RegExp(`^${TERMINATOR}$`, "u");
/** The same for text without letters outside ASCII: a plain character class, several times faster. */
const ANY_ASCII_TERMINATOR = /[.!?]/;
const NOT_ASCII = /[^ -~\t\n]/;
/** Quotes and brackets that close a sentence after its mark. */
const CLOSE_MARKS = new Set([..."\"'”’)]»›"]);
/** A line break within a line (ICU's ParaSep, besides "\n"). */
const OTHER_SEPARATOR = /[\r\u0085\u2028\u2029]/;
const isSpace = (c: string) => c === " " || c === "\n" || c === "\t" || (c > "\x7f" && /\s/.test(c));
const isTerminator = (c: string) =>
  c === "." || c === "!" || c === "?" || (c > "\x7f" && IS_TERMINATOR.test(c));

/**
 * A line that is one sentence for ICU: no closing mark or separator before its last run of closing marks (and the
 * quotes, brackets and spaces after that run). Most news paragraphs of one sentence, headings and captions are:
 * 75 % of the lines of rtqa-archive-2023 and realtimeqa-dev, none split otherwise by ICU. Splitting them is
 * skipped (docs/performance.md); quote-hygiene.test.ts holds this to ICU's split.
 */
export function isOneSentence(line: string): boolean {
  if (OTHER_SEPARATOR.test(line)) return false;
  let end = line.length;
  while (end > 0 && isSpace(line[end - 1] as string)) end--;
  while (end > 0 && CLOSE_MARKS.has(line[end - 1] as string)) end--;
  while (end > 0 && isTerminator(line[end - 1] as string)) end--;
  const head = line.slice(0, end);
  return NOT_ASCII.test(head) ? !ANY_TERMINATOR.test(head) : !ANY_ASCII_TERMINATOR.test(head);
}

/**
 * Sentences of `text` as [start, end) offsets covering it end to end (each segment keeps its trailing
 * spaces). A segment ending in an abbreviation is joined to the next, unless a line break lies between them.
 */
export function sentenceBounds(text: string): [number, number][] {
  const bounds: [number, number][] = [];
  // Line by line: no sentence runs across a line break, and ICU's segmenter slows down more than linearly
  // on long inputs (a 100k-character page took seconds in one piece).
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const line = text.slice(lineStart, lineEnd);
    if (isOneSentence(line)) {
      bounds.push([lineStart, lineEnd]);
      lineStart = lineEnd;
      continue;
    }
    let first = true;
    for (const part of segmenter.segment(line)) {
      const start = lineStart + part.index;
      const end = start + part.segment.length;
      const last = bounds[bounds.length - 1];
      // Only the end of the previous segment matters (its last word), so only that much is looked at.
      const previous = last && !first ? text.slice(Math.max(last[0], last[1] - 80), last[1]) : "";
      if (last && !first && endsInAbbreviation(previous, part.segment)) last[1] = end;
      else bounds.push([start, end]);
      first = false;
    }
    lineStart = lineEnd;
  }
  return bounds;
}

/** The start of the sentence holding offset `at` (or `at` itself when it starts one). */
export function sentenceStartAt(bounds: [number, number][], at: number): number {
  for (const [start, end] of bounds) if (at >= start && at < end) return start;
  return at;
}

/**
 * The `i`-th sentence of `text` (bounds from sentenceBounds) with the last sentence before it that is not a
 * blank line (sentenceBounds gives each blank line its own bounds): at a paragraph's start, the paragraph
 * before's last sentence, which often names who or what the sentence is about ("A sensitive Environment Canada
 * document was found …" before "The 131-page document …").
 */
export function withSentenceBefore(text: string, bounds: [number, number][], i: number): string {
  const [from, to] = bounds[i] as [number, number];
  let j = i - 1;
  while (j >= 0 && text.slice(...(bounds[j] as [number, number])).trim() === "") j--;
  return text.slice(j >= 0 ? (bounds[j] as [number, number])[0] : from, to);
}
