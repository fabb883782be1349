import {
  holdsAskedCountry,
  missingCountries,
  missingDemonymCountries,
  missingEntities,
  questionBodies,
  questionCountries,
  questionEntities,
  questionStates,
} from "../../../src/core/question/question-entities";

describe("questionEntities", () => {
  it.each([
    ["Who is Japan's prime minister?", ["japan"]],
    [
      "What did Thailand's foreign minister discuss with Antony Blinken in 2022?",
      ["thailand", "antony", "blinken", "2022"],
    ],
    ["Police arrested 31 men this week in Idaho", ["idaho"]],
    ["EBA: what does it stand for?", ["eba"]],
    ["How many people died after 60 years of waiting?", []],
    // A weekday or a month is a date; a job title names no one; a sentence's first word is capitalised anyway.
    ["Just Stop Oil activists disrupted play at which tournament on Monday?", ["stop", "oil"]],
    ["Twitter CEO Elon Musk replaced the bird icon in April with what?", ["elon", "musk"]],
    [
      "Singer Gordon Lightfoot died at 84. Finish the title of his song: The Wreck of the…",
      ["gordon", "lightfoot", "wreck"],
    ],
    // "Americans" are the people a US story is about, seldom named in it.
    ["Will the Biden administration extend the loan pause for millions of Americans?", ["biden"]],
    // "the Latin name": the form of a name asked for.
    ["What is the Latin name of the anemone Daly found?", ["daly"]],
    // An abbreviation does not end the sentence: the name after it still counts.
    ["What did Gov. Newsom tell the U.S. Senate?", ["gov", "newsom", "senate"]],
  ])("reads the names and years of %j", (question, expected) => {
    expect(questionEntities(question)).toEqual(expected);
  });
});

describe("missingEntities", () => {
  const texts = [
    "Cambodian Foreign Minister Prak Sokhonn met U.S. Secretary of State Antony Blinken in May 2022.",
  ];
  it("finds a name the stories do not hold, and accepts related word forms", () => {
    expect(missingEntities(["japan", "blinken"], texts)).toEqual(["japan"]);
    expect(missingEntities(["cambodia", "sokhonn", "2022"], texts)).toEqual([]);
    expect(missingEntities(["2023"], texts)).toEqual(["2023"]);
  });
});

describe("questionCountries", () => {
  it("reads a country by its name, and the UK by what people write for it", () => {
    expect(questionCountries("Who won Thailand's election?")).toEqual(["thailand"]);
    for (const question of [
      "what % of uk school kids are iodine deficient",
      "How many UK adults back the plan?",
      "When did the U.K. leave?",
      "wind power records in Britain",
    ])
      expect(questionCountries(question)).toEqual(["united kingdom"]);
  });

  it("reads a place that ends the sentence, before its full stop", () => {
    expect(questionCountries("Tell me who won the election in Thailand.")).toEqual(["thailand"]);
    expect(questionStates("tell me who was the Libertarian candidate for Governor of New Jersey.")).toEqual([
      "new jersey",
    ]);
    expect(questionCountries("When did the U.K. leave?")).toEqual(["united kingdom"]);
  });

  it("does not read the UK into other words, nor the US from 'us' or 'U.S.'", () => {
    expect(questionCountries("what did the ukulele festival announce")).toEqual([]);
    expect(questionCountries("tell us about the U.S. summit")).toEqual([]);
  });

  it("finds the UK named in a story as the UK, Britain or British, and not in an Australian story", () => {
    const named = questionCountries("what % of uk school kids are iodine deficient");
    expect(
      missingCountries(named, [
        "Almost half of all Australian primary school children are iodine deficient.",
      ]),
    ).toEqual(["united kingdom"]);
    expect(missingCountries(named, ["British children are mildly iodine deficient."])).toEqual([]);
    expect(missingCountries(named, ["A study in the UK found…"])).toEqual([]);
  });

  it("reads New Zealand from 'NZ', and finds it in a story as New Zealand, NZ or Kiwi", () => {
    const named = questionCountries(
      "nz parents charged after their baby died on naturopathy treatment, what happened",
    );
    expect(named).toEqual(["new zealand"]);
    expect(questionCountries("what's the price tag on NZ's two flag referendums")).toEqual(["new zealand"]);
    expect(questionCountries("a new zinc mine")).toEqual([]);
    expect(missingCountries(named, ["Thomas Sam, of Sydney, Australia, is on trial."])).toEqual([
      "new zealand",
    ]);
    expect(missingCountries(named, ["Kiwi voters chose the old flag."])).toEqual([]);
    expect(missingCountries(named, ["The NZ government held two referendums."])).toEqual([]);
  });
});

describe("questionBodies", () => {
  it("reads the UN and the EU from their two capitals, not from 'un-' or a French 'un'", () => {
    expect(questionBodies("what did the UN security council say about the artillery exchange")).toEqual([
      "united nations",
    ]);
    expect(questionBodies("when did the UK officially leave the E.U.?")).toEqual(["european union"]);
    expect(questionBodies("how did the un-elected board vote on un film")).toEqual([]);
  });

  it("finds the UN in a story as UN, U.N. or United Nations, not in 'Kim Jong-un'", () => {
    const named = questionBodies("what did the UN say about the exchange of fire");
    expect(missingCountries(named, ["Kim Jong-un issued an order to the front."])).toEqual([
      "united nations",
    ]);
    expect(missingCountries(named, ["The UN called for calm."])).toEqual([]);
    expect(missingCountries(named, ["The U.N. Special Rapporteur was not convinced."])).toEqual([]);
    expect(missingCountries(named, ["The United Nations called for calm."])).toEqual([]);
  });

  it("finds the EU in a story as EU, E.U., the European Union or a European body", () => {
    const named = questionBodies("what did the EU say about the suspension");
    expect(missingCountries(named, ["The U.S in 2020 suspended the GSP."])).toEqual(["european union"]);
    expect(missingCountries(named, ["Meanwhile, the E.U. has already suspended 20% of EBA."])).toEqual([]);
    expect(missingCountries(named, ["The European Parliament adopted a resolution."])).toEqual([]);
  });

  it("tells whether a story names a country the question asks about (holdsAskedCountry)", () => {
    const holds = holdsAskedCountry("How many parties are in this Cambodian election?");
    expect(holds?.("Cambodia will hold commune elections next month.")).toBe(true);
    expect(holds?.("Cambodian workers are in the garment sector.")).toBe(true);
    expect(holds?.("Sarvis polled in double digits in the Virginia election.")).toBe(false);
    const thailand = holdsAskedCountry("Who won Thailand's election?");
    expect(thailand?.("Thai voters went to the polls.")).toBe(false);
    expect(thailand?.("Thailand voted on Sunday.")).toBe(true);
    expect(holdsAskedCountry("How many parties ran in the election?")).toBeNull();
  });

  it("reads a country named by its people's adjective, missing from a story with neither the name nor the adjective", () => {
    const story =
      "On the sideline of the May 13 ASEAN-U.S. Special Summit, Foreign Affairs Minister Prak Sokhonn met Blinken. Cambodian workers are in the garment sector.";
    expect(
      missingDemonymCountries("did the thai foreign min also meet blinken at the summit?", [story]),
    ).toEqual(["thailand"]);
    expect(missingDemonymCountries("What did the Cambodian minister tell Blinken?", [story])).toEqual([]);
    expect(
      missingDemonymCountries("did the thai foreign min meet blinken?", ["Thailand's minister met him."]),
    ).toEqual([]);
    expect(
      missingDemonymCountries("did the thai foreign min meet blinken?", ["Thai officials met him."]),
    ).toEqual([]);
    // Not "American": stories about American places seldom name the country.
    expect(missingDemonymCountries("what did the American senator say?", [story])).toEqual([]);
  });
});

describe("missingEntities: a compound written apart", () => {
  it("finds a compound name a story writes as two words or hyphenated, not any two words", () => {
    expect(missingEntities(["southeast"], ["Rathke asked the governments of South East Asia."])).toEqual([]);
    expect(missingEntities(["northwest"], ["Troops moved into the North-West region."])).toEqual([]);
    expect(missingEntities(["southeast"], ["Rathke asked the governments of Asia."])).toEqual(["southeast"]);
  });
});

describe("missingDemonymCountries: a people's adjective that starts a person's name", () => {
  const story = ["Political analyst Lao Mong Hay said the minister made no new statements."];
  it.each([
    // The story names a person, not Laos: a question about the Lao foreign minister is about another country.
    ["What did the Lao foreign minister say to Blinken?", ["laos"]],
    ["which Lao foreign minister met Blinken?", ["laos"]],
    // The question names that person, typed in lower case or half remembered.
    ["what did analyst lao mong hay make of the remarks?", []],
    ["There was an analyst who said nothing new. Lao something? Who was that?", []],
  ])("%s → %s", (question, missing) => {
    expect(missingDemonymCountries(question, story)).toEqual(missing);
  });
});
