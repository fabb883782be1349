/**
 * A name of the question that a story gives another way: an acronym the story spells out ("CCHR" for
 * "Cambodia Center for Human Rights"), a seat of government standing for it, as news copy writes ("Brussels"
 * for the European Union, "Washington" for the United States), or a country's usual short form ("the U.S."
 * for "the United States" and "American"). Such a name is not missing from the story, so a paraphrase is not
 * taken for a near miss; a capital of another country still is ("Bangkok" in a question about Cambodia).
 */
import { CAPITALISED_RUN, initialsOf, MIN_INITIALS, spellsOutAcronym } from "../../text/acronyms";
import { isAWord } from "../question/question-entities";

/**
 * Seats of government and institutions, lower-cased, and how a story may name what they stand for: lower-case
 * forms are looked for anywhere in the lower-cased story, forms with capitals as whole words as written ("EU").
 */
const STANDS_FOR: Record<string, string[]> = {
  washington: ["united states", "u.s.", "US", "american", "america"],
  // A country and its people, as copy abbreviates them ("the U.S." for "the United States", "American").
  "united states": ["u.s.", "US", "USA", "america", "american"],
  america: ["united states", "u.s.", "US", "USA", "american"],
  american: ["united states", "u.s.", "US", "USA", "america"],
  americans: ["united states", "u.s.", "US", "USA", "america"],
  // "In which year has the USA stopped the trade preferences?" of a story that writes "the U.S.".
  usa: ["united states", "u.s.", "US", "america", "american"],
  "u.s.a.": ["united states", "u.s.", "US", "america", "american"],
  "united kingdom": ["britain", "british", "UK", "u.k."],
  britain: ["united kingdom", "british", "UK", "u.k."],
  british: ["united kingdom", "britain", "UK", "u.k."],
  brussels: ["european union", "EU", "e.u.", "european commission"],
  strasbourg: ["european parliament", "council of europe", "european court of human rights"],
  // Members of a parliament, as copy and chat abbreviate them: "MEPs" of a story that says "the European Parliament".
  mep: ["european parliament"],
  meps: ["european parliament"],
  mp: ["parliament", "lawmaker", "legislator"],
  mps: ["parliament", "lawmakers", "legislators"],
  london: ["united kingdom", "britain", "british", "UK", "u.k."],
  beijing: ["china", "chinese"],
  moscow: ["russia", "russian", "kremlin"],
  kremlin: ["russia", "russian", "moscow"],
  kyiv: ["ukraine", "ukrainian"],
  kiev: ["ukraine", "ukrainian"],
  tokyo: ["japan", "japanese"],
  seoul: ["south korea", "korean"],
  pyongyang: ["north korea", "DPRK"],
  paris: ["france", "french"],
  berlin: ["germany", "german"],
  rome: ["italy", "italian"],
  madrid: ["spain", "spanish"],
  ottawa: ["canada", "canadian"],
  canberra: ["australia", "australian"],
  delhi: ["india", "indian"],
  islamabad: ["pakistan", "pakistani"],
  tehran: ["iran", "iranian"],
  ankara: ["turkey", "turkish", "türkiye"],
  riyadh: ["saudi"],
  cairo: ["egypt", "egyptian"],
  bangkok: ["thailand", "thai"],
  hanoi: ["vietnam", "vietnamese"],
  "phnom penh": ["cambodia", "cambodian"],
  manila: ["philippines", "philippine", "filipino"],
  jakarta: ["indonesia", "indonesian"],
  brasília: ["brazil", "brazilian"],
  brasilia: ["brazil", "brazilian"],
  havana: ["cuba", "cuban"],
  caracas: ["venezuela", "venezuelan"],
  // A city's usual initials, as chat writes them ("the NYC dungeon" of a story that says "New York").
  nyc: ["new york"],
  // A service by its initials, as copy writes it ("USAF" of an interview that says "the Air Force").
  usaf: ["air force"],
  raf: ["air force"],
  // A party by its nickname or initials, as copy and chat write them ("which GOP senator", "which NDP MP") of a
  // story that says "Republican" or "New Democrat".
  gop: ["republican"],
  ndp: ["new democrat"],
  "white house": ["president", "administration"],
  pentagon: ["defense department", "department of defense", "military"],
  "capitol hill": ["congress", "lawmakers", "senators", "senate"],
};

/**
 * The name of the question that holds `token` (a lower-cased word of it), as the question writes it: an
 * acronym in capitals, a known seat of one or two words, a run of three or more capitalised words, else the
 * word itself.
 */
export function nameHolding(token: string, question: string): string {
  const lowered = question.toLowerCase();
  for (const seat of Object.keys(STANDS_FOR))
    if (seat.includes(" ") && seat.split(" ").includes(token) && isAWord(lowered, seat)) return seat;
  for (const run of question.matchAll(CAPITALISED_RUN)) {
    const words = run[0].split(/\s+/);
    if (initialsOf(run[0]).length >= MIN_INITIALS && words.some((w) => w.toLowerCase() === token))
      return run[0];
  }
  const written = question.match(/[\p{L}\p{N}]+/gu)?.find((w) => w.toLowerCase() === token);
  return written ?? token;
}

/**
 * True when `text` names the question's `name` (as written in the question) another way: its spelled-out
 * acronym, or what a seat of government stands for.
 */
export function namedOtherwise(name: string, text: string): boolean {
  if (spellsOutAcronym(name, text) || clipsAName(name, text)) return true;
  // "National Invitational Tournament" in a story that writes "NIT".
  const initials = name.includes(" ") ? initialsOf(name) : "";
  if (initials.length >= MIN_INITIALS && isAWord(text, initials)) return true;
  const forms = STANDS_FOR[name.toLowerCase()];
  if (!forms) return false;
  const lowered = text.toLowerCase();
  return forms.some((form) => (/\p{Lu}/u.test(form) ? isAWord(text, form) : isAWord(lowered, form)));
}

/**
 * "Legco" of a story that writes "Legislative Council": one word made of the first letters (two or more) of each of
 * two or three words of a capitalised name the story writes, in order ("Leg" + "Co"), as a clipped name is ("LegCo",
 * "Benelux", "Interpol").
 */
export function clipsAName(name: string, text: string): boolean {
  if (!/^\p{L}{4,12}$/u.test(name)) return false;
  const clipped = name.toLowerCase();
  for (const [run] of text.matchAll(CAPITALISED_RUN)) {
    const words = run.toLowerCase().split(/\s+/);
    for (let start = 0; start < words.length - 1; start++)
      if (clipsFrom(clipped, words, start, 0)) return true;
  }
  return false;
}

/** Whether `clipped` from `at` is made of the starts of `words` from `start` on, two letters or more each, two to three words. */
function clipsFrom(clipped: string, words: string[], start: number, used: number): boolean {
  const word = words[start];
  if (word === undefined || used >= 3) return false;
  for (let take = Math.min(word.length, clipped.length); take >= 2; take--) {
    if (!word.startsWith(clipped.slice(0, take))) continue;
    const rest = clipped.slice(take);
    if (rest === "") return used >= 1;
    if (clipsFrom(rest, words, start + 1, used + 1)) return true;
  }
  return false;
}
