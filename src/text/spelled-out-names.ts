/**
 * Where texts spell out an acronym they never write: "Cambodia Center for Human Rights" for CCHR. A reader
 * asks "who runs CCHR?" about a story that only ever gives the name in full.
 */
import { findExpansion, JOINERS, MIN_INITIALS, syllablesOf } from "./acronyms";

/**
 * The most frequent run of capitalised words in `texts` whose initials are the acronym's letters, in order,
 * with joiners ("for", "of", "and"…) allowed between them (findExpansion's rule), or null when none is.
 * Ties go to the run met first. Acronyms under MIN_INITIALS letters are not looked for: two letters match too
 * many runs by chance.
 */
export function mostFrequentSpelling(acronym: string, texts: Iterable<string>): string | null {
  // An abbreviation of syllables ("LegCo") by its parts, each a word's start: two parts of two letters or more
  // are as rare by chance as three initials.
  const syllables = syllablesOf(acronym);
  const letters = syllables ?? [...acronym].filter((c) => /\p{Lu}/u.test(c));
  if (!syllables && (letters.length < MIN_INITIALS || letters.length !== acronym.length)) return null;
  const run = runPattern(letters);
  const counts = new Map<string, number>();
  for (const text of texts) {
    if (!text.includes(letters[0] as string)) continue;
    for (const match of text.matchAll(run)) {
      const name = match[0].replace(/['’]s?$/u, "");
      if (findExpansion(acronym, name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let most = 0;
  for (const [name, count] of counts)
    if (count > most) {
      best = name;
      most = count;
    }
  return best;
}

/** A cheap first pass: capitalised words starting with the letters (or parts) in order, up to two joiners between. */
function runPattern(letters: string[]): RegExp {
  const joiner = `(?: (?:${[...JOINERS].join("|")})){0,2}`;
  const word = (letter: string) => `${letter}[\\p{Ll}\\p{N}'’-]*`;
  const rest = letters
    .slice(1)
    .map((letter) => `${joiner} ${word(letter)}`)
    .join("");
  return new RegExp(`(?<![\\p{L}\\p{N}])${word(letters[0] as string)}${rest}(?![\\p{L}\\p{N}])`, "gu");
}
