/**
 * Decades as questions name them ("a band in the 90s", "the 1990s", "the nineties") and whether a text has a year
 * inside one: "The band I started in 1993" was started in the 90s.
 */

const DECADE_WORDS = [
  "twenties",
  "thirties",
  "forties",
  "fifties",
  "sixties",
  "seventies",
  "eighties",
  "nineties",
];

/** A year written with two digits ("'79", "the 90s"): the '30s to the '90s of the last century, else this one's. */
export const yearOfTwoDigits = (digits: number): number => (digits >= 30 ? 1900 : 2000) + digits;

/** The first year of the decade a word names ("90s" → 1990, "2010s" → 2010, "nineties" → 1990), or null. */
export function decadeOf(word: string): number | null {
  const lower = word.toLowerCase().replace(/^['’]/, "");
  const full = /^(1[89]|20)(\d)0s$/.exec(lower);
  if (full) return Number(`${full[1]}${full[2]}0`);
  const short = /^(\d)0s$/.exec(lower);
  if (short) return yearOfTwoDigits(10 * Number(short[1]));
  const named = DECADE_WORDS.indexOf(lower);
  return named >= 0 ? 1920 + 10 * named : null;
}

const YEAR = /(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}])/gu;

/** Whether `text` writes a year of the decade starting at `start` ("1993" for 1990). */
export function holdsYearOf(start: number, text: string): boolean {
  for (const [year] of text.matchAll(YEAR)) {
    const value = Number(year);
    if (value >= start && value < start + 10) return true;
  }
  return false;
}
