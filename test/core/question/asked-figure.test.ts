/** "How many …?" about something the story talks about but never counts: a near miss. */

import {
  countedWords,
  countingSentence,
  countTold,
  figureMissing,
  namedFigure,
} from "../../../src/core/question/asked-figure";
import { nearestWords } from "../../../src/index/search/nearest-words";

describe("countedWords", () => {
  it.each([
    ["How many members does the Sea Org have?", ["members"]],
    ["How many positive monkeypox cases are in the United States?", ["positive", "monkeypox", "cases"]],
    ["How many council seats are up for grabs?", ["council", "seats"]],
    // The phrase ends at its first word that is not a noun or an adjective, a verb of any form included.
    ["how many volunteers read for librivox", ["volunteers"]],
    ["how many people went to the kaohsiung lantern festival in 2007", ["people"]],
    // "persons", as many who learnt English write it, are the people news counts.
    ["How many persons were injured when the crane fell?", ["people"]],
    ["how many visitors came through the USI warhol show in evansville?", ["visitors"]],
    ["how many ant colonies did nick bos's team dig up", ["ant", "colonies"]],
    [
      "How many Rohingya and Bangladeshi migrants are thought to still be at sea?",
      ["rohingya", "bangladeshi", "migrants"],
    ],
    ["how many were killed", []],
    ["What is the population of Taipei?", []],
    // A hyphenated word, which the tagger splits, stays in the phrase.
    ["How many primary-school kids were sampled in the iodine study?", ["primary", "school", "kids"]],
    ["how many state-run schools closed", ["state", "schools"]],
    // "how many of the …" counts what follows; a figure the question gives is not a counted word.
    ["How many of the 12,000 asylum questionnaires came back?", ["asylum", "questionnaires"]],
    ["how many of those ballots were spoiled", ["ballots"]],
    // "number of", as a spreadsheet column or "what was the number of …" asks it.
    ["Frank Messina - number of countries performed in, number only", ["countries"]],
    ["what was the number of visitors", ["visitors"]],
    // "What (total) number of …" with no verb, as a formal question puts it.
    ["What number of seats did the camp win?", ["seats"]],
    [
      "What total number of Legislative Council seats did the pro-Beijing camp secure?",
      ["legislative", "council", "seats"],
    ],
    ["why did the number of visitors fall", []],
  ])("%s → %j", (question, words) => {
    expect(countedWords(question)).toEqual(words);
  });
});

describe("namedFigure", () => {
  it.each([
    ["What is the population of Taipei?", ["population"]],
    ["what's the population of herat", ["population"]],
    ["What was the turnout rate in the 2016 election?", ["turnout"]],
    ["What was voter turnout in Cambodia's June 2022 commune elections?", ["turnout"]],
    ["What is the death toll from the storm?", ["death", "toll"]],
    ["What was the crowd at Belgium v Panama in Sochi?", ["crowd"]],
    ["What is the Sea Org?", []],
    // A population asked by a count.
    ["How many people live in Taipei?", ["population"]],
    ["How many people went to Taipei?", []],
    // A population named after the count that asks it, as the question reader puts a label's question.
    ["how many people Yeoncheon town population?", ["population"]],
    ["how many people in the population survey answered?", []],
    // A rate or a price is named by the word before it.
    ["What's the unemployment rate in Marlow Bay right now?", ["unemployment"]],
    ["What is the current exchange rate?", ["exchange"]],
    ["What is the current rate?", ["rate"]],
    ["what's the price of a ticket", ["price"]],
    // Which thing costs most, not a sum.
    ["What is the biggest cost of the dungeon business in Manhattan?", []],
    ["What is the cost of the dungeon?", ["cost"]],
    // Typed as a phrase, or with three words before the figure's name.
    ["exact attendance figure for fan expo canada 2016?", ["attendance"]],
    ["final death toll from cyclone phailin?", ["death", "toll"]],
    ["what's the onion's weekly print circulation", ["circulation"]],
    ["HK LegCo 2016 turnout %?", ["turnout"]],
    ["Who set the price of the drink?", []],
  ])("%s → %j", (question, words) => {
    expect(namedFigure(question)).toEqual(words);
  });
});

describe("figureMissing", () => {
  const story =
    "The Sea Org is the church's elite order. Its members sign a lifelong contract. The church has 12 centres in Europe.";

  it("is true when no sentence has a number beside the counted words", () => {
    expect(figureMissing("How many members does the Sea Org have?", story)).toBe(true);
  });

  it("is false when one does, as written, by another form, or by a near word", () => {
    expect(figureMissing("How many centres does the church run?", story)).toBe(false);
    expect(figureMissing("How many centre does the church run?", story)).toBe(false);
    const nearest = (words: string[], texts: string[]) =>
      new Map(words.map((w) => [w, w === "branches" && texts.join(" ").includes("centres") ? 0.7 : 0.1]));
    expect(figureMissing("How many branches does the church run?", story, nearest)).toBe(false);
    expect(figureMissing("How many branches does the church run?", story)).toBe(true);
  });

  it("takes no word the question writes itself for a near word of what it counts", () => {
    // As the word vectors have it: "saturn" is 0.62 from "moons".
    const interview =
      "Sarvis answered five questions submitted by Wikinews reporter William Saturn. Sarvis has garnered double digits in polls.";
    expect(figureMissing("How many moons does Saturn have?", interview, nearestWords)).toBe(true);
    expect(
      figureMissing("How many moons does Saturn have?", "Saturn has 146 known moons.", nearestWords),
    ).toBe(false);
  });

  it("asks a size by name, not a sample's", () => {
    const lowell = "Markey represents a large Cambodian community in the city of Lowell.";
    expect(figureMissing("Ballpark size of the Cambodian community in Lowell?", lowell)).toBe(true);
    expect(
      figureMissing(
        "Ballpark size of the Cambodian community in Lowell?",
        "Lowell's community of 20,000 is large.",
      ),
    ).toBe(false);
    expect(figureMissing("What was the sample size?", lowell)).toBe(false);
  });

  it("asks the same of a figure asked by name (a population, a turnout)", () => {
    const city = "Taipei hosts a lantern festival. The city's population of 2.6 million turned out.";
    expect(
      figureMissing("What is the population of Taipei?", "Taipei hosts a lantern festival every year."),
    ).toBe(true);
    expect(figureMissing("What is the population of Taipei?", city)).toBe(false);
    expect(figureMissing("What was the turnout in the vote?", "The vote was held on Sunday.")).toBe(true);
    expect(figureMissing("What was the turnout in the vote?", "Turnout was 58 % on Sunday.")).toBe(false);
    // A turnout only in the words that tell one, not in a near word ("registered", "election").
    const seats = "There are 17 political parties registered to contest the 11,622 commune council seats.";
    const near = (words: string[]) => new Map(words.map((w) => [w, 0.7]));
    expect(figureMissing("what was turnout in the 2017 commune elections?", seats, near)).toBe(true);
    expect(figureMissing("what was turnout in the commune elections?", "About 7 million voted.", near)).toBe(
      false,
    );
    // Votes and a vote tally only as written: "seats" and "election" are near words of "votes", not a count of them.
    expect(
      figureMissing("by how many votes did the european parliament pass its resolution?", seats, near),
    ).toBe(true);
    expect(
      figureMissing("what was the vote tally on the european parliament's resolution", seats, near),
    ).toBe(true);
    const votes = "Eddie Chu was elected with 84,121 votes, the most given to any list.";
    expect(figureMissing("how many votes did Eddie Chu get?", votes, near)).toBe(false);
    expect(figureMissing("what was the vote tally for Eddie Chu?", votes, near)).toBe(false);
    const match = "In Sochi, Belgium defeated debutants Panama 3 – 0 at the Fisht Stadium.";
    expect(figureMissing("What was the crowd at Belgium v Panama in Sochi?", match)).toBe(true);
    expect(
      figureMissing("What was the crowd at Belgium v Panama?", `${match} A crowd of 43,257 watched.`),
    ).toBe(false);
  });

  it("asks a total of a 'how many … in total / overall' question, not one part of it", () => {
    const parts =
      "Shiu Ka-chun of the Social Welfare constituency defeated their opponents, hence the pan-democrats' seats in the functional constituencies increased from 9 to 10.";
    const question = "How many seats did the pan-democrats win in total?";
    expect(figureMissing(question, parts)).toBe(true);
    expect(figureMissing("How many seats did the pan-democrats win?", parts)).toBe(false);
    expect(figureMissing(question, `${parts} In total, the pan-democrats won 30 seats.`)).toBe(false);
    expect(figureMissing(question, "The pan-democrats won 30 seats.")).toBe(false);
    expect(figureMissing(question, "The pan-democrats won 30 of the 70 seats.")).toBe(false);
    // "total" said without "in": "how many seats total did …".
    const bare = "how many seats total did the pan-democrats win";
    expect(figureMissing(bare, parts)).toBe(true);
    expect(figureMissing(bare, "The pan-democrats won 30 seats.")).toBe(false);
    // A total typed as a label.
    const label = "total legco seats won by the pan-democrats?";
    expect(figureMissing(label, parts)).toBe(true);
    expect(figureMissing(label, "The pan-democrats won 30 seats.")).toBe(false);
    // "total" before "how many": "Pro-Beijing camp total get how many seat in the 2016 Legco?"
    const before = "pan-democrats total get how many seat in the Legco?";
    expect(figureMissing(before, parts)).toBe(true);
    expect(figureMissing(before, "The pan-democrats won 30 seats.")).toBe(false);
    // A count right before the counted word, though it reads like a year; not a year before another word.
    const survey =
      "A cross-sectional survey of 1709 schoolchildren - aged 8–10 years, from 88 schools - was carried out in New South Wales, Victoria, South Australia, Western Australia and Queensland, between July 2003 and December 2004.";
    expect(figureMissing("how many schoolchildren did they survey in total?", survey)).toBe(false);
    expect(
      figureMissing(
        "how many schoolchildren did they survey in total?",
        "The survey of schoolchildren ran in 2003 schools-wide.",
      ),
    ).toBe(true);
  });

  it("does not take a sentence that writes the counted word but whose numbers count something else", () => {
    const story =
      "Each week a new short poem is chosen and as many readers as wish to record a version, so you get 20 + versions of the same poem.";
    const near = (words: string[]) => new Map(words.map((word) => [word, 0]));
    expect(figureMissing("How many volunteer readers does LibriVox have?", story, near)).toBe(true);
    expect(figureMissing("How many versions of a poem do you get?", story, near)).toBe(false);
    // The counted word not written in the sentence: read as before ("277 vulnerabilities" for security holes).
    const secunia = "Secunia, an Internet security firm, says IE6 has 277 vulnerabilities.";
    expect(figureMissing("How many security holes has Secunia counted?", secunia, near)).toBe(false);
  });

  it("reads an object's inherited key ('constructor') as a counted word of its own", () => {
    expect(countedWords("How many constructor contracts were signed?")).toEqual(["constructor", "contracts"]);
    expect(figureMissing("How many constructor jobs were there?", "There were 40 constructor jobs.")).toBe(
      false,
    );
  });

  it("takes a population only as written, and asks it of 'how many people live in'", () => {
    const evacuated = "South Korea evacuated about 80 people in the town of Yeoncheon.";
    const near = (words: string[]) => new Map(words.map((word) => [word, 0.7]));
    expect(figureMissing("What is the population of Yeoncheon?", evacuated, near)).toBe(true);
    expect(figureMissing("How many folks live in Yeoncheon these days?", evacuated, near)).toBe(true);
    const census = "Yeoncheon has a population of 45,000.";
    expect(figureMissing("What is the population of Yeoncheon?", census, near)).toBe(false);
    expect(figureMissing("How many people live in Yeoncheon?", census, near)).toBe(false);
    expect(
      figureMissing("How many people live in Yeoncheon?", "Some 45,000 residents live there.", near),
    ).toBe(false);
  });

  it("counts a crowd asked by a count ('how many fans were at') in its words as written, not by a near word", () => {
    const match = "Belgium beat Panama 3 – 0, with two goals from Romelu Lukaku.";
    const near = (words: string[]) => new Map(words.map((word) => [word, 0.7]));
    for (const question of [
      "How many fans were at Belgium v Panama in Sochi?",
      "how many people went to see the Belgium game",
      "How many visitors did the match draw?",
      "how many protesters turned up at the match",
      "how many fans were in the stands for the match, eh?",
    ]) {
      expect(figureMissing(question, match, near)).toBe(true);
      for (const told of ["A crowd of 43,257 watched.", "43,257 spectators were there.", "43,257 attended."])
        expect(figureMissing(question, `${match} ${told}`, near)).toBe(false);
    }
    expect(figureMissing("How many fans were at the match?", "43,257 fans watched.", near)).toBe(false);
    // Not a crowd: a near word still counts.
    expect(figureMissing("How many people played in the match?", "Belgium beat Panama 3 – 0.", near)).toBe(
      false,
    );
  });

  it("asks both figures of a question that names one and counts another", () => {
    const question = "What's the population of Lowell, and how many Cambodian Americans live there?";
    const counted = "Lowell is home to about 20,000 Cambodian Americans.";
    expect(figureMissing(question, counted)).toBe(true);
    expect(figureMissing(question, `${counted} The city's population is 115,000.`)).toBe(false);
    expect(figureMissing(question, "Lowell's population is 115,000.")).toBe(true);
  });

  it("asks a rate or a price for the word before it, as written or by its other forms, not by a near word", () => {
    const census =
      "The figure is about 3 percent higher than a decade ago, with most of the growth in the east.";
    // "growth" is near "unemployment" in the word vectors (0.68): that is not an unemployment rate.
    const nearest = (words: string[]) => new Map(words.map((w) => [w, w === "unemployment" ? 0.68 : 0]));
    const question = "What's the unemployment rate in Marlow Bay right now?";
    expect(figureMissing(question, census, nearest)).toBe(true);
    expect(figureMissing(question, "Unemployment fell to 4.1 percent in March.", nearest)).toBe(false);
    expect(figureMissing("What is the ticket price?", "Tickets cost $12 at the door.", nearest)).toBe(false);
    expect(figureMissing("What is the ticket price?", "Parking costs $5.", nearest)).toBe(true);
    // An irregular form counts as the word: "sold" for "selling".
    expect(figureMissing("What was the final selling price of the painting?", "It sold for $191,000.")).toBe(
      false,
    );
  });

  it("asks a sum of money of a story that gives one, as news writes sums", () => {
    const question = "How much did the museum pay NASA for the shuttle?";
    expect(figureMissing(question, "The museum will display the shuttle from 2012 in New York.")).toBe(true);
    for (const sum of [
      "It paid $28.8 million.",
      "The price was US $ 8.00.",
      "It cost NZ$26m.",
      "It owes 422,000 euros in arrears.",
      "It paid 26 million dollars.",
      "Tickets are £45.",
      "It paid EUR 12,000.",
      "The bridge cost 1.2 billion crowns.",
      "It sold for 300 million roubles.",
      "The tunnel was budgeted at 1.4 billion marks.",
      "Fares rose to 9,000 dong.",
      "It cost 2 million reais.",
      "The board approved a 48 million dollar budget.",
    ])
      expect(figureMissing(question, `The museum will display the shuttle. ${sum}`)).toBe(false);
    // A number that is no sum of money does not answer it.
    expect(figureMissing(question, "The shuttle flew 39 missions and 12 million people saw it.")).toBe(true);
  });

  it("asks for a sum of money beside a word of the question (in its sentence or the one before)", () => {
    const expo =
      "The 22nd Fan Expo Canada drew thousands to Toronto. The finals saw Cloud9 face Immortals. " +
      "The Brazilian team won the championship and $ 50,000.";
    // The story's only sum is a gaming final's prize: it does not price a day pass.
    expect(figureMissing("How much does a day pass to Fan Expo Canada cost?", expo)).toBe(true);
    expect(figureMissing("How much did the championship winners take home in prize money?", expo)).toBe(
      false,
    );
    // The sentence before the sum names what it is for.
    const bar = "The bar serves a cocktail called the Santorum. It sells for US $ 8.00.";
    expect(figureMissing("how much is the santorum drink at that bar", bar)).toBe(false);
    // Money words alone name nothing: any sum answers "how much did it cost?".
    expect(figureMissing("How much did it cost?", "It was paid for with $ 60,000 in donations.")).toBe(false);
    // "owe" asks for the sum as "pay" does: "they" names nothing else.
    const taxes = "The court ruled on two schools. They must pay over 422,000 euros in arrears.";
    expect(figureMissing("Two schools were told to pay back taxes. How much did they owe?", taxes)).toBe(
      false,
    );
  });

  it("asks a count of people killed, injured, arrested or evacuated of a story that counts that fate", () => {
    const stampede = "The 2006 stampede at the Jamarat Bridge killed 346 pilgrims. Pilgrims were hurt too.";
    expect(figureMissing("how many pilgrims were injured in the stampede", stampede)).toBe(true);
    expect(figureMissing("how many pilgrims died in the stampede", stampede)).toBe(false);
    // The fate and the counted words may stand in different sentences with numbers.
    const crane = "At least 107 people were killed. The crane fell, killing 107 and wounding 238.";
    expect(figureMissing("How many people were injured when the crane fell?", crane)).toBe(false);
    expect(figureMissing("How many people were arrested after the crane fell?", crane)).toBe(true);
    // With no counted words ("how many were killed"), the fate alone.
    expect(figureMissing("how many were killed in the collapse", crane)).toBe(false);
    expect(figureMissing("how many were evacuated", crane)).toBe(true);
  });

  it("asks the fate named first, an injury count, and 'wound' for the injured", () => {
    const stampede = "The 2006 stampede at the Jamarat Bridge killed 346 pilgrims.";
    expect(
      figureMissing("how many people got injured in that stampede, not killed, injured?", stampede),
    ).toBe(true);
    expect(figureMissing("how many pilgrims got killed in that stampede, or injured?", stampede)).toBe(false);
    expect(figureMissing("Jamarat Bridge stampede — injury count?", stampede)).toBe(true);
    expect(figureMissing("How many pilgrims wound for the Jamarat Bridge stampede?", stampede)).toBe(true);
    expect(figureMissing("Jamarat Bridge stampede — injury count?", `${stampede} 289 were injured.`)).toBe(
      false,
    );
    // "wound up" is no wound.
    expect(figureMissing("how many pilgrims wound up dead in the stampede?", stampede)).toBe(false);
    // The fate after "number (of)" or "#", as a desk types it.
    expect(
      figureMissing("Need: number of pilgrims injured in the 2006 Jamarat Bridge stampede.", stampede),
    ).toBe(true);
    expect(figureMissing("2006 Jamarat bridge crush - number injured?", stampede)).toBe(true);
    expect(figureMissing("Jamarat '06 stampede: # injured?", stampede)).toBe(true);
    expect(figureMissing("Jamarat '06 stampede: # killed?", stampede)).toBe(false);
    expect(figureMissing("Need: number of pilgrims injured.", `${stampede} 289 were injured.`)).toBe(false);
    // A change asked of a number: "dropped" is no fate there (rtqa-archive-2023).
    const podcasts = "Some 219,000 new podcasts launched in 2020, against 44,000 new podcasts last year.";
    expect(
      figureMissing("The number of new podcasts has dropped by how much in the past two years?", podcasts),
    ).toBe(false);
  });

  it("asks a count of claims granted or withdrawn of a story that counts that fate", () => {
    const forms =
      "The Home Office is issuing questionnaires to some 12,000 asylum claimants. The claim acceptance rate is above 95%. " +
      "Failure to return it may see an asylum claim withdrawn.";
    expect(figureMissing("How many asylum claims were approved through the questionnaire?", forms)).toBe(
      true,
    );
    expect(figureMissing("how many people have been granted asylum so far", forms)).toBe(true);
    expect(figureMissing("how many asylum claims were withdrawn", forms)).toBe(true);
    const granted = `${forms} By March, 4,000 claims had been granted and 150 withdrawn.`;
    expect(figureMissing("How many asylum claims were approved through the questionnaire?", granted)).toBe(
      false,
    );
    expect(figureMissing("how many asylum claims were withdrawn", granted)).toBe(false);
  });

  it("asks a count of forms returned of a story that counts forms returned, not a count of pages to fill in", () => {
    const forms =
      "The Home Office is issuing questionnaires to some 12,000 asylum claimants. The document runs to 32 pages " +
      "and must be completed in English. It must be returned within twenty working days.";
    expect(figureMissing("how many of the asylum questionnaires have been sent back so far", forms)).toBe(
      true,
    );
    expect(
      figureMissing("How many of the 12,000 asylum questionnaires came back before the deadline?", forms),
    ).toBe(true);
    const returned = `${forms} By March, 3,100 questionnaires had been returned.`;
    expect(figureMissing("how many of the asylum questionnaires have been sent back so far", returned)).toBe(
      false,
    );
  });

  it("asks a count of people jailed of a story that counts people jailed, held in custody or behind bars", () => {
    const rights =
      "Some 200 journalists covered the commune elections, held in Cambodia since the early 1990s. " +
      "Journalists and activists have been arrested and charged.";
    expect(figureMissing("how many journalists are currently jailed in cambodia", rights)).toBe(true);
    expect(figureMissing("How many journalists are behind bars in Cambodia?", rights)).toBe(true);
    const jailed = `${rights} At least 30 journalists are held in custody.`;
    expect(figureMissing("how many journalists are currently jailed in cambodia", jailed)).toBe(false);
    expect(figureMissing("How many journalists are behind bars in Cambodia?", jailed)).toBe(false);
  });

  it("asks an exact count of a story that gives one in figures, not 'thousands of'", () => {
    const ngos = "Sokhonn said thousands of NGOs are working to promote people's rights.";
    expect(figureMissing("exactly how many ngos are registered in cambodia", ngos)).toBe(true);
    expect(figureMissing("how many ngos are registered in cambodia", ngos)).toBe(false);
    const expo = "The 22nd Fan Expo drew thousands of people, one of the biggest crowds in North America.";
    expect(figureMissing("exactly how many people came to the fan expo", expo)).toBe(true);
    for (const count of ["Some 5,120 NGOs are registered.", "Twelve NGOs are registered."])
      expect(figureMissing("exactly how many ngos are registered in cambodia", count)).toBe(false);
  });

  it("asks the story's own death toll, not an earlier event's, unless the question names the year", () => {
    const cyclone =
      "A previous cyclone in 1999 in the Bay of Bengal left 10,000 people dead. " +
      "The history of strong cyclones is notable, with 5 large cyclone events in the past 35 years and 300,000 people killed. " +
      "Cyclone Phailin has winds of 200 km / h.";
    for (const question of [
      "how many people did cyclone phailin kill",
      "how many people did cyclone phailin end up killing?",
      "How many people were killed by Cyclone Phailin?",
    ])
      expect(figureMissing(question, cyclone, undefined, "2013-10-14")).toBe(true);
    expect(
      figureMissing(
        "how many people died in the 1999 bay of bengal cyclone",
        cyclone,
        undefined,
        "2013-10-14",
      ),
    ).toBe(false);
    // A year written short, or an earlier event named anywhere in the question, asks the earlier toll.
    for (const question of [
      "The experts brought up a cyclone back in '99 in the Bay of Bengal. How many people did that one kill?",
      "They mentioned an older cyclone in the Bay of Bengal. How many people did that one kill?",
      // A year in the sentence before the one that asks, which points back to it ("for it").
      "A reader says we understated the 1999 Bay of Bengal cyclone. What death toll does the piece give for it?",
    ])
      expect(figureMissing(question, cyclone, undefined, "2013-10-14")).toBe(false);
    // "The death toll" asks how many were killed, so too.
    expect(
      figureMissing("What was the final death toll from Cyclone Phailin?", cyclone, undefined, "2013-10-14"),
    ).toBe(true);
    // "Deadliest … in history" is said of the event itself.
    const quake =
      "The earthquake, the deadliest in the country's modern history, killed 41,000 people, a death toll still rising.";
    expect(figureMissing("how many people did the earthquake kill", quake, undefined, "2023-02-12")).toBe(
      false,
    );
    expect(figureMissing("what is the death toll of the earthquake", quake, undefined, "2023-02-12")).toBe(
      false,
    );
    // Only years before the story's own: an earlier event; the story's year, or no year at all, is its own.
    const stampede =
      "In 1991, 1,426 pilgrims were trampled. In 2006, 346 pilgrims were killed at the bridge.";
    expect(figureMissing("how many pilgrims were killed", stampede, undefined, "2006-01-12")).toBe(false);
    expect(
      figureMissing(
        "how many pilgrims were killed",
        "1,426 pilgrims were killed in 1991.",
        undefined,
        "2006-01-12",
      ),
    ).toBe(true);
    expect(
      figureMissing(
        "how many pilgrims were killed",
        "346 pilgrims were killed at the bridge.",
        undefined,
        "2006-01-12",
      ),
    ).toBe(false);
  });

  it("asks an age of a story that gives one, as copy writes ages", () => {
    const question = "How old is Chak Sopheap?";
    const profile = "Chak Sopheap, the executive director of CCHR, said the government restricts rights.";
    expect(figureMissing(question, profile)).toBe(true);
    for (const age of [
      "Daniel Montalvo, 19, a member of the church, spoke.",
      "a 14-year-old boy from Irving, Texas",
      "their nine-month-old child, Gloria",
      "Over 50 years. I am 61 now so I really started young.",
      "She died at 118 in a nursing home.",
      "She was born in 1904 in Alès.",
      "A group of Afghan teenagers won a medal.",
      "The activist, now in her forties, spoke.",
      "He was aged 45.",
      "Ms Sam (37) was charged.",
    ])
      expect(figureMissing(question, `${profile} ${age}`)).toBe(false);
    // An age when something happened answers how old someone was then, not how old they are.
    const oath = `${profile} She took the oath at 22 years old.`;
    expect(figureMissing("How old was Chak Sopheap when she took the oath?", oath)).toBe(false);
    expect(figureMissing(question, oath)).toBe(true);
    // Numbers that are no age: a time, a share, a count of years ago.
    for (const other of [
      "They met at 10 a.m. on Monday.",
      "Turnout rose to 58 %.",
      "She turned 20 percent of the vote.",
      "The group has 12 members, 4 of them new.",
    ])
      expect(figureMissing(question, `${profile} ${other}`)).toBe(true);
  });

  it("asks a share of a named group of a story that gives a share beside the group's names", () => {
    const iodine =
      "Almost half of all Australian primary school children are iodine deficient. Food Standards Australia New Zealand is looking at guidelines.";
    expect(figureMissing("What share of New Zealand schoolkids are iodine deficient?", iodine)).toBe(true);
    expect(figureMissing("What proportion of Australian primary pupils lack enough iodine?", iodine)).toBe(
      false,
    );
    expect(
      figureMissing("What share of Hong Kong voters voted?", "Hong Kong had a turnout rate of 58%."),
    ).toBe(false);
    // Every name: "new" alone is not New Zealand.
    expect(
      figureMissing(
        "What share of New Zealand pupils lack iodine?",
        "Almost half of new pupils in Sydney do.",
      ),
    ).toBe(true);
    // The names and the share in one sentence.
    expect(figureMissing("What share of Hong Kong voters voted?", "Hong Kong voted. Turnout was 58%.")).toBe(
      true,
    );
  });

  it("asks a count of a named year of a sentence that names the year, unless the story is of that year", () => {
    const lanterns =
      "Hundreds of thousands of people crowded into the square. The festival began in 2007 in the south.";
    const question = "how many people went to the lantern festival in 2007";
    expect(figureMissing(question, lanterns, undefined, "2008-02-10")).toBe(true);
    expect(figureMissing(question, lanterns, undefined, "2007-02-20")).toBe(false);
    expect(figureMissing(question, "In 2007, 300,000 people came.", undefined, "2008-02-10")).toBe(false);
    // "last year" in a story of the year after.
    expect(figureMissing(question, "Last year 300,000 people came.", undefined, "2008-02-10")).toBe(false);
    expect(figureMissing(question, "Last year 300,000 people came.", undefined, "2009-02-10")).toBe(true);
    // The year is read in the question as asked: the topic has lost it to a date window.
    expect(
      figureMissing("how many people went to the lantern festival", lanterns, undefined, "2008", question),
    ).toBe(true);
  });

  it("does not take a year or a day of the month for a count", () => {
    const question = "How many commune council seats were contested?";
    const dates =
      "It is the first commune election since the Supreme Court in November 2017 disbanded the CNRP.";
    expect(figureMissing(question, dates)).toBe(true);
    expect(figureMissing(question, "Commune councils met on May 13 and 14 June.")).toBe(true);
    expect(figureMissing(question, `${dates} There are 11,622 commune council seats.`)).toBe(false);
    // A number beside a year still counts: "in 2017, 1,646 communes".
    expect(figureMissing(question, "In 2017, 1,646 commune seats were contested.")).toBe(false);
  });

  it("does not take a measure (a time, a length) for a count, unless the unit is what is counted", () => {
    const players = "How many players are on a rugby union team?";
    expect(figureMissing(players, "In the 20-minute demonstration, players are dropped into a cave.")).toBe(
      true,
    );
    expect(figureMissing(players, "A rugby union team has 15 players.")).toBe(false);
    const specimens = "How many anemone specimens were collected?";
    expect(figureMissing(specimens, "The anemone specimens were each about 2 cm long.")).toBe(true);
    expect(figureMissing("How many days did the demo last?", "It was a 3-day demo of new days.")).toBe(false);
    // "three years" measures, but the ordinal before the counted words counts them.
    const ministers = "How many finance ministers has Valdoria had so far?";
    expect(figureMissing(ministers, "Brandt is the country's third finance minister in three years.")).toBe(
      false,
    );
    expect(figureMissing(ministers, "Brandt has been finance minister for three years.")).toBe(true);
    expect(figureMissing(ministers, "Brandt is the first finance minister in three years.")).toBe(true);
    // A person's age after the name counts no one.
    const arrested = "How many people were arrested over the attack?";
    expect(
      figureMissing(arrested, "Daniel Montalvo, 19, was one of the people arrested over the attack."),
    ).toBe(true);
    expect(figureMissing(arrested, "Police arrested 19 people over the attack.")).toBe(false);
  });

  it("is true for a placing asked of a story that places no one (asked-placing.ts)", () => {
    const award = "The Afghan team was awarded a silver medal for courageous achievement.";
    expect(figureMissing("What place did the Afghan team finish in the overall standings?", award)).toBe(
      true,
    );
    expect(figureMissing("What place did the Afghan team finish?", "The Afghan team finished 115th.")).toBe(
      false,
    );
  });

  it("is false for a question that asks no count", () => {
    expect(figureMissing("What is the Sea Org?", story)).toBe(false);
  });
});

describe("countTold", () => {
  it("is true when a sentence counts the asked things as what came", () => {
    const survey = "A cross-sectional survey of 1709 kids was carried out. Results were published this week.";
    expect(countTold("how many kids did they actually test?", survey)).toBe(true);
  });

  it("is false for a count after a plan or a guess, a count of anyone, or no count asked", () => {
    const expected =
      "Last year 4 million visitors came and this year the city expects about 6 million visitors.";
    expect(countTold("how many visitors did the fest actually draw?", expected)).toBe(false);
    const crowd = "Hundreds of thousands of people crowded onto the plaza.";
    // "people" near "visitors", as in the word vectors; no other word of the sentence is.
    const anyone = (words: string[], texts: string[]) =>
      new Map(words.map((w) => [w, /\bpeople\b/.test(texts.join(" ")) ? 0.7 : 0.1]));
    expect(countTold("how many visitors did the fest actually draw?", crowd, anyone)).toBe(false);
    expect(countTold("how many people crowded onto the plaza?", crowd)).toBe(true);
    expect(countTold("what did the city expect?", expected)).toBe(false);
  });
});

describe("countingSentence", () => {
  const countsAsked = (
    question: string,
    sentence: string,
    nearest?: Parameters<typeof countingSentence>[1],
  ) => countingSentence(countedWords(question), nearest)(sentence);

  const question = "How many council seats are up for grabs?";

  it("is true when a count stands right before a counted word", () => {
    expect(countsAsked(question, "Voters will fill 11,622 commune council seats in June.")).toBe(true);
    expect(countsAsked(question, "Six seats went to the opposition.")).toBe(true);
  });

  it("is false when the sentence counts something else, or the count stands far from the word", () => {
    expect(countsAsked(question, "About 500 people attended; the council seats were contested.")).toBe(false);
    expect(countsAsked(question, "The council seats are contested.")).toBe(false);
    expect(countsAsked("What is at stake?", "Voters will fill 11,622 council seats.")).toBe(false);
  });

  it("reads a year after a month or a preposition, or the size of one, as no count", () => {
    const parties = "how many parties are running in the Cambodian local elections?";
    const years =
      "It voiced concern ahead of the local elections in June 2022 and national elections in 2023.";
    expect(countsAsked(parties, years, nearestWords)).toBe(false);
    expect(countsAsked(parties, "There are 17 political parties registered to contest.", nearestWords)).toBe(
      true,
    );
    expect(countsAsked("how many kids were sampled?", "A survey of 1709 kids was carried out.")).toBe(true);
    // A day after a month is a date.
    const day = "Sopheap said as the June 5 commune election approaches, observers reported incidents.";
    expect(countsAsked(parties, day, nearestWords)).toBe(false);
    // The size of one team is no count of teams.
    const teams = "the robot olympics in DC got how many teams altogether?";
    expect(countsAsked(teams, "The six - member Afghan team had been denied visas.")).toBe(false);
    expect(countsAsked(teams, "The girls were among the 163 teams in the competition.")).toBe(true);
  });

  it("takes a near word for the counted one (word vectors)", () => {
    const nearest = (words: string[], texts: string[]) =>
      new Map(words.map((w) => [w, w === "grains" && texts.join(" ").includes("particles") ? 0.7 : 0.1]));
    const grains = "How many grains were found?";
    expect(countsAsked(grains, "There should be around 45 particles.", nearest)).toBe(true);
    expect(countsAsked(grains, "There should be around 45 particles.")).toBe(false);
  });

  it("takes a compound's last part for a near word: '1709 schoolchildren' counts kids", () => {
    // As the word vectors have it: "children" is near "kids" (0.76), "schoolchildren" less so (0.53).
    const cosine: Record<string, number> = { children: 0.76, schoolchildren: 0.53 };
    const nearest = (words: string[], texts: string[]) => {
      const best = Math.max(
        0,
        ...texts
          .join(" ")
          .split(" ")
          .map((t) => cosine[t] ?? 0),
      );
      return new Map(words.map((w) => [w, w === "kids" ? best : 0]));
    };
    const kids = "How many kids were tested in the survey?";
    expect(
      countsAsked(kids, "A cross-sectional survey of 1709 schoolchildren was carried out.", nearest),
    ).toBe(true);
    expect(countsAsked(kids, "A survey of 1709 households was carried out.", nearest)).toBe(false);
    expect(figureMissing(kids, "A survey of 412 schoolchildren was carried out.", nearest)).toBe(false);
  });

  it("reads the question's own compound by its last word: 'schoolkids' as 'kids'", () => {
    const schoolkids = "how many schoolkids were surveyed in the Aussie iodine study?";
    const survey = "A survey of 1709 schoolchildren - aged 8–10 years - was carried out.";
    expect(figureMissing(schoolkids, survey, nearestWords)).toBe(false);
    expect(
      figureMissing(
        schoolkids,
        "A survey of 1709 households - aged 8–10 years - was carried out.",
        nearestWords,
      ),
    ).toBe(true);
    // An English word is read whole: "thousand" is no "sand".
    expect(countedWords("roughly how many thousand volunteers signed up?")).toContain("thousand");
  });
});

describe("figureMissing: a size or a share is no count", () => {
  const story =
    "The team used Formica fusca, an ant species that can form thousand-strong colonies. Hydrogen peroxide reduced infected ant fatalities by 15%.";
  it("does not count the colonies by how big each is, nor the ants by a share of them", () => {
    expect(figureMissing("How many ant colonies did Bos's team collect?", story)).toBe(true);
    expect(
      figureMissing("How many ant colonies did Bos's team collect?", `${story} We collected 40 colonies.`),
    ).toBe(false);
  });
});

describe("figureMissing: voters and candidates counted as written", () => {
  const story = "There are 17 political parties registered to contest the 11,622 commune council seats.";
  it("passes over a participle before the counted noun, not a verb after it", () => {
    expect(countedWords("How many registered voters are there for the commune elections?")).toEqual([
      "voters",
    ]);
    expect(countedWords("how many albanians claimed asylum in the UK in 2022")).toEqual(["albanians"]);
  });
  it.each([
    [
      "How many registered voters are there for the commune elections?",
      "Some 9.2 million voters registered.",
    ],
    [
      "how many candidates were removed from the commune candidate lists?",
      "Officials struck 120 candidates off.",
    ],
  ])("%s is not answered by parties and seats, near as they are", (question, counting) => {
    expect(figureMissing(question, story, nearestWords)).toBe(true);
    expect(figureMissing(question, `${story} ${counting}`, nearestWords)).toBe(false);
  });
});
