/** withFranglaisRead: Québécois Franglais read as English, its question word first, only in a message French alone writes. */
import { withFranglaisRead } from "../../../src/core/question/franglais";
import { withSpanglishRead } from "../../../src/core/question/spanglish";

describe("withFranglaisRead", () => {
  it.each([
    // The question word first, wherever French puts it; joining words left out; "du" reads "of".
    [
      "c'est qui le foreign minister du Cambodge qui a rencontré Blinken à Washington?",
      "who is foreign minister of Cambodia met Blinken in Washington?",
    ],
    ["ça s'est passé quand, la game?", "when happened game?"],
    ["il fait quoi, Chak Sopheap?", "what does Chak Sopheap?"],
    ["Ahmed Mohamed a été arrêté où exactement?", "where Ahmed Mohamed was arrested exactly?"],
    ["qu'est-ce que Markey a dit à Hun Sen?", "what Markey said in Hun Sen?"],
    // "combien de" counts the noun after it; without one, "combien" asks how much.
    [
      "combien de personnes sont mortes dans le crash de la grue à la Mecque?",
      "how many people died in crash",
    ],
    ["la stampede au Hajj, ça a tué combien de pèlerins?", "how many pilgrims stampede in Hajj killed?"],
    ["selon KCNA, les Sud-Coréens ont tiré combien d'obus?", "how many shells according to KCNA"],
    ["l'Europe a coupé combien du EBA?", "how much Europe cut of EBA?"],
    // "quel" takes its noun, with the word before it: "en quelle année": "in which year".
    ["les États-Unis ont suspendu le GSP en quelle année?", "in which year United States suspended GSP?"],
    ["la navette Enterprise s'en va dans quel musée?", "in which museum shuttle Enterprise goes?"],
    ["le Fan Expo Canada, ça avait lieu à quel endroit?", "where Fan Expo Canada took place?"],
    ["le kid avec la clock au Texas, il avait quel âge?", "how old was kid with clock in Texas?"],
  ])("puts the question word first: %s", (typed, read) => {
    expect(withFranglaisRead(typed)).toContain(read);
  });

  it.each([
    // Written like its English word, by its ending; an adjective before its noun, as English writes it.
    ["combien de partis politiques sont registered pour les élections?", "how many political parties"],
    ["c'est qui la directrice exécutive du CCHR?", "who is executive director of CCHR?"],
    ["c'est qui le porte-parole de l'armée indonésienne?", "who is spokesman of Indonesian army?"],
    ["genre, combien de sénateurs ont écrit à Hun Sen?", "how many senators wrote"],
    ["checker pour moi: la résolution du Parlement européen, elle demandait quoi?", "check"],
    ["c'est quoi le nom de l'université où Chomsky enseigne?", "what is name of university"],
  ])("reads French words written like English ones: %s", (typed, read) => {
    expect(withFranglaisRead(typed)).toContain(read);
  });

  it.each([
    // Everyday news words; "plus grosses" is "biggest"; "malades" follows its noun.
    ["les fourmis malades, elles choisissent quelle bouffe pour se soigner?", "which food sick ants choose"],
    ["pour le dungeon à Manhattan, c'est quoi leurs plus grosses dépenses?", "biggest expenses"],
    ["Peres y pense quoi de l'avenir du peace process?", "what Peres thinks of future of peace process?"],
    ["le Santorum cocktail, y'a combien d'onces de vodka dedans?", "how many ounces"],
    // "qui est" after a noun is a relative, not "who is"; "est tombée" is "fell".
    [
      "la grue qui est tombée dans la Grande Mosquée, ça a tué combien de monde?",
      "how many people crane fell in Grand Mosque killed?",
    ],
  ])("reads everyday words: %s", (typed, read) => {
    expect(withFranglaisRead(typed)).toContain(read);
  });

  it("reads 'pis' as 'and' and leaves 'genre' out", () => {
    expect(withFranglaisRead("genre, c'est qui Thomas Sam pis sa femme?")).toBe(
      "who is Thomas Sam and wife?",
    );
  });

  it.each([
    // One French word is not enough, nor names, English loanwords or "je ne sais quoi".
    "What is the je ne sais quoi of The Onion?",
    "Who is the chargé d'affaires after the coup d'état?",
    "Did Ben Chan win a seat, and what did Eddie Chu get?",
    "Where is the café where the fiancée of Tom met him?",
    "How did Kim Jong-il die, and when did Kim Jong-un take power?",
    "C'mon, who won La Liga?",
    "genre",
  ])("leaves an English message as typed: %s", (typed) => {
    expect(withFranglaisRead(typed)).toBe(typed);
  });

  it.each([
    "oye, quién es el foreign minister de Cambodia que se sentó con Blinken en DC?",
    "¿cuántos partidos políticos se registraron pa' las elecciones de commune en Cambodia?",
    "qué dijo Shimon Peres sobre el futuro del peace process?",
  ])("leaves Spanglish to spanglish.ts: %s", (typed) => {
    expect(withFranglaisRead(typed)).toBe(typed);
  });

  it.each([
    "est-ce que la game est finie?",
    "c'est qui la directrice que le gouvernement a nommée?",
    "combien de personnes sont mortes dans le crash de la grue à la Mecque?",
  ])("leaves no Spanish word for spanglish.ts to read: %s", (typed) => {
    const read = withFranglaisRead(typed);
    expect(read).not.toBe(typed);
    expect(withSpanglishRead(read)).toBe(read);
  });

  it("reads an object's inherited key ('constructor') as a word of its own", () => {
    expect(withFranglaisRead("c'est qui le constructor du pont à Montréal?")).toBe(
      "who is constructor of bridge in Montréal?",
    );
  });
});
