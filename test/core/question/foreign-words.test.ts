/** A question in a language with no reader of its own is searched by the archive's words and its question words (foreign-words.ts). */
import {
  partlyReadNote,
  withForeignQuestionWordsRead,
  withForeignWordsDropped,
} from "../../../src/core/question/foreign-words";
import { passingTerm } from "../../../src/text/tokenize";

/** The archive's words. */
const HELD = new Set(
  [
    "daniel",
    "montalvo",
    "bail",
    "commune",
    "council",
    "cambodia",
    "blinken",
    "referendum",
    "zealand",
    "new",
    "flag",
    "colony",
    "nick",
    "bos",
    "shuttle",
    "enterprise",
    "york",
    "kitchen",
    "ants",
    "sea",
    "english",
    "job",
    "letter",
    "org",
    "prak",
    "sokhonn",
    "william",
    "evans",
    "magicians",
    "city",
    "foreign",
    "minister",
    "washington",
    "asylum",
    "seekers",
    "questionnaire",
    "la",
    "seats",
    "elections",
    "school",
    "crane",
    "people",
    "mecca",
    // The archive writes "e" (as in "E. coli"): alone, no foreign word.
    "e",
  ].map(passingTerm),
);
/** The archive's words that it writes with a capital. */
const CAPITALISED: Record<string, string> = {
  cambodia: "Cambodia",
  daniel: "Daniel",
  blinken: "Blinken",
  william: "William",
  washington: "Washington",
  mecca: "Mecca",
};
const archive = {
  holdsTerm: (term: string) => HELD.has(term),
  writtenForm: (word: string) => CAPITALISED[word] ?? null,
};
const read = (question: string) => withForeignWordsDropped(question, archive);

describe("a question in another language", () => {
  it.each([
    // Finglish: the names kept, "chand" read as "how many", the rest left out.
    ["Daniel Montalvo ba che mablaghi vasighe azad shod? chand dollar?", "Daniel Montalvo? how many dollar?"],
    // Banglish: "kobe" is "when", "koto jon" "how many people"; a name that opens the sentence, which the archive
    // writes with a capital, is a name.
    ["Cambodia te commune bhot ta kobe hocche bhai?", "Cambodia commune when?"],
    ["Blinken er sathe meeting e koto jon chilo, ektu bolben?", "Blinken e how many people?"],
    // A Persian ending after a hyphen: the English word before it is kept ("too", Persian "in", is an English stopword).
    [
      "akharesh kodoom tarh-e parcham too referendum-e New Zealand barande shod?",
      "which too referendum New Zealand?",
    ],
    ["Nick Bos dar kol daghighan chand ta colony-ye moorche jam kard?", "Nick Bos how many colony?"],
    // Greeklish: "posa xronia" asks an age, "poso mistho" a salary, "poios itan" who was; "pou" alone is more often
    // "who" or "that" than "where", and is left out.
    ["o William Evans apo tous magicians, posa xronia einai?", "the William Evans magicians, how old?"],
    ["poso mistho pairnei o Prak Sokhonn san ypourgos?", "how much salary the Prak Sokhonn minister?"],
    // "me" is "with" and "o" "the": read as English, "me" asked advice and "o" said which minister.
    ["poios itan o ypourgos pou sinantithike me ton Blinken?", "who was the minister with the Blinken?"],
    // Romanised Nepali: "ko" and "ma" only join ("of", "in"), "naam k ho" asks the name, "kun sahar" which city.
    [
      "Washington ma Blinken sanga bhetne Cambodia ko foreign minister ko naam k ho?",
      "Washington Blinken Cambodia foreign minister what is the name?",
    ],
    [
      "magicians ko president William Evans lai kun sahar ma induct gariyo?",
      "magicians president William Evans which city induct?",
    ],
    // Tanglish: a Tamil ending after a hyphen ("Evans-a", "city-la") is read as nothing, and marks the language.
    ["William Evans-a entha city-la induct pannanga?", "William Evans which city?"],
    // Tenglish: "enni" is "how many", "lo" (in) and "andi" (politeness) are read as nothing; "e" is "which" before
    // the noun it asks ("e school"), and the pair marks the language.
    ["Cambodia commune elections lo enni seats undi andi?", "Cambodia commune elections how many seats?"],
    ["Daniel Montalvo e school lo chaduvukunnadu?", "Daniel Montalvo which school?"],
    ["Cambodia lo commune election e date na undi?", "Cambodia commune election which date na?"],
    // Its verbs, so what came in the end is still asked ("final ga", finally; "kanukkunnaru", found).
    ["Nick Bos final ga enni ants kanukkunnaru andi?", "Nick Bos finally how many ants found?"],
    // Haitian Creole: "konbyen moun" asks how many people, "ki lè" when; "te", "nan", "la" only join.
    ["Konbyen moun ki te mouri nan Mecca crane la?", "how many people Mecca crane?"],
    ["Ki lè William Evans te vin president Magicians yo?", "when William Evans Magicians?"],
    // "ki non" asks the name of someone.
    [
      "Ki non minister ki te rankontre Blinken nan Washington?",
      "what is the name of minister met Blinken Washington?",
    ],
    // Hebrew: "kama anashim" how many people.
    ["tagid li, kama anashim metu ba Mecca crane?", "how many people Mecca crane?"],
  ])("reads %s as %s", (typed, expected) => {
    expect(read(typed)).toBe(expected);
  });

  it("keeps a word joined by hyphens whose every part the archive writes", () => {
    expect(read("Sea-Org er Daniel Montalvo koto taka bail pelo bhai, ektu bolben?")).toBe(
      "Sea-Org Daniel Montalvo how much money bail?",
    );
  });
});

describe("questions read as typed", () => {
  it.each([
    // English: the words the archive lacks are what tell a near miss, so none is left out.
    "How many people attended the Kaohsiung lantern festival in the evening?",
    "hw many ppl wer at teh expo",
    // Two words of another language are not enough.
    "Daniel Montalvo bail koto chilo?",
    // No name the archive writes: about nothing it can be asked, and refused as typed.
    "kitchen mein bahut ants aa rahe hai, kaise bhagaun unko?",
    // A language is no story's name.
    "Ekta job er jonno cover letter likhte help korben? English e chai",
    // A capital that only opens the sentence is no name.
    "Oi commune nirbachone mot koto gula council er asone bhot hobe?",
  ])("%s", (typed) => {
    expect(read(typed)).toBe(typed);
  });
});

describe("an English question with another language's question word", () => {
  const readWords = (question: string) => withForeignQuestionWordsRead(question, archive);
  it.each([
    // Romanian: only its question words are read, the rest stays as typed.
    [
      "Câți asylum seekers are getting the questionnaire?",
      "how many asylum seekers are getting the questionnaire?",
    ],
    ["Cine e the minister who met Blinken?", "who is the minister who met Blinken?"],
    ["la ce organizație lucrează Daniel Montalvo?", "at which organisation lucrează Daniel Montalvo?"],
    // Hebrew: a reader mixing it with English types only the question word in Hebrew.
    ["eifo did Blinken meet the foreign minister?", "where did Blinken meet the foreign minister?"],
    ["kama people died when the crane fell?", "how many people died when the crane fell?"],
    ["kama money did Montalvo pay for bail?", "how much money did Montalvo pay for bail?"],
    // English, or a word the archive writes, or one capitalised inside a sentence (a name): as typed.
    [
      "How many people attended the Kaohsiung lantern festival?",
      "How many people attended the Kaohsiung lantern festival?",
    ],
    [
      "Which foreign minister met Blinken in Washington?",
      "Which foreign minister met Blinken in Washington?",
    ],
    ["Did Unde Kati meet Blinken?", "Did Unde Kati meet Blinken?"],
  ])("reads %s as %s", (typed, expected) => {
    expect(readWords(typed)).toBe(expected);
  });
});

it("says how a question was read", () => {
  expect(partlyReadNote("Daniel Montalvo how many dollar?")).toBe(
    "I could read only part of that question, as “Daniel Montalvo how many dollar?”.",
  );
});
