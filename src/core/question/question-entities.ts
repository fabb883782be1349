/**
 * The names and years a question is about: capitalised words that do not open a sentence (whose capital says
 * nothing), acronyms anywhere, and years; not weekdays, months or job titles. An answer that holds none of the retrieved stories' mention of one of them is
 * about something else (another country, person or year): a near miss the archive does not hold.
 */
import { isEnglishWord } from "../../text/part-of-speech";
import { sentenceBounds } from "../../text/split-sentences";
import { tokenize, wordStart } from "../../text/tokenize";
import { demonymsIn } from "./demonyms";
import { stateAliases, US_STATE_NAMES } from "./question-states";

/** Capitalised words that open or join questions without naming anything (lower-cased). */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    "what who whom whose when where why how which did does do is are was were can could will would should has have had " +
    "in on at of for from by with to the a an and or but if as i tell give name list according since before after during " +
    "between about this that these those there here please " +
    // Days and months name a date, not a person or a place ("disrupted play on Monday"); titles name no one.
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
    "august september october november december ceo cfo coo cto " +
    // "millions of Americans": the people of the country a story is about, seldom named in it; "Kiwis", "Brits"
    // likewise, read as their country (SHORT_NAMES) instead.
    "americans kiwi kiwis brit brits " +
    // "the Latin name of the new sea anemone": the form of a name asked for, not a place or a people.
    "latin"
  ).split(" "),
);

export function questionEntities(question: string): string[] {
  const entities = new Set<string>();
  // A sentence's first word ("… died at 84. Finish the title: …") is capitalised whatever it is; the splitter
  // knows "Gov. Newsom" and "the U.S. Senate" go on.
  const opening = new Set(sentenceBounds(question).map(([start]) => start));
  let previous = "";
  for (const match of question.matchAll(/\S+/g)) {
    const raw = match[0];
    const opens = opening.has(match.index) || /:["”’)]*$/u.test(previous);
    previous = raw;
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/u, "");
    if (!word) continue;
    const isNumber = /^(1[89]|20)\d\d$/.test(word);
    const isName = opens ? /^\p{Lu}{2,}$/u.test(word) : /^\p{Lu}/u.test(word);
    if (!isNumber && !isName) continue;
    if (NOT_NAMES.has(word.toLowerCase())) continue;
    // Two letters ("US", "UK", "AC") are too often written another way ("U.S.", "air conditioning").
    for (const token of tokenize(word)) if (token.length >= 3) entities.add(token);
  }
  return [...entities];
}

/**
 * Entities of `entities` that no text of `texts` mentions as the start of a word, up to a short ending
 * ("cambodian" found in "Cambodia", "cambodia" in "Cambodian"; years exactly). A case-insensitive scan per
 * entity, without tokenising the stories (this runs per question).
 */
export function missingEntities(entities: string[], texts: string[]): string[] {
  if (entities.length === 0) return [];
  // Lower-cased once per call and searched with indexOf: a case-insensitive Unicode regex per entity over
  // whole stories was the slowest part of answering.
  const lowered = texts.map((text) => text.toLowerCase());
  return entities.filter((entity) => {
    const stem = (/^\d/.test(entity) ? entity : wordStart(entity)).toLowerCase();
    return !lowered.some((text) => startsAWord(text, stem)) && !writtenApart(entity.toLowerCase(), lowered);
  });
}

/** The shortest part of a compound a story writes as two words. */
const COMPOUND_PART = 4;

/**
 * Whether a compound name is written as two words or hyphenated: "Southeast Asian" in a story of "South East Asia",
 * "Northwest" for "North-West".
 */
function writtenApart(entity: string, lowered: string[]): boolean {
  if (entity.length < 2 * COMPOUND_PART || !/^\p{L}+$/u.test(entity)) return false;
  for (let at = COMPOUND_PART; at <= entity.length - COMPOUND_PART; at++) {
    const [first, rest] = [entity.slice(0, at), wordStart(entity.slice(at)).toLowerCase()];
    if (
      lowered.some((text) => startsAWord(text, `${first} ${rest}`) || startsAWord(text, `${first}-${rest}`))
    )
      return true;
  }
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `stem` occurs in `text` at the start of a word (not preceded by a letter or digit). */
export function startsAWord(text: string, stem: string): boolean {
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(text[at - 1] as string)) return true;
  }
  return false;
}

/** Other ways news copy names a country than its ICU name. */
const COUNTRY_ALIASES: Record<string, string[]> = {
  "united states": ["u.s.", "us", "usa", "america", "american"],
  "united kingdom": ["u.k.", "uk", "britain", "british"],
  "new zealand": ["nz", "n.z.", "kiwi", "kiwis"],
  "myanmar (burma)": ["myanmar", "burma"],
  "south korea": ["korea"],
  "north korea": ["korea", "dprk"],
  china: ["chinese", "beijing"],
  // Bodies of nations, read like countries (questionBodies); a form in capitals is read as written, so "Kim
  // Jong-un" does not name the UN.
  "united nations": ["u.n.", "UN"],
  "european union": ["e.u.", "EU", "europe"],
};

/** First words of country names that do not name the country alone. */
const GENERIC_FIRST = new Set(
  "north south east west united central equatorial papua dominican marshall solomon cayman falkland british french american caribbean western northern saint".split(
    " ",
  ),
);

let countries: string[] | undefined;

/**
 * Country names, lower-cased: ICU's English region names (Intl.DisplayNames), so no list is kept here;
 * groupings and placeholders ("European Union", "United Nations", "Unknown Region") left out.
 */
export function countryNames(): string[] {
  if (countries) return countries;
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  const found = new Set<string>();
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        continue;
      }
      if (!name || name === code || /Union|Nations|Eurozone|Unknown|Outlying|Pseudo|World/.test(name))
        continue;
      found.add(name.toLowerCase());
    }
  countries = [...found];
  return countries;
}

/**
 * Short names a question gives a country, as written, read besides ICU's English names. The United Kingdom:
 * "UK", "uk", "U.K.", "Britain" (ICU's name is "United Kingdom"; stories are read with COUNTRY_ALIASES, which add "British"). Measured on rtqa-archive-2023
 * (docs/performance.md): 7 questions about the UK that had been answered from stories elsewhere (Texas wind
 * power, Mexican horchata) are refused, none answered right lost. Not "US", "U.S.": stories about American
 * cities and states seldom name the country, and 5 such questions were refused.
 */
const SHORT_NAMES: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}.])(?:UK|uk|U\.K\.|Britain|Brits?)(?![\p{L}\p{N}])/u, "united kingdom"],
  // "NZ", "nz's", "Kiwis": read like "UK"; stories are read with COUNTRY_ALIASES, which add "NZ" and "Kiwi".
  [/(?<![\p{L}\p{N}.])(?:NZ|nz|N\.Z\.|Kiwis?)(?![\p{L}\p{N}])/u, "new zealand"],
];

/** The countries a question names ("Thailand's election" → "thailand", "the UK"), by their ICU English names. */
export function questionCountries(question: string): string[] {
  const named = namedIn(question, countryNames(), (name) => name.replace(/ \(.*\)$/, ""));
  for (const [short, name] of SHORT_NAMES)
    if (short.test(question) && !named.includes(name)) named.push(name);
  return named;
}

/**
 * "the UN", "the U.N.", "the EU": bodies of nations a question names by their two letters, which questionEntities
 * leaves out ("US", "AC" are too often written another way). "what did the UN security council say about the
 * artillery exchange" asked of a story that never names the UN was answered with the story's quotes. Read like
 * countries (missingCountries, with COUNTRY_ALIASES); in capitals only, so no "un-" or French "un" counts.
 */
const BODIES: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}.])(?:UN|U\.N\.?)(?![\p{L}\p{N}])/u, "united nations"],
  [/(?<![\p{L}\p{N}.])(?:EU|E\.U\.?)(?![\p{L}\p{N}])/u, "european union"],
];

/**
 * The countries a question names only by their people's adjective ("the thai foreign minister", demonyms.ts) that
 * none of `texts` mentions by name, alias or that adjective (a whole word, or its plural).
 */
export function missingDemonymCountries(question: string, texts: string[]): string[] {
  return demonymsIn(question, countryNames())
    .filter(
      ({ country, demonym }) =>
        asksOfPeople(question, demonym, texts) &&
        missingCountries([country], texts).length > 0 &&
        !texts.some((text) => writesDemonym(text, demonym)),
    )
    .map(({ country }) => country);
}

/**
 * Whether a story names a country the question asks about, by its name or its people's adjective ("this Cambodian
 * election" of a story about "Cambodia"); null when the question names none. Returns the test, read once a question.
 */
export function holdsAskedCountry(question: string): ((text: string) => boolean) | null {
  const countries = questionCountries(question);
  const peoples = demonymsIn(question, countryNames());
  if (countries.length === 0 && peoples.length === 0) return null;
  return (text) =>
    missingCountries(countries, [text]).length < countries.length ||
    peoples.some(
      ({ country, demonym }) =>
        asksOfPeople(question, demonym, [text]) &&
        (missingCountries([country], [text]).length === 0 || writesDemonym(text, demonym)),
    );
}

/** A people's adjective, and the word after it: the first name of a person when that word is no English one. */
const demonymIn = (demonym: string): RegExp =>
  new RegExp(
    `(?<=(?:^|[^\\p{L}\\p{N}])(\\p{L}*)\\s*)${demonym}s?(?![\\p{L}\\p{N}])(?:\\s+(\\p{L}+))?`,
    "giu",
  );
const startsName = (next: string | undefined): next is string =>
  next !== undefined && /^\p{Lu}/u.test(next) && !isEnglishWord(next.toLowerCase());

/**
 * Whether `text` writes a people's adjective (or its plural) as a whole word, not as the first word of a person's
 * name: "Political analyst Lao Mong Hay said" names no Lao; "the Lao foreign minister" and "Lao Airlines" do.
 */
function writesDemonym(text: string, demonym: string): boolean {
  return [...text.matchAll(demonymIn(demonym))].some((match) => !startsName(match[2]));
}

/** Words before a people's adjective that make it one: "the Lao foreign minister", "which Thai official". */
const BEFORE_PEOPLE = new Set("the a an which what whose our their his her its".split(" "));

/**
 * Whether the question writes a people's adjective as one, not the first name of a person a story names so ("what
 * did lao mong hay make of it", "Lao something? Who was that?" of a story quoting Lao Mong Hay).
 */
function asksOfPeople(question: string, demonym: string, texts: string[]): boolean {
  const firstNames = texts.flatMap((text) =>
    [...text.matchAll(demonymIn(demonym))].flatMap((match) => (startsName(match[2]) ? [match[2]] : [])),
  );
  return [...question.matchAll(demonymIn(demonym))].some(
    ({ 1: before = "", 2: next }) =>
      BEFORE_PEOPLE.has(before.toLowerCase()) || (firstNames.length === 0 && !startsName(next)),
  );
}

/** The bodies of nations a question names by their short names (BODIES). */
export function questionBodies(question: string): string[] {
  return BODIES.filter(([short]) => short.test(question)).map(([, name]) => name);
}

/** The US states a question names, lower-cased, as whole words ("the Ohio teen" → "ohio"): question-states.ts. */
export function questionStates(question: string): string[] {
  return namedIn(question, US_STATE_NAMES);
}

/** The names of `names` (lower-cased) that a question writes as whole words, in any case. */
function namedIn(question: string, names: string[], bare = (name: string) => name): string[] {
  // A full stop after a word ends a sentence ("… for Governor of New Jersey."), not a name's initials ("u.s.").
  const text = ` ${question
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.&()]+/gu, " ")
    .replace(/(\p{L}{2,})\.(?=\s|$)/gu, "$1")} `;
  return names.filter((name) => text.includes(` ${bare(name)} `));
}

/**
 * Countries of `named` that none of `texts` mentions by name or a usual alias (an alias in capitals as written,
 * any other in any case): a question about the same kind of event in another country than the story's. US states
 * (question-states.ts) and bodies of nations (questionBodies) are read the same way.
 */
export function missingCountries(named: string[], texts: string[]): string[] {
  if (named.length === 0) return [];
  const lowered = texts.map((text) => text.toLowerCase());
  return named.filter((name) => {
    const bare = name.replace(/ \(.*\)$/, "");
    // "Saudi Arabia" is also "the Saudis"; "South Korea" is not "south".
    const first = bare.split(" ")[0] as string;
    const forms = [bare, ...(COUNTRY_ALIASES[name] ?? stateAliases(name))];
    if (first !== bare && first.length >= 5 && !GENERIC_FIRST.has(first)) forms.push(first);
    return !forms.some((form) =>
      form !== form.toLowerCase()
        ? texts.some((text) => isAWord(text, form))
        : lowered.some((text) =>
            form.length <= 3
              ? isAWord(text, form)
              : startsAWord(text, form.length > 5 ? form.slice(0, -2) : form),
          ),
    );
  });
}

/** True when `word` occurs in `text` as a whole word. */
export function isAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const after = text[at + word.length];
    if (
      (at === 0 || !WORD_CHAR.test(text[at - 1] as string)) &&
      (after === undefined || !WORD_CHAR.test(after))
    )
      return true;
  }
  return false;
}
