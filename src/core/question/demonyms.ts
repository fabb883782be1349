/**
 * A country named by its people's adjective: "did the thai foreign min also meet blinken?", "the Vietnamese
 * foreign minister". The adjective is spelled from the country's name by the usual endings (Cambodia → Cambodian,
 * Vietnam → Vietnamese, Thailand → Thai, Laos → Lao, Pakistan → Pakistani, Brazil → Brazilian), and a few that
 * follow no ending are listed (France → French). A story that writes neither the country nor its adjective is
 * about another country's event (question-entities.ts `missingDemonymCountries`).
 */

/**
 * Adjectives that follow no ending, by country (lower-cased ICU English names). Not "American": stories about
 * American cities and states seldom name the country (question-entities.ts SHORT_NAMES).
 */
const IRREGULAR: Record<string, string[]> = {
  france: ["french"],
  germany: ["german"],
  greece: ["greek"],
  spain: ["spanish"],
  netherlands: ["dutch"],
  switzerland: ["swiss"],
  sweden: ["swedish"],
  denmark: ["danish"],
  norway: ["norwegian"],
  poland: ["polish"],
  turkey: ["turkish"],
  türkiye: ["turkish"],
  ireland: ["irish"],
  finland: ["finnish"],
  iceland: ["icelandic"],
  philippines: ["filipino", "filipina", "philippine"],
  "myanmar (burma)": ["burmese"],
  laos: ["laotian"],
  peru: ["peruvian"],
  "united kingdom": ["british"],
};

/** Spelled adjectives that are other words: "green" (Greenland). */
const NOT_ADJECTIVES = new Set(["green"]);

/** The adjectives of a country's people (lower-cased), spelled by the usual endings and IRREGULAR. */
export function demonymsOf(country: string): string[] {
  const found = new Set(IRREGULAR[country] ?? []);
  // Only one-word names are spelled: "South Korea" is not, and "Korean" alone names neither Korea.
  if (/^[a-z]+$/.test(country)) {
    const stem = country.slice(0, -1);
    const last = country.slice(-1);
    found.add(`${country}n`).add(`${country}an`).add(`${country}ian`).add(`${country}ese`).add(`${country}i`);
    if (last === "a" || last === "o" || last === "e" || last === "y")
      found.add(`${stem}an`).add(`${stem}ian`);
    if (last === "a") found.add(`${stem}ese`);
    if (country.endsWith("land")) found.add(country.slice(0, -4));
    if (last === "s") found.add(stem);
  }
  return [...found].filter((word) => word.length >= 3 && !NOT_ADJECTIVES.has(word));
}

let byDemonym: Map<string, string[]> | undefined;

/**
 * The people's adjectives a question writes (a whole word in any case, or its plural: "Australians", "Thais"), each
 * with a country of `countries` (lower-cased ICU English names) it names; not a country's own name ("Jordan").
 */
export function demonymsIn(question: string, countries: string[]): { country: string; demonym: string }[] {
  if (!byDemonym) {
    byDemonym = new Map();
    for (const country of countries)
      for (const word of demonymsOf(country)) {
        if (countries.includes(word)) continue;
        byDemonym.set(word, [...(byDemonym.get(word) ?? []), country]);
      }
  }
  const named: { country: string; demonym: string }[] = [];
  for (const word of new Set(question.toLowerCase().match(/\p{L}+/gu) ?? [])) {
    const demonym = byDemonym.has(word) ? word : word.replace(/s$/, "");
    for (const country of byDemonym.get(demonym) ?? []) named.push({ country, demonym });
  }
  return named;
}
