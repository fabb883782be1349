/**
 * A speaker's role as shown after a quote: the role as the article writes it, shortened. An organisation the
 * article introduces as "Name (ACR)" is given by its acronym, a leading article goes, and "director of the
 * Org" becomes "director, Org": "the executive director of Cambodian Center for Human Rights" with
 * "Cambodian Center for Human Rights (CCHR)" in the article is "executive director, CCHR".
 */

/** Full name → acronym, for each "Full Name (ACR)" in the text whose capitalised words spell the acronym. */
export function organisationAcronyms(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(/\((\p{Lu}[\p{L}&]{1,9})\)/gu)) {
    const acronym = m[1] as string;
    const letters = acronym.replace(/[^\p{Lu}]/gu, "");
    if (letters.length < 2) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 150), m.index).trimEnd();
    const words = before.split(/\s+/);
    // The shortest run of words ending before "(" whose capitalised words' initials spell the acronym.
    for (let from = words.length - 1; from >= Math.max(0, words.length - 10); from--) {
      const run = words.slice(from);
      if (!/^\p{Lu}/u.test(run[0] as string)) continue;
      const initials = run
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join("");
      if (initials === letters) {
        found.set(run.join(" "), acronym);
        break;
      }
      if (initials.length > letters.length) break;
    }
  }
  return found;
}

const CONNECTORS = new Set(["of", "for", "and", "on", "the", "de", "du", "des", "la", "le", "&"]);

/** The role shortened for display (see the file comment); the role itself when nothing applies. */
export function shortRole(role: string, acronyms: ReadonlyMap<string, string>): string {
  let short = role;
  for (const [full, acronym] of acronyms) {
    short = short.split(`${full} (${acronym})`).join(acronym).split(full).join(acronym);
  }
  short = short.replace(/^(?:the|a|an)\s+/i, "");
  // "director of [the] Org" → "director, Org": the first of/at/for/with after which all is a proper name.
  for (const m of short.matchAll(/\s(?:of|at|for|with)\s+(?:the\s+)?/g)) {
    const head = short.slice(0, m.index);
    const org = short.slice((m.index ?? 0) + m[0].length);
    if (head && isProperName(org)) return `${head}, ${org}`;
  }
  return short;
}

function isProperName(words: string): boolean {
  const list = words.split(/\s+/);
  return /^\p{Lu}/u.test(list[0] as string) && list.every((w) => /^\p{Lu}/u.test(w) || CONNECTORS.has(w));
}
