/** withSpanglishRead: Spanglish read as English, its question word first, only in a message Spanish alone writes. */
import { wordsOf } from "../../../src/core/question/read-by-sentence";
import { withSpanglishRead } from "../../../src/core/question/spanglish";

describe("withSpanglishRead", () => {
  it.each([
    // The question word first, with the noun it takes; joining words left out; "de" reads "of".
    [
      "oye, quién es el foreign minister de Cambodia que se sentó con Blinken en DC?",
      "who is foreign minister of Cambodia sat with Blinken in DC?",
    ],
    [
      "el documento de Environment Canada que encontraron todo mojado, en qué calle estaba?",
      "in which street document of Environment Canada found wet was?",
    ],
    [
      "el Mets Poet, Frank Messina, en cuántos países ha hecho shows?",
      "in how many countries Mets Poet Frank Messina has done shows?",
    ],
    // A cognate read without its accent ("resolución"), "-rados" as "-ered", and everyday news words.
    [
      "oye la resolución del European Parliament mencionaba elecciones nacionales, de qué año?",
      "of which year resolution of European Parliament mentioned elections national?",
    ],
    [
      "cuantos partidos politicos estan registrados para las elecciones?",
      "how many parties political are registered for elections?",
    ],
    ["oye y de cuánto fue la fianza del chavo, porfa?", "and how much was bail of guy?"],
    // An opening "y" stays first; "cuánto quedó" asks how a match ended.
    [
      "quién ganó la final del Mundial 2018?? y cuánto quedó",
      "who won final of World Cup 2018?? and what was the final score",
    ],
    // Before a verb "qué" asks "what".
    [
      "qué dijo Shimon Peres sobre el futuro del peace process?",
      "what said Shimon Peres about future of peace process?",
    ],
    // Phrases read as one, wherever they stand.
    [
      "Valeska Paris dice que la tuvieron en el barco de Scientology por cuánto tiempo?",
      "how long Valeska Paris says had in ship of Scientology?",
    ],
    [
      "Nathan Law tenía cuántos años cuando lo eligieron al LegCo?",
      "how old was Nathan Law when elected LegCo?",
    ],
    [
      "cuando North Korea disparó la artillery, ¿cuánta gente evacuaron en Yeoncheon?",
      "how many people when North Korea fired artillery evacuated in Yeoncheon?",
    ],
    [
      "qué significa EBA? the EU trade thing con Cambodia",
      "what does EBA stand for? the EU trade thing with Cambodia",
    ],
    // A Spanish word written like its English one, by its ending.
    [
      "¿cuántos partidos políticos se registraron pa' las elecciones de commune en Cambodia?",
      "how many parties political registered elections of commune in Cambodia?",
    ],
  ])("%s", (typed, read) => {
    expect(withSpanglishRead(typed)).toBe(read);
  });

  it.each([
    // One Spanish word is not enough, nor names that start with one.
    "What does the Cambodian word sangkat mean, qué?",
    "How far is El Paso from Los Angeles?",
    "Who won La Liga when the team played at El Clasico?",
  ])("leaves an English message as typed: %s", (typed) => {
    expect(withSpanglishRead(typed)).toBe(typed);
  });
});

describe("wordsOf", () => {
  it("keeps a word's own accented letters, and only the marks around it apart", () => {
    expect(wordsOf("¿qué, dónde?")).toEqual([
      { typed: "qué", lower: "qué", before: "¿", after: "," },
      { typed: "dónde", lower: "dónde", before: "", after: "?" },
    ]);
  });
});
