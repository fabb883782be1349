/**
 * Acronyms and their expansions. An article defines an acronym by spelling it out: "‘Everything But Arms’
 * (EBA)", "ROS [Reactive Oxygen Species, …]", "FIRST Global competition (For Inspiration and Recognition of
 * Science and Technlogy)", or in a sentence of its own ("unveiled as the National Enforcement Management
 * Information System and Intelligence System" for NEMISIS). All of these are a run of capitalised words whose
 * initials spell the acronym, with "and", "of", "the" and the like skipped; that run is what is found here.
 */

/** Lower-case words an expansion may hold without giving a letter ("Union of Rationalist Atheists and Agnostics"). */
export const JOINERS: ReadonlySet<string> = new Set([
  "and",
  "of",
  "the",
  "for",
  "in",
  "on",
  "to",
  "a",
  "an",
  "de",
  "du",
  "des",
  "la",
  "le",
  "&",
]);

/** Capitalised words in a row, "of", "for", "and", "the", "on" or "in" allowed between: "Food and Drug Administration". */
export const CAPITALISED_RUN =
  /\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:of|for|and|the|on|in)\s+)*\p{Lu}[\p{Ll}'’-]+)+/gu;

/**
 * Initials and acronyms are matched from this many letters: two match stray capitals ("Man City" for MC,
 * "Premier League" for PL) and too many runs of capitalised words.
 */
export const MIN_INITIALS = 3;

/**
 * An abbreviation of syllables rather than initials: "LegCo" for "Legislative Council", "ExCo" for "Executive
 * Council". Two or three parts, each a capital and one to three small letters.
 */
const SYLLABLES = "(?:\\p{Lu}\\p{Ll}{1,3}){2,3}";
export const SYLLABIC = new RegExp(`^${SYLLABLES}$`, "u");
/** The same, found in a text. */
export const SYLLABIC_WORD = new RegExp(`(?<![\\p{L}\\p{N}])${SYLLABLES}(?![\\p{L}\\p{N}])`, "gu");

/** The parts of an abbreviation of syllables as written ("LegCo" → Leg, Co), or null for any other word. */
export function syllablesOf(acronym: string): string[] | null {
  return SYLLABIC.test(acronym) ? (acronym.match(/\p{Lu}\p{Ll}*/gu) ?? []) : null;
}

/**
 * What each word of an acronym's spelling-out starts with, lower-cased: its letters ("cchr" → c, c, h, r), or
 * for one of syllables its parts ("LegCo" → leg, co).
 */
export function acronymParts(acronym: string): string[] {
  const syllables = syllablesOf(acronym);
  if (syllables) return syllables.map((part) => part.toLowerCase());
  return [...acronym.toLowerCase().replace(/[^\p{L}]/gu, "")];
}

/** The capitals of a run's capitalised words: "NIT" for "National Invitational Tournament". */
export function initialsOf(run: string): string {
  return run
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join("");
}

/** Words of 2–8 capital letters (digits allowed after the first) in `text`: "EBA", "KCNA", "WHO"; not in an all-caps text. */
export function acronymsIn(text: string): string[] {
  if (!/\p{Ll}/u.test(text)) return [];
  const found = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\d]{1,7}(?![\p{L}\p{N}])/gu))
    if (/\p{Lu}.*\p{Lu}/u.test(match[0])) found.add(match[0]);
  return [...found];
}

/** Initials of countries and unions, which a question names in passing beside the acronym it asks about. */
const SCENE_INITIALS: ReadonlySet<string> = new Set(["US", "USA", "UK", "EU", "UN", "UAE"]);

/**
 * Does the question ask what an acronym stands for ("What does EBA stand for?", "What is KCNA short for?",
 * "spell out EBA for me")?
 */
export function asksForExpansion(question: string): string | null {
  const found = acronymsIn(question);
  // "What does US stand for in US-ASEAN?": the one the asking words are about; else, in "the US trade program …,
  // the GSP, what does that spell out to", not a country's initials, which set the scene.
  const subject =
    /\b(?:does|do|did|is|was)\s+(?:the\s+)?(\p{Lu}[\p{Lu}\d]{1,7})\s+(?:stand|mean|short)\b/u.exec(
      question,
    )?.[1];
  const acronym =
    (subject && found.includes(subject) ? subject : undefined) ??
    found.find((a) => !SCENE_INITIALS.has(a)) ??
    found[0];
  if (!acronym) return null;
  return /\b(?:stands?|stood) for\b|\bshort for\b|\b(?:abbreviation|acronym)\b|\bwhat (?:does|do|did) \S+ mean\b|\bwhat (?:(?:does|do|did) )?(?:the )?(?:letters|initials)(?: \S+)? (?:mean|stand)\b|\bspell(?:s|ed|ing)? (?:\S+ )?out\b/i.test(
    question,
  ) || isBareWhatIs(question, acronym)
    ? acronym
    : null;
}

/** "What's EBA?", "what is the GSP": the question is the acronym alone, so it asks what the letters are. */
function isBareWhatIs(question: string, acronym: string): boolean {
  const m = /^\s*what(?:'s|’s|s| is| are)\s+(?:the\s+|an?\s+)?(\S+?)\s*\??\s*$/i.exec(question);
  return m?.[1] === acronym;
}

/** Words the question uses to ask for an expansion; they are not words of the story asked about. */
export const EXPANSION_WORDS: ReadonlySet<string> = new Set([
  "stand",
  "stands",
  "stood",
  "short",
  "abbreviation",
  "acronym",
  "glossary",
  "mean",
  "spell",
  "spells",
  "spelled",
  "spelling",
]);

/**
 * The first span of `text` that spells `acronym` out, as [start, end) offsets, or null. Letters are matched
 * case-insensitively against the initials of capitalised words in a row (an abbreviation of syllables' parts
 * against the words' first letters: "LegCo", "Legislative Council"); joiners are skipped; a word that
 * is neither breaks the run. The acronym's own occurrences are not expansions.
 */
export function findExpansion(acronym: string, text: string): [number, number] | null {
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, "");
  const parts = acronymParts(acronym);
  if (parts.length < 2) return null;
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|&/gu)];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]?.[0] ?? "";
    if (!/^\p{Lu}/u.test(first) || first === acronym || !first.toLowerCase().startsWith(parts[0] as string))
      continue;
    let at = 0;
    let j = i;
    let end = 0;
    while (j < words.length && at < parts.length) {
      const word = words[j] as RegExpMatchArray;
      const w = word[0];
      // Words of one run sit on one line, separated by spaces or quote marks only.
      if (j > i) {
        const previous = words[j - 1] as RegExpMatchArray;
        const gap = text.slice((previous.index as number) + previous[0].length, word.index);
        if (!/^[\s‘’'"“”]*$/u.test(gap) || gap.includes("\n")) break;
      }
      if (/^\p{Lu}/u.test(w) && w !== acronym) {
        if (!w.toLowerCase().startsWith(parts[at] as string)) break;
        at++;
        end = (word.index as number) + w.length;
      } else if (!JOINERS.has(w.toLowerCase()) || at === 0) break;
      j++;
    }
    if (at === parts.length) return [words[i]?.index as number, trimQuote(text, end)];
  }
  return parts.length === letters.length ? translated(acronym, letters, text) : null;
}

/** The end of a span without a closing quote mark that the word pattern took in ("Arms’"). */
const trimQuote = (text: string, end: number) => (/[’']/.test(text[end - 1] ?? "") ? end - 1 : end);

/**
 * "X (ACR)" where X's initials are the acronym's letters in another order: an acronym kept from another
 * language ("Union of Rationalist Atheists and Agnostics (UAAR)", from the Italian).
 */
function translated(acronym: string, letters: string, text: string): [number, number] | null {
  const at = text.indexOf(`(${acronym})`);
  if (at < 0) return null;
  const before = [...text.slice(Math.max(0, at - 200), at).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  const offset = Math.max(0, at - 200);
  const initials: string[] = [];
  let start = -1;
  for (let k = before.length - 1; k >= 0 && initials.length < letters.length; k--) {
    const w = (before[k] as RegExpMatchArray)[0];
    if (/^\p{Lu}/u.test(w)) {
      initials.push(w.toLowerCase()[0] as string);
      start = offset + ((before[k] as RegExpMatchArray).index as number);
    } else if (!JOINERS.has(w.toLowerCase())) return null;
  }
  const sorted = (xs: string[]) => [...xs].sort().join("");
  if (start < 0 || sorted(initials) !== sorted([...letters])) return null;
  return [start, trimQuote(text, text.lastIndexOf(" ", at) >= start ? text.lastIndexOf(" ", at) : at)];
}

/**
 * True when `word` is an acronym in capitals ("CCHR") or of syllables ("LegCo") that `text` spells out instead:
 * "the Cambodian Center for Human Rights".
 */
export function spellsOutAcronym(word: string, text: string): boolean {
  return (/^\p{Lu}{3,}$/u.test(word) || SYLLABIC.test(word)) && findExpansion(word, text) !== null;
}

/**
 * The question without the words that ask for an expansion ("What does EBA stand for?" → "What does EBA?", "Acronym
 * glossary: spell out EBA" → ": EBA").
 */
export function withoutExpansionWords(question: string): string {
  return question.replace(
    /\b(?:stands?|stood) for\b|\bshort for\b|\b(?:abbreviation|acronym|glossary)\b|\bmean\b|\bspell(?:s|ed|ing)?\b(?=(?:\s+\S+)?\s+out\b)|(?<=\bspell(?:s|ed|ing)?(?:\s+\S+)?\s+)out\b/gi,
    " ",
  );
}
