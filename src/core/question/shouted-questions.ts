/**
 * "WHEN DID THE US PULL CAMBODIA'S GSP TRADE PERKS", "FAN EXPO 2016 ESPORTS FINAL, WHO TOOK IT?": a question typed
 * in capitals throughout. Every word of it would read as a name the archive must hold ("PULL", "PERKS"), so it is
 * read in lower case, and the archive's own capitals are put back as for a question typed in lower case
 * (archive-capitals.ts: "gsp" → "GSP"). The reply still echoes what was typed.
 */

/** At least this many letters and three words: "GSP?" or "WHO IS EBA" are acronyms as often as shouting. */
const MIN_LETTERS = 12;
const MIN_WORDS = 3;

export function isShouted(text: string): boolean {
  let letters = 0;
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    if (!/\p{Lu}/u.test(char)) return false;
    letters++;
  }
  return letters >= MIN_LETTERS && (text.match(/\p{L}{2,}/gu)?.length ?? 0) >= MIN_WORDS;
}

/** The text in lower case when it is shouted (isShouted), else as typed. */
export function unshouted(text: string): string {
  return isShouted(text) ? text.toLowerCase() : text;
}
