/**
 * "Internet Explorer 8", "Windows 11", "Apollo 13": a name with a number names one version, model or mission,
 * and a story about another ("Internet Explorer 6") does not answer a question about it. A story gives the
 * numbered name when it writes the name's last word with the number ("Explorer 8", "Explorer-8") or the
 * name's initials with it ("IE8", "IE 8"), or the number in Roman numerals ("Super Bowl LVII" for 57).
 */

import { NOT_NAMES } from "../question/question-entities";

/** Capitalised words then a number of one to three digits that is not a share, a time or a longer figure. */
const NUMBERED =
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}’'-]*\s+)*)(\p{Lu}[\p{L}]+)\s+(\d{1,3})(?![\d%]|[.,:–-]\d|\s*(?:%|percent|per cent))/gu;

/**
 * Capitalised words a number follows that do not make a name: the words that name nothing in a question
 * (question-entities.ts: "Did 3…", dates such as "March 8"), and besides them quantity words ("About 100…"),
 * month abbreviations, and words news also writes as an ordinal ("Season 3", "the third season").
 */
const NOT_NAMED = new Set([
  ...NOT_NAMES,
  ...(
    "over under nearly around almost only all last next first every each another other his her their its our " +
    "your my some more less than just roughly approximately top jan feb mar apr jun jul aug sep sept oct nov dec " +
    "season episode part phase stage step day week month year round level grade category class section article " +
    "game match leg heat lap volume issue number no page group zone gate terminal platform line row seat room " +
    "floor unit"
  ).split(" "),
]);

export interface NumberedName {
  /** The name's capitalised words, as written ("Internet", "Explorer"). */
  words: string[];
  number: string;
}

/** The numbered names of a question: "How many flaws does Internet Explorer 8 have?" → Internet Explorer 8. */
export function numberedNames(question: string): NumberedName[] {
  const found: NumberedName[] = [];
  for (const match of question.matchAll(NUMBERED)) {
    const last = match[2] as string;
    if (NOT_NAMED.has(last.toLowerCase())) continue;
    const before = (match[1] ?? "")
      .trim()
      .split(/\s+/)
      .filter((word) => word && !NOT_NAMED.has(word.toLowerCase()));
    found.push({ words: [...before, last], number: match[3] as string });
  }
  return found;
}

const ROMAN: [number, string][] = [
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

/** 57 → "lvii" (numbers up to 399). */
function roman(value: number): string {
  let out = "";
  let left = value;
  for (const [step, letters] of ROMAN)
    while (left >= step) {
      out += letters;
      left -= step;
    }
  return out;
}

/** The numbered names of `question` that none of `texts` gives, as "Internet Explorer 8". */
export function missingNumberedNames(question: string, texts: string[]): string[] {
  const names = numberedNames(question);
  if (names.length === 0) return [];
  return names
    .filter(({ words, number }) => {
      // Letters only (NUMBERED), so safe inside a regular expression as they are.
      const last = (words[words.length - 1] as string).toLowerCase();
      const initials = words.length > 1 ? words.map((word) => word[0]?.toLowerCase()).join("") : null;
      const forms = initials ? `${last}[\\s-]+|${initials}\\s?` : `${last}[\\s-]+`;
      const numerals = Number(number) > 0 ? `${number}|${roman(Number(number))}` : number;
      const given = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms})(?:${numerals})(?![\\p{L}\\p{N}])`, "iu");
      return !texts.some((text) => given.test(text));
    })
    .map(({ words, number }) => `${words.join(" ")} ${number}`);
}
