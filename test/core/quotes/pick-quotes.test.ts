import { mayScore, namedAgain, pickQuotes } from "../../../src/core/quotes/pick-quotes";
import type { Passage } from "../../../src/core/types";
import { COUNCIL_NOTES } from "../../helpers/article-meta";

const meta = COUNCIL_NOTES;

/** A sentence padded to ~150 characters with words no question below uses. */
const pad = (sentence: string) =>
  `${sentence.slice(0, -1)}, as residents of the old quarter heard from several officials at the long evening session.`;

// A long lead first, so no sentence below gets the lead bonus (the lead is the first 600 characters).
const LEAD = `${"Residents gathered early in the old hall for a long evening session. ".repeat(10)}\n\n`;

function passageOf(sentences: string[]): { passage: Passage; text: string } {
  const body = sentences.join("\n\n");
  const text = LEAD + body;
  const passage: Passage = {
    chunkId: "a1#1",
    article: meta,
    text: body,
    start: LEAD.length,
    end: text.length,
    score: 1,
    relevance: 1,
  };
  return { passage, text };
}

const ask = (question: string, passage: Passage) =>
  pickQuotes({ question, context: [], passages: [passage], weight: () => 1, max: 3 });

describe("pickQuotes", () => {
  const s = {
    mayor: pad("Mayor Lee said the vote was close."),
    cost: pad("The bridge repairs will cost 4 million dollars."),
    work: pad("Work starts in June after the council signs contracts."),
    other: pad("Other news followed later."),
  };

  it("quotes verbatim slices of the article, the best sentence widened by its neighbours within 400 characters", () => {
    // mayor + cost + work would be 409 characters: only the sentence before fits.
    const { passage, text } = passageOf([s.mayor, s.cost, s.work, s.other]);
    const [first] = ask("What will the bridge repairs cost?", passage);
    expect(first?.quote).toBe(`${s.mayor}\n\n${s.cost}`);
    expect(text.slice(first?.start, first?.end)).toBe(first?.quote);
  });

  it("keeps a second good sentence whose context overlaps the first quote, with the sentence after it", () => {
    // "cost" is quoted with the sentence before it; "work" widened would reach back into that quote, so it
    // is quoted with the sentence after it.
    const { passage, text } = passageOf([s.mayor, s.cost, s.work, s.other]);
    const quotes = ask("What will the bridge repairs cost, and when do works start?", passage);
    expect(quotes.map((q) => q.quote)).toEqual([`${s.mayor}\n\n${s.cost}`, `${s.work}\n\n${s.other}`]);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.quote);
  });

  it("keeps it as the sentence alone when the sentence after it is quoted already", () => {
    const { passage, text } = passageOf([s.mayor, s.cost, s.work, s.other]);
    // "work" and "other" are quoted first (with "cost" before them); "mayor" then stands alone.
    const quotes = ask("When do works start, what other news followed, and what did Mayor Lee say?", passage);
    expect(quotes.map((q) => q.quote)).toContain(s.mayor);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.quote);
  });

  it("keeps the sentence before a second good sentence whose sentence after is quoted already", () => {
    // The lantern festival: "The theme …" is the second match, and "Its round shape …" after it is in the first quote;
    // the sentence before it ("The centerpiece …") holds what was asked and comes with it, not "The theme …" alone.
    const lantern = [
      "The centerpiece is a rotating pig with a fog machine.",
      "The theme of this year's lantern festival is the year of the pig. Its round shape symbolizes wealth.",
      "Started in 1990, the Taipei lantern festival continues an old tradition of light festivals in the new year.",
    ];
    const { passage, text } = passageOf(lantern);
    const quotes = ask(
      "What was in the center of the Taipei lantern festival this year, and what does its round shape symbolize?",
      passage,
    );
    expect(quotes.map((q) => q.quote)).toContain(
      "The centerpiece is a rotating pig with a fog machine.\n\nThe theme of this year's lantern festival is the year of the pig.",
    );
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.quote);
  });

  it("grows a quote to take in an overlapping second sentence, up to 500 characters, still verbatim", () => {
    const short = {
      cost: "The bridge repairs will cost 4 million dollars.",
      work: "Work starts in June.",
      signs: "The council signs contracts first.",
    };
    const { passage, text } = passageOf([s.mayor, short.cost, short.work, short.signs, s.other]);
    // "cost" takes in both neighbours; "works … contracts" is a sentence inside that quote whose own
    // context reaches one sentence further, so the quote grows by that sentence. (Asked without asking a sum,
    // which would prefer the sentence with one.)
    const quotes = ask("What about the bridge repairs cost, when works start, and the contracts?", passage);
    expect(quotes).toHaveLength(1);
    const [quote] = quotes;
    expect(quote?.quote).toContain(short.cost);
    expect(quote?.quote).toContain(short.signs);
    expect(quote?.quote.length).toBeLessThanOrEqual(500);
    expect(text.slice(quote?.start, quote?.end)).toBe(quote?.quote);
  });
});

describe("pickQuotes, a question that asks for a figure", () => {
  it("prefers the sentence with the figure for 'How far…', though another matches more of the words", () => {
    const far = pad("The team had to travel far to apply for visas.");
    const miles = pad("To apply for visas the team had to travel 500 miles.");
    const other = pad("Other news followed later.");
    const { passage, text } = passageOf([far, other, other, miles]);
    const [first] = ask("How far did the team travel to apply for visas?", passage);
    expect(text.slice(first?.core.start, first?.core.end)).toContain("500 miles");
    // Without a figure asked for, the sentence that holds every word leads.
    const [plain] = ask("Did the team travel far to apply for visas?", passage);
    expect(text.slice(plain?.core.start, plain?.core.end)).toContain("travel far");
  });
});

describe("pickQuotes, a question word said another way", () => {
  const suspended = pad("Brussels suspended a fifth of the trade preferences in August.");
  const unrelated = pad("Trade preferences were discussed again in August.");
  // Far apart, so neither quote takes the other in as a neighbour.
  const { passage } = passageOf([unrelated, pad("Other news followed."), pad("More news came."), suspended]);
  // What the word vectors would say (retriever.nearestWords): "withdrawn" is close to "suspended" only.
  const nearest = (words: string[], texts: string[]) =>
    new Map(words.map((w) => [w, w === "withdrawn" && texts.join(" ").includes("suspended") ? 0.9 : 0.1]));

  it("counts a near word in part, so the sentence that says it leads", () => {
    const question = "Which trade preferences were withdrawn in August?";
    const soft = pickQuotes({ question, context: [], passages: [passage], weight: () => 1, max: 3, nearest });
    expect(soft[0]?.quote).toContain("suspended");
    const plain = pickQuotes({ question, context: [], passages: [passage], weight: () => 1, max: 3 });
    expect(plain[0]?.quote).not.toContain("suspended");
  });
});

describe("pickQuotes, a question that asks for a place or a cause", () => {
  // The first sentence holds as many of the question's words or more; only the second carries the asked kind.
  it.each([
    [
      "a place (a state, a country)",
      "The state senate passed the ban on assault weapons sales this week.",
      "Washington lawmakers passed the ban on assault weapons.",
      "Which state passed a ban on assault weapons sales this week?",
      "What passed a ban on assault weapons sales this week?",
    ],
    [
      "a cause",
      "The attack on the website was launched on Wednesday by a user of a forum.",
      "The attack on the website was prompted by attempts to remove a video.",
      "What set off the attack on the website?",
      "What happened in the attack on the website?",
    ],
  ])(
    "prefers the sentence that gives %s to one that only repeats the question",
    (_, wordy, carrier, asking, plain) => {
      const { passage } = passageOf([
        pad(wordy),
        pad("Other news followed."),
        pad("More news came."),
        pad(carrier),
      ]);
      expect(ask(asking, passage)[0]?.quote).toContain(carrier.slice(0, -1));
      // Asked without the kind, the first sentence leads.
      expect(ask(plain, passage)[0]?.quote).toContain(wordy.slice(0, -1));
    },
  );
});

describe("pickQuotes, a who-question answered by a one-word name", () => {
  // The first sentence holds every word of the question but names no one; the second names the winner in one word.
  const wordy = pad("The esports final this week was won after a long night.");
  const named = pad("In the end, Immortals won the esports final.");
  const { passage } = passageOf([wordy, pad("Other news followed."), pad("More news came."), named]);

  it("prefers the sentence naming someone in one capitalised word to one that names no one", () => {
    const [first] = ask("Who won the esports final this week?", passage);
    expect(first?.quote).toContain("Immortals");
  });
});

describe("pickQuotes, a scene set before the clause that asks", () => {
  const scene = pad("Mayor Lee said the bridge repairs cost a lot.");
  const answer = pad("Work crews found rust under the deck.");
  const { passage } = passageOf([scene, pad("Other news followed."), pad("More news came."), answer]);

  it("counts the scene's words at half, so the sentence answering the asking clause leads", () => {
    const [first] = ask(
      "that story about the mayor and the bridge repairs cost — what did the work crews find?",
      passage,
    );
    expect(first?.quote).toContain("Work crews found rust");
  });

  it("and counts every word in full when the question is all one clause", () => {
    const [first] = ask("What did the mayor say the bridge repairs cost and the work crews find?", passage);
    expect(first?.quote).toContain("Mayor Lee");
  });
});

describe("pickQuotes, a decade in the question", () => {
  // Each holds two of the question's words; only the second dates what happened, by a year.
  const played = pad("The poet's band played on.");
  const won = pad("The band won in 1993.");
  const { passage } = passageOf([played, pad("Other news followed."), pad("More news came."), won]);

  it("reads a year of the decade as the decade ('the 90s' in 1993)", () => {
    const [first] = ask("What did the poet's band win in the 90s?", passage);
    expect(first?.quote).toContain("1993");
  });

  it("not a year of another decade", () => {
    const [first] = ask("What did the poet's band win in the 80s?", passage);
    expect(first?.quote).toContain("played on");
  });
});

describe("pickQuotes, a who-leads question", () => {
  // Both name someone; the first holds more of the question's words, only the second says who leads the gallery.
  const show = pad("The Harbor Art Gallery opened its Warhol show with Mary Jones and Tom Wu on Thursday.");
  const head = pad("Kathryn Waters, director of the Harbor Art Gallery, spoke of Warhol.");
  const { passage } = passageOf([show, pad("Other news followed."), pad("More news came."), head]);

  it("prefers the sentence with a word that tells who leads", () => {
    const [first] = ask("Who runs the Harbor Art Gallery showing the Warhol show?", passage);
    expect(first?.quote).toContain("Kathryn Waters");
  });

  it("not for a question that asks no leader", () => {
    const [first] = ask("Who opened the Harbor Art Gallery showing the Warhol show?", passage);
    expect(first?.quote).toContain("Mary Jones");
  });
});

describe("pickQuotes, a role asked by its verb", () => {
  // Both name someone; the first holds more of the question's words, only the second writes the role's noun.
  const match = pad(
    "Sweden beat South Korea at the World Cup in Nizhny Novgorod, Andreas Granqvist scoring.",
  );
  const ref = pad("The match referee Joel Aguilar awarded Sweden a penalty.");
  const { passage } = passageOf([match, pad("Other news followed."), pad("More news came."), ref]);

  it("prefers the sentence that writes the role's verb or its agent noun", () => {
    const [first] = ask("Who refereed Sweden v South Korea at the World Cup?", passage);
    expect(first?.quote).toContain("Joel Aguilar");
  });

  it("not for a question that asks no role", () => {
    const [first] = ask("Who scored for Sweden against South Korea at the World Cup?", passage);
    expect(first?.quote).toContain("Granqvist");
  });
});

describe("pickQuotes, which body someone leads", () => {
  // Both hold the person's name; the first holds more of the question's words, only the second says what he leads.
  const post = pad(
    "Chin Malin, a secretary of state at the Ministry of Justice, said the government is in charge.",
  );
  const leads = pad("Chin Malin also leads a government group called the Cambodian Human Rights Committee.");
  const { passage } = passageOf([post, pad("Other news followed."), pad("More news came."), leads]);

  it("prefers the sentence with a word that tells who heads something", () => {
    const [first] = ask("Which government body is Chin Malin in charge of?", passage);
    expect(first?.quote).toContain("Cambodian Human Rights Committee");
  });

  it("not for a question that asks no body led", () => {
    const [first] = ask("What did Chin Malin say about the government?", passage);
    expect(first?.quote).toContain("Ministry of Justice");
  });
});

describe("pickQuotes, a how-many question", () => {
  // Both sentences carry a number and the same question words; only the second counts the seats.
  const other = pad("About 500 people watched as the council seats were contested.");
  const count = pad("Voters will fill 11,622 council seats in June.");
  const { passage } = passageOf([other, pad("Other news followed."), pad("More news came."), count]);

  it("prefers the sentence whose number counts the things asked", () => {
    const [first] = ask("How many council seats are contested?", passage);
    expect(first?.quote).toContain("11,622");
  });
});

describe("pickQuotes, a how-much question that asks a sum of money", () => {
  // Both sentences carry a number and the question's words; only the second gives a sum.
  const dated = pad("The bar served the new cocktail drink on Thursday, March 15, 2012.");
  const priced = pad("The cocktail drink sells for US $ 8.00 at the bar.");
  const { passage } = passageOf([dated, pad("Other news followed."), pad("More news came."), priced]);

  it("prefers the sentence with the sum to one whose only number is a date", () => {
    const [first] = ask("How much does the bar charge for the new cocktail drink on Thursday?", passage);
    expect(first?.quote).toContain("$ 8.00");
  });

  it("and so does a sum asked with 'what': 'what does … charge for', 'what does … go for at …'", () => {
    for (const question of [
      "What does the bar charge for the new cocktail drink on Thursday?",
      "what does the new cocktail drink go for at the bar on Thursday",
    ])
      expect(ask(question, passage)[0]?.quote).toContain("$ 8.00");
  });
});

/** Three sentences that hold every word of "How much does the Santorum cocktail at the Brooklyn bar cost?" but no sum, each before a filler. */
const COCKTAIL_TALK = [
  pad("At the Brooklyn bar, what the Santorum cocktail will cost is a hot topic."),
  pad("Other news number 1 followed."),
  pad("Regulars at the Brooklyn bar argue over what a Santorum cocktail should cost."),
  pad("Other news number 2 followed."),
  pad("What the Santorum cocktail may cost next year worries the Brooklyn bar."),
  pad("Other news number 3 followed."),
];

describe("pickQuotes, a how-much question whose best matches give no sum", () => {
  // Three sentences hold every word of the question but no sum; the one with the sum holds fewer.
  const { passage } = passageOf([...COCKTAIL_TALK, pad("The Santorum cocktail sells for US $ 8.00.")]);

  it("quotes the sentence with the sum in the last quote's place, first", () => {
    const quotes = ask("How much does the Santorum cocktail at the Brooklyn bar cost?", passage);
    expect(quotes).toHaveLength(3);
    expect(quotes[0]?.quote).toContain("$ 8.00");
  });
});

describe("pickQuotes, a how-much question whose sum stands beside a good sentence", () => {
  // "It also must be returned within twenty working days." before the sentence that matches: the sum (here) or the
  // time (the UK asylum questionnaire) is in that sentence's quote, not in the sentence itself.
  const { passage } = passageOf([
    ...COCKTAIL_TALK,
    "It sells for US $ 8.00.",
    pad("Regulars at the Brooklyn bar say the Santorum cocktail is popular."),
  ]);

  it("quotes the sentence whose quote holds the sum, first", () => {
    const quotes = ask("How much does the Santorum cocktail at the Brooklyn bar cost?", passage);
    expect(quotes).toHaveLength(3);
    expect(quotes[0]?.quote).toContain("$ 8.00");
  });
});

describe("pickQuotes, a who-won question", () => {
  // Every sentence names someone; only the last tells of a win ("a Booker Prize-winner" is no win).
  const { passage } = passageOf([
    pad("The Fan Expo at the Toronto Convention Centre drew thousands, with guests like Stan Lee."),
    pad("Other news number 1 followed."),
    pad("The Fan Expo also hosted Mark Hamill and Margaret Atwood, a Booker Prize-winner."),
    pad("Other news number 2 followed."),
    pad("Vendors at the Fan Expo sold comics to fans from Toronto."),
    pad("Other news number 3 followed."),
    pad("In the esports final at the Fan Expo, Immortals beat Cloud9 for the title."),
  ]);

  it("quotes the sentence that tells of a win, though others hold more of the question", () => {
    const quotes = ask("Who won at the Fan Expo in Toronto?", passage);
    expect(quotes.map((q) => q.quote).some((quote) => quote.includes("Immortals beat Cloud9"))).toBe(true);
  });

  it("not for a who-question that asks no win", () => {
    const quotes = ask("Who was a guest at the Fan Expo in Toronto?", passage);
    expect(quotes.map((q) => q.quote).some((quote) => quote.includes("Immortals beat Cloud9"))).toBe(false);
  });
});

describe("pickQuotes, a who-question that asks who scored", () => {
  const { passage } = passageOf([
    pad(
      "At the World Cup, Norway defeated Chile 1 – 0 in the opening game, with a late goal from captain Ola Berg.",
    ),
    pad("Other news number 1 followed."),
    pad("Norway had more of the ball against Chile at the World Cup, coach Lars Dahl said."),
    pad("Other news number 2 followed."),
    pad("Other news number 3 followed."),
    pad("Striker Per Lunde scored from the penalty spot, putting Norway ahead."),
  ]);

  it("quotes the sentence that tells of scoring, though others hold more of the question", () => {
    const quotes = ask("Who got Norway's goal against Chile at the World Cup?", passage);
    expect(quotes.map((q) => q.quote).some((quote) => quote.includes("Per Lunde scored"))).toBe(true);
  });

  it("not for a who-question that asks no scorer", () => {
    const quotes = ask("Who coached Norway against Chile at the World Cup?", passage);
    expect(quotes.map((q) => q.quote).some((quote) => quote.includes("Per Lunde scored"))).toBe(false);
  });
});

describe("pickQuotes, the order of a when-question's quotes", () => {
  const named = pad("Activists said the opposition party was dissolved unfairly.");
  const dated = pad("The Supreme Court in November 2017 disbanded the party.");
  const { passage } = passageOf([named, pad("Other news followed."), pad("More news came."), dated]);

  it("shows the quote carrying a date first, though a dateless one matched more words", () => {
    const quotes = ask("When was the opposition party dissolved?", passage);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]?.quote).toContain("November 2017");
    expect(quotes[1]?.quote).toContain("dissolved unfairly");
  });

  it("keeps the best match first for a question that asks no kind of fact", () => {
    const quotes = ask("Why was the opposition party dissolved?", passage);
    expect(quotes[0]?.quote).toContain("dissolved unfairly");
  });
});

describe("pickQuotes, a when-question answered by a day and by a month", () => {
  const month = pad("The local vote is set for June 2022, officials said.");
  const day = pad("The local vote is set for June 5, officials said.");
  const { passage } = passageOf([month, pad("Other news followed."), pad("More news came."), day]);

  it("shows the sentence with the day first, though it comes later and matches the same words", () => {
    expect(ask("When is the local vote?", passage)[0]?.quote).toContain("June 5");
  });

  it("not for a question that asks for a year: the month sentence keeps its place", () => {
    expect(ask("What year is the local vote?", passage)[0]?.quote).toContain("June 2022");
  });
});

describe("pickQuotes, an acronym the story spells out", () => {
  const question = "What year did the United States pull Cambodia's trade preferences?";
  const answer = pad("The U.S. in 2020 suspended the GSP for the kingdom.");
  const between = [pad("Other news followed."), pad("More news came.")];

  it("credits a sentence naming the acronym with the expansion's words", () => {
    const defined = pad("The Generalized Scheme of Preferences (GSP) lowers tariffs for poor countries.");
    const { passage } = passageOf([defined, ...between, answer]);
    const [first] = ask(question, passage);
    expect(first?.quote).toContain("suspended the GSP");
  });

  it("finds the expansion around a later capitalised use of the word, on its own line", () => {
    const other = pad("Trade Preferences Day drew a small crowd to the ministry.");
    const defined = pad("The Generalized Scheme of Preferences (GSP) lowers tariffs for poor countries.");
    const { passage } = passageOf([other, ...between, defined, ...between, answer]);
    const quotes = ask(question, passage);
    expect(quotes.map((q) => q.quote).join(" ")).toContain("suspended the GSP");
  });

  it("does not when the story never spells it out", () => {
    const plain = pad("Trade preferences lower tariffs for poor countries, the ministry said.");
    const { passage } = passageOf([plain, ...between, answer]);
    const quotes = ask(question, passage);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.map((q) => q.quote).join(" ")).not.toContain("suspended the GSP");
  });
});

describe("pickQuotes, a subheading", () => {
  const before = pad("The deal would fund school security and mental health care.");
  const heading = "What lawmakers left out";
  const after = "The deal does not include a ban on assault-style weapons.";

  it("never ends a quote: it is taken in with the sentence after it, or not at all", () => {
    const { passage, text } = passageOf([before, heading, after, pad("Other news followed later.")]);
    const [first] = ask("What would the deal fund for schools?", passage);
    expect(first?.quote).toBe(`${before}\n\n${heading}\n\n${after}`);
    expect(text.slice(first?.start, first?.end)).toBe(first?.quote);
    // When the sentence after it does not fit, the quote stops before the subheading.
    const { passage: other } = passageOf([before, heading, pad(pad(after))]);
    const [second] = ask("What would the deal fund for schools?", other);
    expect(second?.quote).toContain(before);
    expect(second?.quote).not.toContain(heading);
  });

  it("as a question in an interview, is never a quote's last line either", () => {
    const asked = "Where do you advertise your business?";
    const answer = "Mostly in the local weekly paper and on the radio.";
    const { passage } = passageOf([pad("Running the business is hard work."), asked, answer]);
    const [first] = ask("What is hard about running the business?", passage);
    expect(first?.quote).toContain("Running the business is hard work");
    expect(first?.quote.trimEnd().endsWith("?")).toBe(false);
    const [second] = ask("Where do you advertise the business?", passage);
    expect(second?.quote).toContain(`${asked}\n\n${answer}`);
  });

  it("when it is the best match, is quoted with the sentence it introduces", () => {
    const { passage } = passageOf([pad("Other news came first."), heading, after]);
    const [first] = ask("What did lawmakers leave out?", passage);
    expect(first?.quote).toBe(`${heading}\n\n${after}`);
  });
});

describe("pickQuotes, a word the story writes in another irregular form", () => {
  const said = pad("The ministry said the talks would go on.");
  const left = pad("Also left out of the deal is a ban on military-style weapons.");
  const kept = pad("The deal keeps funding for school security.");

  it("matches the question's base form to the story's past form ('leave out' / 'left out')", () => {
    const { passage } = passageOf([said, kept, left]);
    const [first] = ask("Which measure did they leave out of the deal?", passage);
    expect(first?.quote).toContain("Also left out of the deal");
  });

  it("and the question's past form to the story's base form", () => {
    const other = pad("Lawmakers met again on Monday to go over the deal.");
    const base = pad("Lawmakers may leave out the weapons ban, aides warn.");
    const { passage } = passageOf([other, said, kept, base]);
    const [first] = ask("What have lawmakers left out?", passage);
    expect(first?.quote).toContain("may leave out the weapons ban");
  });
});

describe("pickQuotes, who says a sentence", () => {
  // Two sentences with the same question words but one: the speaker's quotation names no one.
  const narrated = pad("Arrested activists were charged on Monday, a court official said.");
  const quoted = "“Arrested activists have no special immunity,” he said.";
  const { passage, text } = passageOf([narrated, `Chin Malin, a secretary of state, spoke. ${quoted}`]);
  const start = text.indexOf("Arrested activists have");
  const quotation = (name: string) => ({
    start,
    end: start + "Arrested activists have no special immunity,".length,
    text: "Arrested activists have no special immunity,",
    speaker: { name, role: "a secretary of state" },
  });
  const askWith = (quotations: ReturnType<typeof quotation>[]) =>
    pickQuotes({
      question: "What does Malin say about arrested activists?",
      context: [],
      passages: [passage],
      weight: () => 1,
      max: 1,
      articleText: () => text,
      quotations: () => quotations,
    });

  it("credits a quoted sentence with its speaker's name, so it answers 'what does Malin say'", () => {
    expect(askWith([quotation("Chin Malin")])[0]?.quote).toContain("no special immunity");
  });

  it("not another speaker's name, nor a sentence no quotation covers", () => {
    expect(askWith([quotation("Lao Mong Hay")])[0]?.quote).toContain("were charged on Monday");
    expect(askWith([])[0]?.quote).toContain("were charged on Monday");
  });
});

describe("pickQuotes, a sentence that refers back", () => {
  const met = pad("Mayor Lee met Governor Park at the summit.");
  const discussed = pad("According to a statement, the two discussed the budget.");
  const coreOf = (question: string, sentences: string[]) => {
    const { passage, text } = passageOf(sentences);
    const [first] = pickQuotes({
      question,
      context: [],
      passages: [passage],
      weight: () => 1,
      max: 1,
      articleText: () => text,
    });
    return first ? text.slice(first.core.start, first.core.end) : "";
  };

  it("counts half the words of the sentence before when it speaks of 'the two' (or starts with He/She/They)", () => {
    expect(coreOf("What did Lee and Park discuss about the budget?", [met, discussed])).toContain(
      "the two discussed the budget",
    );
    const said = pad("She said the budget would be discussed again.");
    expect(
      coreOf("What did Mayor Lee say about the budget being discussed?", [
        pad("Mayor Lee spoke first."),
        said,
      ]),
    ).toContain("She said the budget");
  });

  it("reads it with the sentence before for the kind asked, when the quote takes that one in", () => {
    // "who": the sentence naming a columnist who only saw the hashtag spread loses to the one whose "she" the
    // sentence before names, and whose "hastag" is the story’s typo for "hashtag".
    const named = "Student Dana Kim heard of the closure and wanted to help the hall.";
    const chose = "She chose the hastag #SaveTheHall and posted it online that night.";
    const gazette = pad("Columnist Lee Park observed that the hashtag #SaveTheHall had spread.");
    const question = "who started the #SaveTheHall hashtag?";
    expect(coreOf(question, [named, chose, gazette])).toBe(chose);
    // Spelt right, the sentence wins on its words alone; misspelt and without the name it refers to, it does not.
    expect(coreOf(question, [named, chose.replace("hastag", "hashtag"), gazette])).toContain("She chose");
    expect(
      coreOf(question, ["Nothing had been heard of the closure until that week.", chose, gazette]),
    ).toContain("Lee Park observed");
    // The sentence before does not fit in the quote: "she" names no one for the reader.
    const long = pad(pad(pad("Student Dana Kim heard of the closure and wanted to help the hall.")));
    expect(coreOf(question, [long, chose, gazette])).toContain("Lee Park observed");
  });

  it("not when it names someone else, or the sentence before is not next to it", () => {
    const other = pad("According to a statement, the council discussed the budget.");
    expect(coreOf("What did Lee and Park discuss about the budget?", [met, other])).toContain(
      "Mayor Lee met",
    );
  });
});

describe("pickQuotes, the figure asked in the sentence after the match", () => {
  // The match with the sentence before it nearly fills a quote (400 characters): the sentence after it fits only
  // when it is taken first.
  const scene =
    "Across the river, the council kept its long record of the hall's old accounts, as it has every year.";
  const estimate = pad(
    "Treasurer Kim has estimated the number of council repair grants that should have been paid out during the two dry seasons of the long drought.",
  );
  const quoteOf = (question: string, sentences: string[]) => {
    const { passage, text } = passageOf(sentences);
    const [first] = pickQuotes({
      question,
      context: [],
      passages: [passage],
      weight: () => 1,
      max: 1,
      articleText: () => text,
    });
    return first?.quote ?? "";
  };

  it("quotes the sentence after first when it goes on about the same people with the figure", () => {
    const figure =
      "He estimated that there should be around 45 of them, though the final count is far from certain.";
    const quote = quoteOf("how many repair grants did the council expect to pay out", [
      scene,
      estimate,
      figure,
    ]);
    expect(quote).toContain("Treasurer Kim has estimated");
    expect(quote).toContain("around 45 of them");
    expect(quote).not.toContain("Across the river");
  });

  it("not when the sentence after gives no figure, or speaks of something else", () => {
    const quote = (after: string) =>
      quoteOf("how many repair grants did the council expect to pay out", [scene, estimate, after]);
    expect(
      quote("He was not sure of it at all, and the council would not say when its books would close."),
    ).toContain("Across the river");
    expect(
      quote("The mayor, who chairs the hall's committee, has served 12 years in office so far."),
    ).toContain("Across the river");
  });
});

/** The quotes picked for a question from one story of these sentences, read whole (articleText). */
function wholeStoryQuotes(
  question: string,
  sentences: string[],
  max: number,
  nearest?: (words: string[], texts: string[]) => Map<string, number>,
): string[] {
  const { passage, text } = passageOf(sentences);
  return pickQuotes({
    question,
    context: [],
    passages: [passage],
    weight: () => 1,
    max,
    articleText: () => text,
    nearest,
  }).map((q) => q.quote);
}

describe("pickQuotes: a how-many question's quotes, one of which counts the things asked", () => {
  const speakers = pad("The council voted to approve the budget after 3 speakers were heard.");
  const hours = pad("The council will approve the plan at 7 next week.");
  const staff = pad("The council did approve 2 road schemes as well.");
  const counted = pad("In all, 14 grants got the nod.");
  const filler = pad("Other news followed later.");
  const quotesOf = (question: string) =>
    wholeStoryQuotes(question, [counted, filler, filler, speakers, filler, hours, filler, staff], 3);

  it("puts the sentence that counts them in the last quote's place when no quote counts them", () => {
    const quotes = quotesOf("How many grants did the council approve?");
    expect(quotes).toHaveLength(3);
    expect(quotes.some((quote) => quote.includes("14 grants"))).toBe(true);
  });

  it("leaves the quotes when one of them counts the things asked", () => {
    const quotes = quotesOf("How many speakers did the council hear before it would approve the budget?");
    expect(quotes.some((quote) => quote.includes("3 speakers"))).toBe(true);
    expect(quotes.some((quote) => quote.includes("14 grants"))).toBe(false);
  });
});

describe("pickQuotes: a short sentence with the question's year", () => {
  const filler = pad("Other news followed later.");
  const never = pad("The team has never won the championship.");
  const trained = pad("The team trained for the championship all year.");
  const year = "In 2002 we won a bronze medal.";
  const quotesOf = (question: string) =>
    wholeStoryQuotes(question, [never, filler, filler, trained, filler, filler, year, filler], 2);

  it("is no fragment when it holds a year the question names", () => {
    const quotes = quotesOf("What medal did the team win at the 2002 championship?");
    expect(quotes.some((quote) => quote.includes(year))).toBe(true);
  });

  it("is read as a fragment otherwise", () => {
    const quotes = quotesOf("What medal did the team win at the championship?");
    expect(quotes.some((quote) => quote.includes(year))).toBe(false);
  });
});

describe("namedAgain: a sentence that goes on about someone the one before it names", () => {
  const malin =
    "Chin Malin, a secretary of state at the Ministry of Justice, said the government was fulfilling its commitment.";
  it("starts with a name the sentence before holds", () => {
    expect(
      namedAgain(malin, "Malin also leads a governmental group called the Cambodian Human Rights Committee."),
    ).toBe(true);
  });
  it("not with a name it lacks, a word that names no one, or part of a longer word", () => {
    expect(namedAgain(malin, "Sopheap also leads a group called the CCHR.")).toBe(false);
    expect(namedAgain("The Ministry of Justice said so.", "The ministry also leads a group.")).toBe(false);
    expect(namedAgain("Chin Malinova said so.", "Malin also leads a group.")).toBe(false);
  });
});

describe("pickQuotes, the rest of the top story", () => {
  // The retrieved passage is the first sentence only; the other stands in the same story, outside it.
  const quotesOf = (
    question: string,
    retrieved: string,
    rest: string,
    weight: (term: string) => number = () => 1,
  ) => {
    // Two sentences between them, so neither is the other's neighbour in a quote.
    const between = `${pad("The weather was mild.")}\n\n${pad("The hall was full.")}`;
    const text = `${LEAD}${retrieved}\n\n${between}\n\n${rest}`;
    const passage: Passage = {
      chunkId: "a1#1",
      article: meta,
      text: retrieved,
      start: LEAD.length,
      end: LEAD.length + retrieved.length,
      score: 1,
      relevance: 1,
    };
    return pickQuotes({
      question,
      context: [],
      passages: [passage],
      weight,
      max: 3,
      articleText: () => text,
    }).map((q) => text.slice(q.core.start, q.core.end));
  };
  // "What … decide": no kind of fact asked (not when, who, how many).
  const question = "What did the harbour council decide about ferry fares?";
  const decided = pad("The harbour council decided to freeze ferry fares.");

  it("quotes a sentence of the story outside the retrieved passages, for a question of no kind too", () => {
    expect(quotesOf(question, pad("The council met on Monday."), decided)[0]).toContain(
      "decided to freeze ferry fares",
    );
  });

  it("counts its word match at REST_SHARE, so a retrieved sentence nearly as good comes first", () => {
    // "ferry" weighs half: the retrieved sentence holds 3 of 4.5, the other 3.5 of 4.5 at 0.8 (below 3), ranked after it.
    const weight = (term: string) => (term === "ferri" ? 0.5 : 1);
    const retrieved = pad("The harbour council will decide soon.");
    const rest = pad("The harbour council decided the ferry rules.");
    expect(quotesOf(question, retrieved, rest, weight)[0]).toContain("will decide soon");
  });

  it("quotes the sentence that tells what a word means over the scene the question set", () => {
    const asked =
      "Carnival season closed this week with colorful parades and beads. Mardi Gras is French for what?";
    const scene = pad("Mardi Gras is here, and the carnival season closes with colorful parades and beads.");
    const meaning = pad('Mardi Gras, which is French for "Fat Tuesday," falls on a Tuesday.');
    expect(quotesOf(asked, scene, meaning)[0]).toContain("French for");
  });

  it("does not read the rest when a retrieved sentence holds REST_WHEN of the question", () => {
    const quotes = quotesOf(question, pad("The harbour council will decide ferry fares in May."), decided);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toContain("will decide ferry fares in May");
  });
});

describe("mayScore: sentences not split into words", () => {
  const keys = ["bridg", "repair"];
  const never = () => false;

  it("rules out a sentence without any question word's key", () => {
    expect(mayScore("The mayor spoke at length about parking.", keys, never)).toBe(false);
  });

  it.each([
    ["a question word", "The bridge repairs start soon."],
    ["a sentence referring back ('He …')", "He spoke at length about parking."],
    ["'the two' in its first words", "Later the two spoke at length about parking."],
    ["an acronym its story may spell out", "The DOT spoke at length about parking."],
    ["dotted initials, joined into one word", "The mayor spoke at length about U.S. parking."],
  ])("keeps %s", (_, sentence) => {
    expect(mayScore(sentence, keys, never)).toBe(true);
  });

  it("keeps a sentence whose speaker is known (the speaker's name may be the question's)", () => {
    expect(mayScore("“We spoke at length about parking.”", keys, () => true)).toBe(true);
  });

  it("keeps every sentence when there are no keys (an acronym's question)", () => {
    expect(mayScore("The mayor spoke at length about parking.", null, never)).toBe(true);
  });
});

describe("pickQuotes, an interview", () => {
  const INTRO = pad("Sarvis spoke about his campaign and his plans for the state budget.");
  const asked = "Which previous Virginia Governor(s) do you most admire and why?";
  const answer = pad("Thomas Jefferson, for his learning and his defence of freedom.");
  const other = pad("The libertarian nominee also answered questions about road tolls.");
  const tolls = "What do you think of the toll roads?";
  // "Sarvis" is the rare word: the intro that names him outweighs the interviewer's question without him
  // (2 against 1.5 of 3.5), and not with the headline's half of him (2.5).
  const weight = (term: string) => (term.startsWith("sarvi") ? 2 : term.startsWith("admir") ? 0.5 : 1);
  const picks = (title: string, sentences: string[], max = 1) => {
    const body = sentences.join("\n\n");
    const text = LEAD + body;
    const passage: Passage = {
      chunkId: "a1#1",
      article: { ...meta, title },
      text: body,
      start: LEAD.length,
      end: text.length,
      score: 1,
      relevance: 1,
    };
    // A question that asks for no kind of fact (a "which governor" asks for a name: answer-kind.ts).
    const question = "the governor Sarvis admires";
    return pickQuotes({
      question,
      context: [],
      passages: [passage],
      weight,
      max,
      articleText: () => text,
    }).map((q) => ({ quote: q.quote, core: text.slice(q.core.start, q.core.end) }));
  };
  const firstQuote = (title: string, sentences: string[]) => picks(title, sentences)[0]?.quote;
  const SARVIS = "Wikinews interviews Robert Sarvis, Libertarian Party nominee";

  it("quotes the answer under an interviewer's question with the question, the headline's words at half", () => {
    expect(firstQuote(SARVIS, [INTRO, tolls, other, asked, answer])).toBe(`${asked}\n\n${answer}`);
  });

  it("scores an interviewer's question only through its answer, and does not take a short answer for a fragment", () => {
    // "Which governor do you admire most, Mr Sarvis?" holds the question's words; its answer, quoted with it, is
    // what is scored, and the question is not a quote of its own beside it.
    const named = "Which governor do you admire most, Mr Sarvis?";
    const maryland = pad("Sarvis also admires the governor of Maryland.");
    const picked = picks(SARVIS, [INTRO, tolls, "They should go.", other, named, answer, maryland], 3);
    expect(picked.map((p) => p.core)).toEqual([answer, INTRO]);
    expect(picked[0]?.quote.startsWith(`${named}\n\n${answer}\n\n${maryland}`)).toBe(true);
    const short = picks(SARVIS, [INTRO, other, tolls, "They should go.", asked, "Thomas Jefferson."], 1);
    expect(short[0]?.quote).toBe(`${asked}\n\nThomas Jefferson.`);
    expect(short[0]?.core).toBe("Thomas Jefferson.");
  });

  it("and the answer on the line below it counts the question's words as its own, the headline's at half", () => {
    const hero = pad("Thomas Jefferson, the governor I admire most of all.");
    // The answer holds "governor" and "admire" (1.5), and "Sarvis" by the headline (1): above the intro's 2.
    expect(firstQuote(SARVIS, [INTRO, tolls, other, "Who is your hero, then?", hero])).toContain(hero);
    expect(firstQuote(SARVIS, [INTRO, tolls, other, pad("Then he named a hero."), hero])).toContain(
      "Sarvis spoke",
    );
  });

  it("not in a story that asks 'you' only once, nor under a headline that does not name who is asked", () => {
    for (const quote of [
      firstQuote(SARVIS, [INTRO, other, asked, answer]),
      firstQuote("Interview with a nominee", [INTRO, tolls, other, asked, answer]),
    ]) {
      expect(quote).toContain("Sarvis spoke");
      expect(quote).not.toContain("Jefferson");
    }
  });
});

describe("pickQuotes, a figure given in none of the question's words", () => {
  // The asked duration stands in a sentence that shares no word with the question, far from the ones that do.
  const form = pad("The Home Office form goes to asylum seekers who applied before last summer.");
  const due = "It also must be returned within twenty working days, officials say.";
  const filler = (n: number) => pad(`Other news number ${n} followed.`);
  const { passage } = passageOf([form, filler(1), filler(2), filler(3), due]);
  const question = "How quickly do asylum seekers have to send back the Home Office form?";
  const howLong = "How long do asylum seekers get to send back the Home Office form?";
  // What the word vectors would say: "send" is close to "returned" only.
  const nearest = (words: string[], texts: string[]) =>
    new Map(words.map((w) => [w, w === "send" && texts.join(" ").includes("returned") ? 0.9 : 0.1]));
  const far = (words: string[]) => new Map(words.map((w) => [w, 0.1]));

  it("quotes the top story's sentence carrying the asked figure when its near words say the rest", () => {
    const quotes = pickQuotes({
      question: howLong,
      context: [],
      passages: [passage],
      weight: () => 1,
      max: 3,
      nearest,
    });
    expect(quotes.map((q) => q.quote).join(" ")).toContain("twenty working days");
  });

  it("not when its near words add nothing, nor for a question that asks no figure", () => {
    const quotes = (q: string, near: typeof nearest) =>
      pickQuotes({ question: q, context: [], passages: [passage], weight: () => 1, max: 3, nearest: near })
        .map((quote) => quote.quote)
        .join(" ");
    expect(quotes(howLong, far)).not.toContain("twenty working days");
    expect(quotes(question, nearest)).not.toContain("twenty working days");
  });
});

describe("pickQuotes, the one name of the kind asked", () => {
  // Both name something; the first holds more of the question's words, only the second names a factory.
  const strike = pad(
    "Sit down strikes began in the 1930s, when workers took over a plant in Flint, Michigan.",
  );
  const named = pad("Well we just had one at the Republic Windows and Doors Factory, not long ago.");
  const { passage } = passageOf([strike, pad("Other news followed."), pad("More news came."), named]);

  it("prefers the sentence that writes the story's one name with the noun asked", () => {
    const [first] = ask("At which factory were the sit down strikes of workers not long ago?", passage);
    expect(first?.quote).toContain("Republic Windows and Doors Factory");
  });

  it.each([
    // "Which plant": a factory's name; "which company": a factory's name too.
    "At which plant were the sit down strikes of workers?",
    "Which company had the sit down strikes of workers?",
  ])("quotes the sentence with the name when it holds none of the question's words: %s", (question) => {
    const lead = pad("The sit down strikes of workers were the theme of the talk, he told the union.");
    const workers = pad(
      "Sit down strikes by workers are rare, and workers rarely win them, he told the union.",
    );
    const talk = pad("The strikes of workers came up again and again in the talk with the union.");
    const bare = "Well, there was one at the Republic Windows and Doors Factory.";
    const filler = pad("Other news followed.");
    const quotes = wholeStoryQuotes(question, [lead, workers, talk, filler, filler, bare], 3);
    expect(quotes.join(" ")).toContain("Republic Windows and Doors Factory");
  });

  it("not when the story writes the noun capitalised in several names", () => {
    const second = pad("The Acme Tool Factory closed in 1990.");
    const many = passageOf([strike, pad("Other news followed."), second, named]);
    const [first] = ask("At which factory were the sit down strikes of workers not long ago?", many.passage);
    expect(first?.quote).toContain("Flint");
  });
});

describe("pickQuotes: a claim checked with its year", () => {
  const dissolved = pad(
    "The parties formed by top members of the dissolved CNRP are busy organising themselves.",
  );
  const worsened = pad(
    "Observers say the rights of the CNRP members were dissolved along with the party itself.",
  );
  const dated = pad("It is the first vote since the Supreme Court in November 2017 disbanded the CNRP.");

  it("quotes the sentence that dates the event, as for 'when'", () => {
    const [first] = wholeStoryQuotes(
      "Is it true that the CNRP was dissolved in 2018?",
      [dissolved, worsened, dated],
      1,
    );
    expect(first).toContain("November 2017");
    const [plain] = wholeStoryQuotes(
      "Is it true that the CNRP was dissolved?",
      [dissolved, worsened, dated],
      1,
    );
    expect(plain).not.toContain("November 2017");
  });
});

describe("pickQuotes: a how-many question whose story counts the things asked by name", () => {
  // As the word vectors have it: "children" (a compound's last part) and "people" are both near "kids".
  const cosine: Record<string, Record<string, number>> = {
    kids: { children: 0.76, people: 0.65 },
    visitors: { crowded: 0.7 },
  };
  const nearest = (words: string[], texts: string[]) => {
    const tokens = texts.join(" ").toLowerCase().split(/\W+/);
    return new Map(words.map((w) => [w, Math.max(0, ...tokens.map((t) => cosine[w]?.[t] ?? 0))]));
  };
  const people = pad(
    "More than two billion people around the world live where iodine is lacking, the study found.",
  );
  const filler = pad("Other news followed later.");
  const quotesOf = (
    sentences: string[],
    question = "How many kids were tested in the iodine study?",
    max = 1,
  ) => wholeStoryQuotes(question, sentences, max, nearest);

  it("quotes the sentence that names them ('1709 schoolchildren') before one that counts people", () => {
    const named = pad("The study surveyed 1709 schoolchildren in five states.");
    const [first] = quotesOf([people, filler, filler, named]);
    expect(first).toContain("1709 schoolchildren");
  });

  it("quotes it though it holds none of the question's other words", () => {
    const survey = pad("A survey of 1709 schoolchildren was carried out in five states.");
    const quotes = quotesOf([people, filler, filler, survey], "iodine study sample - how many kids?", 3);
    expect(quotes.some((quote) => quote.includes("1709 schoolchildren"))).toBe(true);
  });

  it("quotes the sentence that counts them as asked before one that counts them by a near word", () => {
    const crowded = pad("Hundreds of thousands crowded into the lantern festival on its first night.");
    const grows = pad("The lantern festival grows in popularity every year.");
    const theme = pad("The theme of this lantern festival is the year of the pig.");
    const lights = pad("Lantern scenes light the festival grounds.");
    const expects = pad("The city counts about 6 million visitors.");
    const gap = [filler, filler, filler];
    const story = [crowded, ...gap, grows, ...gap, theme, ...gap, lights, ...gap, expects];
    const quotes = quotesOf(story, "How many visitors are expected at the lantern festival?", 3);
    expect(quotes.some((quote) => quote.includes("6 million visitors"))).toBe(true);
  });

  it("still quotes the count of people when the story names them no other way", () => {
    const unnamed = pad("The study surveyed schools in five states.");
    const [first] = quotesOf([people, filler, filler, unnamed]);
    expect(first).toContain("two billion people");
  });
});
