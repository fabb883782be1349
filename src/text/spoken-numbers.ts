/**
 * Numbers as speech-to-text writes them, in figures: a question dictated on a phone says "how many seats did the
 * pro beijing camp win in the twenty sixteen election" and "how many security holes did ie six have in march twenty
 * eleven". The archive writes years and most counts in figures, and the date window, the year checks and the count
 * checks read figures. Converted:
 * - a year said as two pairs: "twenty sixteen" → 2016, "nineteen ninety-nine" → 1999, "twenty oh nine" → 2009,
 *   "nineteen hundred" → 1900, "nineteen seventy something" → the 1970s; "two thousand and nine" → 2009 (a count
 *   read as the same number);
 * - a count of two or more number words: "fifty three" → 53, "eleven thousand" → 11000, "two hundred seventy
 *   seven" → 277, "fourteen million" → "14 million" (as the archive writes it).
 * One number word alone stays as written ("two", "twelve years", "the one who"): a story may write it so too.
 */

import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from "./number-words";

/** Scales a story writes after a figure ("14 million"), not in it. */
const WRITTEN_SCALES = new Set(["million", "billion", "trillion"]);

const words = (table: Readonly<Record<string, number>>) => Object.keys(table).join("|");
const UNIT = `(?:${words(UNIT_WORDS)})`;
const TEEN = `(?:${words(TEEN_WORDS)})`;
const TEN = `(?:${words(TENS_WORDS)})`;
const GAP = "[\\s-]+";

/** "twenty sixteen", "nineteen ninety-nine", "twenty oh nine", "nineteen hundred": a year in two pairs. */
const SPOKEN_YEAR = new RegExp(
  `\\b(nineteen|twenty)${GAP}(?:(oh)${GAP}(${UNIT})|(${TEEN})|(${TEN})(?:${GAP}(${UNIT}))?|(hundred))\\b(?!${GAP}(?:${UNIT}|${TEEN}|${TEN}|hundred|thousand)\\b)((?:${GAP}something|-?ish)\\b)?`,
  "gi",
);

/**
 * A run of number words ("two hundred and seventy seven", "eleven thousand"), with "and" only inside it. Not a
 * guess ("seventeen hundred something", "eleven thousand or so"): a story's "1709 schoolchildren" is not 1700.
 */
const NUMBER_WORD = `(?:${UNIT}|${TEEN}|${TEN}|hundred|thousand|million|billion|trillion)`;
const SPOKEN_COUNT = new RegExp(
  `\\b${NUMBER_WORD}(?:(?:${GAP}|\\s+and\\s+)${NUMBER_WORD})+\\b(?![\\s-]+(?:something|odd|or so)\\b|-?ish\\b)`,
  "gi",
);

/** A quick test before the patterns: does the text hold a word a spoken number needs? */
const ANY_NUMBER_WORD = /(?:teen|ty|hundred|thousand|illion|\bten|\beleven|\btwelve)\b/i;

/** The value of a run of number words, or null when it is not one number ("two three", "hundred five"). */
function numberOf(run: string[]): number | null {
  let total = 0;
  let group = 0;
  let last: "unit" | "teen" | "ten" | "hundred" | "scale" | null = null;
  for (const word of run) {
    if (word in UNIT_WORDS) {
      if (last === "unit" || last === "teen") return null;
      group += UNIT_WORDS[word] as number;
      last = "unit";
    } else if (word in TEEN_WORDS) {
      if (last === "unit" || last === "teen" || last === "ten") return null;
      group += TEEN_WORDS[word] as number;
      last = "teen";
    } else if (word in TENS_WORDS) {
      if (last === "unit" || last === "teen" || last === "ten") return null;
      group += TENS_WORDS[word] as number;
      last = "ten";
    } else if (word === "hundred") {
      if (group === 0 || group >= 100 || last === "hundred") return null;
      group *= 100;
      last = "hundred";
    } else {
      const scale = word === "thousand" ? 1e3 : word === "million" ? 1e6 : word === "billion" ? 1e9 : 1e12;
      if (group === 0 || last === "scale") return null;
      total += group * scale;
      group = 0;
      last = "scale";
    }
  }
  return total + group;
}

/** A run of number words in figures, or the run as written when it is not one number. */
function countInFigures(match: string): string {
  const run = match
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word !== "and");
  // "fourteen million": the figure, then the scale as the archive writes it.
  const scale = run[run.length - 1] as string;
  if (WRITTEN_SCALES.has(scale)) {
    const value = numberOf(run.slice(0, -1));
    return value === null ? match : `${value} ${scale}`;
  }
  const value = numberOf(run);
  return value === null ? match : String(value);
}

/** The text with its spoken years and counts of two or more number words in figures. */
export function withSpokenNumbers(text: string): string {
  if (!ANY_NUMBER_WORD.test(text)) return text;
  const years = text.replace(
    SPOKEN_YEAR,
    (
      _match,
      century: string,
      _oh,
      ohUnit?: string,
      teen?: string,
      ten?: string,
      unit?: string,
      _hundred?: string,
      vague?: string,
    ) => {
      const first = century.toLowerCase() === "nineteen" ? 19 : 20;
      const second = ohUnit
        ? (UNIT_WORDS[ohUnit.toLowerCase()] as number)
        : teen
          ? (TEEN_WORDS[teen.toLowerCase()] as number)
          : ten
            ? (TENS_WORDS[ten.toLowerCase()] as number) +
              (unit ? (UNIT_WORDS[unit.toLowerCase()] as number) : 0)
            : 0;
      const year = first * 100 + second;
      // "nineteen seventy something": a year of the 1970s, not 1970 (decades.ts reads "the 1970s").
      return vague && year % 10 === 0 ? `${year}s` : vague ? `${year}${vague}` : String(year);
    },
  );
  return years.replace(SPOKEN_COUNT, countInFigures);
}
