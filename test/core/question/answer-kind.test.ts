/** What a question asks for, and how well a sentence carries it. */
import {
  answerKind,
  askedNamedNoun,
  askedSentence,
  askingClause,
  asksForYear,
  carries,
  DAY_FIT,
  dateFit,
  withoutTrailingAsides,
  YEAR_ONLY,
} from "../../../src/core/question/answer-kind";

describe("answerKind", () => {
  it.each([
    ["When was the CNRP dissolved?", "date"],
    // A date asked as a label, as a spreadsheet column or a note asks it.
    ["Cambodia commune election 2022 - date? col E, date only", "date"],
    ["commune election - year?", "date"],
    ["date of the vote?", "date"],
    ["what's the release date for IE9?", "date"],
    ["IE9 final release date?", "date"],
    ["is the story up to date?", null],
    ["They set a date with destiny, who did?", "name"],
    ["What year did the US suspend the GSP?", "date"],
    ["How soon could the vaccines be available?", "date"],
    ["By when must the plant close?", "date"],
    ["What release date do we give for IE9?", "date"],
    ["Which election year was that?", "date"],
    ["Who heads the rights group?", "name"],
    ["How many seats are contested?", "number"],
    ["number of seats contested?", "number"],
    ["Warhol Legacy Program - number of universities that accepted donations", "number"],
    ["what was the total number of visitors", "number"],
    // A share asked by its other names.
    ["What fraction of salt sold in Australia is actually iodised?", "number"],
    // A time gap is a number of hours, not a time of day (sixty-second round); the time of day is still a date.
    ["What time gap between Sochi and New York did Ličen flag?", "number"],
    ["what time difference is there between Sochi and New York", "number"],
    ["What time did the match start?", "date"],
    ["What proportion of salt in Australia is iodised?", "number"],
    // A count asked by its name, as a desk asks it.
    ["Sample size on the Aussie iodine study?", "number"],
    ["Taipei lantern fest 2007, expected attendance?", "number"],
    ["why did the number of visitors fall?", null],
    // A distance, a duration, an age: a figure too.
    ["How far did the team travel to apply for visas?", "number"],
    ["How long did the peer review take?", "number"],
    ["How old is the new mayor?", "number"],
    ["How often does the council meet?", "number"],
    ["Which country hosts the summit?", "country"],
    ["Russia reassured which West African country that Wagner would stay?", "country"],
    ["Which US state passed the ban?", "state"],
    ["For the first time in 50,000 years, a rare comet is in the night sky. Which color is it?", "colour"],
    ["what colour was the flag they chose", "colour"],
    ["What set off the Anonymous attack on the Scientology website?", "cause"],
    ["what kicked off the protests", "cause"],
    ["What caused a 70-vehicle crash in Illinois this week?", "cause"],
    // A species: a genus and its Latin epithet.
    ["What's the scientific name of the new Antarctic anemone Daly described?", "species"],
    ["What's the species name of the glowing anemone?", "species"],
    ["what is the latin name of the ant they studied", "species"],
    // The name of a living thing, or what it is called: its species'.
    ["What's the new sea anemone under the Ross ice called then?", "species"],
    ["What is the new sea anemone under the Ross ice shelf called scientifically?", "species"],
    ["What's the name of that new sea anemone they found under the Antarctic ice, eh?", "species"],
    ["Name of the new anemone species pulled from under the Ross ice shelf?", "species"],
    ["What's the new program called then?", "proper"],
    // What a word means: a sentence that says so.
    ["Carnival season closed this week with parades and beads. Mardi Gras is French for what?", "meaning"],
    ["what does the word ubuntu mean?", "meaning"],
    ["What does 'kaizen' actually mean in English?", "meaning"],
    ["what's the meaning of Tet?", "meaning"],
    ["So the festival's name means what?", "meaning"],
    // A consequence, an acronym's letters: not a word's meaning.
    ["What does rising ozone mean for coffee harvests in Brazil?", null],
    ["What does EBA mean?", null],
    ["can u explain what EBA is, like what do the letters mean", null],
    ["Why were the visas denied?", null],
    ["Which measure did lawmakers leave out?", null],
    // A place, or a thing known by its name: one capitalised word can answer ("Cornwall", "Amazon").
    ["Where is the Pacific Standard bar?", "proper"],
    ["The rocket launched from where?", "proper"],
    ["In which city was the first parade held?", "proper"],
    ["Which museum gets Endeavour once it is retired?", "proper"],
    ["What book did the volunteers first record?", "proper"],
    ["Which company reported its strongest quarter?", "proper"],
    ["At which school did the founders meet?", "proper"],
    // Places of work and the like are known by their names ("the Republic Windows and Doors Factory").
    ["Chomsky cites recent US sit-down strike — which factory?", "proper"],
    ["At which factory did the sit-down strike take place?", "proper"],
    // A journal is known by its name ("published in journal Nature Climate Change").
    ["ozone/crop yield study ran in which journal?", "proper"],
    ["which journal ran the MIT ozone + crop yields paper", "proper"],
    ["Which gallery shows the Polaroids?", "proper"],
    ["What is the title of Aner Shalev's novel?", "proper"],
    ["which govt body is chin malin in charge of", "proper"],
    ["Which group of unionized employees walked off their jobs?", "proper"],
    ["What committee does Malin lead?", "proper"],
    ["4 million people have enrolled in the new repayment plan. What is the program called?", "proper"],
    ["what's the new variant called", "proper"],
    ["What is it called when the moon covers the sun entirely?", null],
    ["Which commentator dismissed the remarks?", "name"],
    // "which <noun>" later in the question, as quizzes and reporters write it.
    ["Chin Malin heads which government body?", "proper"],
    ["West Virginia announced an $87 million settlement with which company for its role?", "proper"],
    ["Woodson was the second African American to earn a Ph.D from which university?", "proper"],
    ["Prak Sokhonn met which official in Washington?", "name"],
    // A person asked by the imperative.
    ["Name the Crown prosecutor at the Sydney manslaughter trial.", "name"],
    ["name the gallery director", "name"],
    ["Name the three parties", null],
    ["Which holiday is considered the unofficial end of summer in the US?", "proper"],
    ["Which energy giant announced the highest profit in its history?", "proper"],
    // "which" that opens a clause asks nothing: "the company which makes the kit".
    ["What did the company which makes the kit announce?", null],
    // The sentence that asks decides, not the one that sets the scene.
    ["The Spurs won the draft lottery this week. Who did they pick last time?", "name"],
    ["The mayor spoke on Monday. How many people came?", "number"],
    // And within it, the clause that asks after a scene set first, past a comma, a dash or a colon.
    ["when nasa parcelled out the retired orbiters, where did enterprise end up", "proper"],
    ["after the 2016 vote, who topped the poll", "name"],
    ["the texas clock kid story — which student started the viral hashtag", "name"],
    ["Which comedian is set to host the Academy Awards?", "name"],
    ["the texas clock kid story — when was he arrested", "date"],
    ["quick q: how many seats are up for grabs", "number"],
    // Not a sentence that opens with its own question, nor a relative clause the sentence goes on after.
    ["when was the CNRP dissolved, and which court did it?", "date"],
    ["Dr. Woodson, who helped found the week, studied at which university?", "proper"],
  ])("%s → %s", (question, kind) => {
    expect(answerKind(question)).toBe(kind);
  });
});

describe("askedSentence", () => {
  it.each([
    [
      "The Spurs won the draft lottery this week. Who did they pick last time?",
      "Who did they pick last time?",
    ],
    // Sentences after the question that ask nothing of their own are not the one that asks.
    [
      "which senators besides markey signed the hun sen letter? want the full list",
      "which senators besides markey signed the hun sen letter?",
    ],
    ["Who runs CCHR? Need the name. Thanks", "Who runs CCHR?"],
    // A later sentence that asks, by a question word or a question mark, is still the one that asks.
    ["who met blinken? which summit was it on the sidelines of", "which summit was it on the sidelines of"],
    ["Who met Blinken? Sokhonn?", "Sokhonn?"],
    // A later sentence that asks only for the proof of the one before.
    [
      "Doing a follow-up. What did Blinken actually say back to Sokhonn? Do we have his quote?",
      "What did Blinken actually say back to Sokhonn?",
    ],
    ["Who heads CCHR? Is that right?", "Who heads CCHR?"],
    ["Who heads CCHR? Can you confirm that?", "Who heads CCHR?"],
    ["Where did the case end up? Was he convicted?", "Was he convicted?"],
    // A later sentence that only offers guesses at the answer.
    ["What is the capital of Australia? Tipo, Sydney or Canberra?", "What is the capital of Australia?"],
    ["Who met Blinken? Was it Sokhonn or Hun Sen?", "Who met Blinken?"],
    // Not a question of its own with an "or".
    ["Who is the FM? Did he meet Blinken or Kerry?", "Did he meet Blinken or Kerry?"],
    // No earlier question: the last sentence.
    ["Tell me about the EBA. The trade scheme", "The trade scheme"],
    // A label before the question, up to a colon: what the asker is making.
    [
      "Book cover strip: which publisher released Shalev's novel Dark Matters?",
      "which publisher released Shalev's novel Dark Matters?",
    ],
    ["Locator pin: where did the crane fall?", "where did the crane fall?"],
    // A sceptic's or a fact-checker's frame before the question it asks.
    [
      "Does the wikiHow interview actually say how much Herrick sold eHow for?",
      "how much Herrick sold eHow for?",
    ],
    ["Did the story give when Christopher Hill was born?", "when Christopher Hill was born?"],
    // Not one that asks yes or no.
    ["Does the story say he was born in 1958?", "Does the story say he was born in 1958?"],
    // Not a claim before a colon, which asks nothing.
    [
      "Checking para 14: it says the CNRP was dissolved in 2017",
      "Checking para 14: it says the CNRP was dissolved in 2017",
    ],
  ])("%s → %s", (question, asking) => {
    expect(askedSentence(question)).toBe(asking);
  });
});

describe("withoutTrailingAsides", () => {
  it.each([
    // The scene before the question stays; the aside after it goes.
    [
      "I'm writing about odd creatures under Antarctic ice. What name did Daly give the new anemone? Need the Latin for accuracy.",
      "I'm writing about odd creatures under Antarctic ice. What name did Daly give the new anemone?",
    ],
    ["Who runs CCHR? Need the name. Thanks", "Who runs CCHR?"],
    ["Who heads CCHR? Is that right?", "Who heads CCHR?"],
    // A later sentence that asks stays, and a question with nothing after it is whole.
    [
      "who met blinken? which summit was it on the sidelines of",
      "who met blinken? which summit was it on the sidelines of",
    ],
    ["Who met Blinken?", "Who met Blinken?"],
    // No earlier question: nothing is an aside.
    ["Tell me about the EBA. The trade scheme", "Tell me about the EBA. The trade scheme"],
  ])("%s → %s", (question, kept) => {
    expect(withoutTrailingAsides(question)).toBe(kept);
  });
});

describe("askingClause", () => {
  it.each([
    ["heaven sent gaming duo — what school did they first meet at", "what school did they first meet at"],
    ["my mum swears by remedies... who was the crown prosecutor?", "who was the crown prosecutor?"],
    ["the parents used remedies… who was the prosecutor?", "who was the prosecutor?"],
    ["she got quoted in an article about the US meeting. who is she?", "who is she?"],
    ["When do works start, and what did Mayor Lee say?", "When do works start, and what did Mayor Lee say?"],
    ["Re the Blinken story — Who did Sokhonn meet?", "Who did Sokhonn meet?"],
    [
      "when was the CNRP dissolved, and which court did it",
      "when was the CNRP dissolved, and which court did it",
    ],
  ])("%j → %j", (sentence, clause) => {
    expect(askingClause(sentence)).toBe(clause);
  });
});

describe("dateFit", () => {
  it("prefers a month or a day to a year alone, and a year to no date", () => {
    expect(dateFit("The Supreme Court in November 2017 disbanded the CNRP.")).toBe(1);
    expect(dateFit("They met on Tuesday.")).toBe(DAY_FIT);
    expect(dateFit("Rights have worsened since the 2017 dissolution of the CNRP.")).toBe(YEAR_ONLY);
    expect(dateFit("The party was dissolved by the court.")).toBe(0);
    // A coming date counts as one: "How soon…?" is answered by "as early as next week".
    expect(dateFit("Shots could begin as early as next week.")).toBe(YEAR_ONLY);
    expect(dateFit("The updated boosters arrive this fall.")).toBe(YEAR_ONLY);
    expect(YEAR_ONLY).toBeLessThan(1);
  });

  it("prefers a day to a month, unless the question asks for a year", () => {
    expect(dateFit("Sopheap said as the June 5 commune election approaches.")).toBe(DAY_FIT);
    expect(dateFit("The vote takes place on 5 June.")).toBe(DAY_FIT);
    expect(dateFit("The vote is on May 22.")).toBe(DAY_FIT);
    expect(dateFit("The upcoming local elections in June 2022.")).toBe(1);
    expect(dateFit("Sopheap said as the June 5 commune election approaches.", true)).toBe(1);
    expect(DAY_FIT).toBeGreaterThan(1);
    expect(asksForYear("What year did Tina McKenzie captain the Gliders?")).toBe(true);
    expect(asksForYear("In which year was it founded?")).toBe(true);
    expect(asksForYear("When is the vote?")).toBe(false);
  });
});

describe("carries", () => {
  it("finds a name the question does not already give", () => {
    expect(carries("name", "Chak Sopheap, the executive director, said so.", "Who heads the group?")).toBe(
      true,
    );
    expect(carries("name", "Chak Sopheap said so.", "What did Chak Sopheap say?")).toBe(false);
    expect(carries("number", "It has 11,622 seats.", "How many seats?")).toBe(true);
  });

  it("wants a word that tells a meaning for what a word means", () => {
    const asked = "Mardi Gras is French for what?";
    expect(carries("meaning", 'Mardi Gras, which is French for "Fat Tuesday," is on Feb. 21.', asked)).toBe(
      true,
    );
    expect(carries("meaning", "Parades and beads fill the streets during Mardi Gras.", asked)).toBe(false);
  });

  it("wants a count for a sample size, not a share", () => {
    const asked = "Sample size on the Aussie iodine study?";
    expect(carries("number", "A cross-sectional survey of 1709 schoolchildren was carried out.", asked)).toBe(
      true,
    );
    expect(carries("number", "Iodine is added to only 10 per cent of Australian salt.", asked)).toBe(false);
    expect(carries("number", "If deficiency is serious you lose 15 IQ points, on average.", asked)).toBe(
      false,
    );
    expect(carries("number", "About 6 million visitors are expected.", "expected attendance?")).toBe(true);
    expect(
      carries("number", "Iodine is added to only 10 per cent of Australian salt.", "How much salt?"),
    ).toBe(true);
  });

  it("wants a time or a length for 'how long' and 'how far', not any number", () => {
    const asked = "how long do asylum seekers get to send back the questionnaire";
    expect(carries("number", "It must be returned within twenty working days.", asked)).toBe(true);
    expect(carries("number", "She was imprisoned for twelve years aboard the ship.", asked)).toBe(true);
    expect(carries("number", "Ramadan is a holy, month-long observance.", asked)).toBe(true);
    expect(carries("number", "Some 12,000 asylum seekers will get the forms.", asked)).toBe(false);
    // A point in time answers "when", not "how long".
    expect(carries("number", "The UN recommended it two years ago.", asked)).toBe(false);
    expect(carries("number", "It was signed three days earlier.", asked)).toBe(false);
    expect(carries("number", "The 1.6km bridge opened.", "How far does the bridge reach?")).toBe(true);
    expect(carries("number", "Some 12,000 asylum seekers will get the forms.", "How many forms?")).toBe(true);
  });

  it("wants a count for 'how many', not 'half', which is a share", () => {
    const asked = "How many school kids were surveyed in the iodine study?";
    expect(carries("number", "Almost half of all primary school children are iodine deficient.", asked)).toBe(
      false,
    );
    expect(carries("number", "A survey of 1709 schoolchildren was carried out.", asked)).toBe(true);
    expect(carries("number", "Three schools took part.", asked)).toBe(true);
    expect(
      carries(
        "number",
        "Almost half of all children are deficient.",
        "How much of the country is deficient?",
      ),
    ).toBe(true);
  });

  it("does not read a digit inside a name ('U2', 'A380') as a count", () => {
    const asked = "how many moons does jupiter have";
    expect(carries("number", "Samples were collected by U2 in the stratosphere.", asked)).toBe(false);
    expect(carries("number", "The A380 landed at noon.", asked)).toBe(false);
    expect(carries("number", "Jupiter has 95 known moons.", asked)).toBe(true);
    expect(carries("number", "It reached the site within 20-minute flights.", asked)).toBe(true);
  });

  it("finds a country or a US state the question does not already name", () => {
    const country = "Which country did the balloon come from, the US asked?";
    expect(carries("country", "The balloon was launched from China, officials said.", country)).toBe(true);
    expect(carries("country", "The balloon drifted across the United States.", country)).toBe(false);
    expect(carries("country", "The balloon drifted for days.", country)).toBe(false);
    const state = "Which state joined Illinois in banning the rifles?";
    expect(carries("state", "Washington is now the ninth state to ban sales.", state)).toBe(true);
    expect(carries("state", "Illinois passed its ban in January.", state)).toBe(false);
  });

  it("finds a cause for 'what set off', by a word that tells one", () => {
    const asked = "What set off the attack on the website?";
    expect(carries("cause", "The incident was prompted by attempts to remove a video.", asked)).toBe(true);
    expect(carries("cause", "The stampede began when luggage tripped pilgrims.", asked)).toBe(true);
    expect(carries("cause", "The attack was launched on Wednesday by a user.", asked)).toBe(false);
    expect(carries("cause", "Over 60,000 officers were sent after the attack.", asked)).toBe(false);
  });

  it("finds a species for 'the scientific name', in a genus and a Latin epithet", () => {
    const asked = "What's the scientific name of the new anemone?";
    expect(carries("species", "the group to which Edwardsiella andrillae belongs includes many", asked)).toBe(
      true,
    );
    expect(carries("species", "The team used Formica fusca, an ant species.", asked)).toBe(true);
    // A capitalised word alone, a sentence's first word, or a common English word is no species.
    expect(carries("species", "It was found under the ice in the Ross Sea.", asked)).toBe(false);
    expect(carries("species", "Frank thus got in touch after they returned.", asked)).toBe(false);
    expect(carries("species", "Spectators crowded the Warhol museum again.", asked)).toBe(false);
  });

  it("finds a colour for 'which colour'", () => {
    const asked = "A rare comet is making an appearance this week. Which color is it?";
    expect(carries("colour", "Viewing the comet: A rare green comet is headed our way.", asked)).toBe(true);
    expect(carries("colour", "It shows a brighter greenish coma.", asked)).toBe(true);
    expect(carries("colour", "It will pass Earth at a distance of 26.4 million miles.", asked)).toBe(false);
  });

  it("finds a place or a title the question does not already give, not a sentence's first word", () => {
    const where = "Where is the Pacific Standard bar?";
    expect(carries("proper", "The Pacific Standard bar is located in Brooklyn, New York.", where)).toBe(true);
    expect(carries("proper", "Pacific Standard owners display the drink at the bar.", where)).toBe(false);
    expect(carries("proper", "Drinks there cost eight dollars. Staff tell the story.", where)).toBe(false);
  });

  it("for 'where', finds a place written after 'in', 'at', 'from'…, not any new capitalised word", () => {
    const launched = "The UK's first space mission launched from where?";
    expect(carries("proper", "A crowd gathered at Spaceport Cornwall to watch.", launched)).toBe(true);
    expect(carries("proper", "Next year's competition will take place in Mexico City.", launched)).toBe(true);
    expect(carries("proper", "The LauncherOne rocket suffered an anomaly, said Matt Archer.", launched)).toBe(
      false,
    );
    // A place the question already gives is no answer.
    expect(carries("proper", "The mission failed after leaving the UK.", launched)).toBe(false);
    // Other questions known by name still take any new capitalised word.
    expect(carries("proper", "The LauncherOne rocket failed.", "Which company built the rocket?")).toBe(true);
  });
});

describe("askedNamedNoun", () => {
  it.each([
    ["Chomsky cites recent US sit-down strike — which factory?", "factory"],
    ["At which factory did the sit-down strike take place?", "factory"],
    ["Retired Endeavour headed to which museum?", "museum"],
    ["Who ran the factory?", null],
    ["What did the factory make?", null],
  ])("%s → %s", (question, noun) => {
    expect(askedNamedNoun(question)).toBe(noun);
  });
});
