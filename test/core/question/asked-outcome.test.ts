/** An asked outcome (who won, convicted, what sentence, sued, arrested) that the story does not report (asked-outcome.ts). */
import { outcomeMissing, referredQuestion } from "../../../src/core/question/asked-outcome";

const BEFORE_THE_VOTE =
  "There are 17 political parties registered to contest the 11,622 commune council seats next month.";

describe("outcomeMissing", () => {
  it("is true when the question asks who won and the story reports no win, victory or defeat", () => {
    expect(outcomeMissing("who won the june 5 commune election in cambodia", BEFORE_THE_VOTE)).toBe(true);
    expect(outcomeMissing("How many seats did the party end up winning?", BEFORE_THE_VOTE)).toBe(true);
  });

  it("is false when the story reports an outcome of that kind, in any of its forms", () => {
    expect(outcomeMissing("Who won the vote?", "The ruling party claimed victory in Sunday's vote.")).toBe(
      false,
    );
    expect(
      outcomeMissing("Which team won the match?", "In the match, Sweden defeated South Korea 1-0."),
    ).toBe(false);
    expect(outcomeMissing("Was he convicted?", "A jury found him guilty of grand theft.")).toBe(false);
    expect(outcomeMissing("What sentence did they get?", "They were jailed for six years.")).toBe(false);
  });

  it("reads trials too: a conviction or a sentence the story does not give", () => {
    const trial = "The couple are undergoing trial for manslaughter by gross negligence.";
    expect(outcomeMissing("was the couple convicted of manslaughter?", trial)).toBe(true);
    expect(outcomeMissing("what sentence did the couple get in the end", trial)).toBe(true);
    expect(outcomeMissing("what jail terms did the couple get?", trial)).toBe(true);
    expect(outcomeMissing("how long was the couple jailed for?", trial)).toBe(true);
    expect(outcomeMissing("What punishment was it that Thomas and Manju Sam got?", trial)).toBe(true);
    expect(outcomeMissing("What punishment did the couple get?", "The couple were fined $5,000.")).toBe(
      false,
    );
    expect(outcomeMissing("what jail terms did the couple get?", "They were jailed for six years.")).toBe(
      false,
    );
  });

  it("reads no verdict in a plea or an argument, only in what a court decided", () => {
    const argued =
      "The couple are undergoing trial for manslaughter. Their lawyer said they should be declared not guilty due to cultural differences.";
    const pleaded = "The couple pleaded not guilty to manslaughter at the start of the trial.";
    const decided = "The jury found the couple guilty of manslaughter.";
    const asked = "what verdict did the jury reach in the couple's manslaughter trial?";
    expect(outcomeMissing(asked, argued)).toBe(true);
    expect(outcomeMissing(asked, pleaded)).toBe(true);
    expect(outcomeMissing(asked, decided)).toBe(false);
    // A case's or a trial's outcome asked by that word: a verdict too.
    expect(outcomeMissing("montalvo manslaughter case outcome", argued)).toBe(true);
    expect(outcomeMissing("what was the result of the couple's trial?", argued)).toBe(true);
    expect(outcomeMissing("what was the outcome of the manslaughter case?", decided)).toBe(false);
    expect(
      outcomeMissing(
        "was the couple convicted of manslaughter?",
        "The couple was convicted of manslaughter.",
      ),
    ).toBe(false);
  });

  it("is false for a question that asks no outcome, or names one only while setting the scene", () => {
    expect(outcomeMissing("How many parties are registered?", BEFORE_THE_VOTE)).toBe(false);
    // "won't" is no win; "a 6-1 win" names one, it does not ask who won.
    expect(outcomeMissing("Newsom said the state won’t do business with which chain?", BEFORE_THE_VOTE)).toBe(
      false,
    );
    expect(
      outcomeMissing("Which player scored twice in Tuesday’s 6-1 win against China?", BEFORE_THE_VOTE),
    ).toBe(false);
    // What there is to win: the seats contested, which a story before the vote gives.
    expect(outcomeMissing("How many seats in the commune councils are there to win?", BEFORE_THE_VOTE)).toBe(
      false,
    );
    expect(
      outcomeMissing(
        "After winning the primary, she spoke in Iowa. Where did she speak next?",
        BEFORE_THE_VOTE,
      ),
    ).toBe(false);
  });
});

describe("outcomeMissing: a lawsuit or an arrest asked yes or no", () => {
  const held =
    "Valeska Paris says the Church of Scientology held her on the cruise ship Freewinds for twelve years.";
  const attacked =
    "Hackers calling themselves Anonymous attacked the Church of Scientology's website on Wednesday.";

  it("is true when the story tells of no lawsuit, court or arrest", () => {
    expect(outcomeMissing("did Valeska Paris take the church to court?", held)).toBe(true);
    expect(outcomeMissing("has valeska paris filed a lawsuit against the church", held)).toBe(true);
    expect(
      outcomeMissing(
        "Did Valeska Paris file suit against the Church of Scientology, and in which jurisdiction?",
        held,
      ),
    ).toBe(true);
    expect(outcomeMissing("Were any of the Anonymous attackers arrested?", attacked)).toBe(true);
  });

  it("is false when it does, beside a word of the question", () => {
    expect(
      outcomeMissing("Did Paris sue the church?", `${held} She is suing the church in a French court.`),
    ).toBe(false);
    expect(
      outcomeMissing(
        "Were any of the attackers arrested?",
        `${attacked} Police arrested two of the attackers.`,
      ),
    ).toBe(false);
  });

  it("is false when the lawsuit or arrest only sets the scene of a question that is not yes or no", () => {
    const ftc = "The Federal Trade Commission said Amazon tricked millions of consumers into Prime.";
    expect(outcomeMissing("The FTC is suing which company, alleging it tricked consumers?", ftc)).toBe(false);
    expect(outcomeMissing("Hundreds were arrested in which country after the attack?", attacked)).toBe(false);
  });
});

describe("outcomeMissing: charges dropped, people disciplined, deals signed, bills passed, asked yes or no", () => {
  const charged = "Daniel Montalvo, 19, was arrested and charged with grand theft. He was released on bail.";
  const lost = "A sensitive Environment Canada document was found wet on an Ottawa street.";
  const fired =
    "North Korea fired artillery rounds at a loudspeaker in South Korea. The two sides met for talks at the border.";
  const planned = "Sunak promised the illegal migration bill would come before parliament soon.";

  it("is true when the story reports no such outcome", () => {
    expect(outcomeMissing("were the grand theft charges against montalvo dropped", charged)).toBe(true);
    expect(outcomeMissing("was anyone disciplined over the environment canada document", lost)).toBe(true);
    expect(outcomeMissing("did north and south korea sign a deal to end the standoff?", fired)).toBe(true);
    expect(outcomeMissing("did the two koreas reach a deal to end the loudspeaker standoff", fired)).toBe(
      true,
    );
    expect(outcomeMissing("have the koreas struck an agreement yet?", fired)).toBe(true);
    expect(outcomeMissing("did parliament vote through Sunak's illegal migration bill", planned)).toBe(true);
    expect(outcomeMissing("were the sams found guilty of manslaughter?", charged)).toBe(true);
  });

  it("is false when it does, beside a word of the question", () => {
    expect(
      outcomeMissing(
        "were the grand theft charges against montalvo dropped",
        `${charged} Prosecutors later dropped the grand theft charges.`,
      ),
    ).toBe(false);
    expect(
      outcomeMissing(
        "was anyone disciplined over the environment canada document",
        `${lost} The official who lost the document was suspended.`,
      ),
    ).toBe(false);
    expect(
      outcomeMissing(
        "did north and south korea sign a deal to end the standoff?",
        `${fired} The Koreas reached an agreement to end the standoff on Tuesday.`,
      ),
    ).toBe(false);
    expect(
      outcomeMissing(
        "did the two koreas reach a deal to end the loudspeaker standoff",
        `${fired} The Koreas agreed to end the standoff on Tuesday.`,
      ),
    ).toBe(false);
    expect(
      outcomeMissing(
        "did parliament vote through Sunak's illegal migration bill",
        "Parliament passed the illegal migration bill on Wednesday.",
      ),
    ).toBe(false);
  });

  it("is false when the question is not yes or no", () => {
    expect(outcomeMissing("who signed the deal to end the standoff?", fired)).toBe(false);
    expect(outcomeMissing("what deal did the koreas reach?", fired)).toBe(false);
    expect(outcomeMissing("why were the charges against montalvo dropped?", charged)).toBe(false);
  });
});

describe("outcomeMissing: an outcome reported about something else", () => {
  it("is true when the story tells of a win, but not beside a word of the question", () => {
    const interview = [
      "Why not run for a lower office that you would be more likely to win?",
      "I will back the nominee of the Republican party in 2016.",
      "My campaign has won the support of veterans.",
    ].join("\n\n");
    // A question "to win" reports nothing; the campaign's win is not a primary's.
    expect(outcomeMissing("Who won the 2016 Republican primary in New Hampshire?", interview)).toBe(true);
    expect(outcomeMissing("What support has the campaign won?", interview)).toBe(false);
  });

  it("reads the sentence before a report: it often names what the report is about", () => {
    const story = "The Mets played the Braves on Tuesday. Atlanta won 5-3.";
    expect(outcomeMissing("who won the mets game last night?", story)).toBe(false);
    expect(outcomeMissing("who won the lakers game last night?", story)).toBe(true);
  });

  it("asks the final's or the title's winner of a story that reports a final, a title or a champion", () => {
    const groupStage =
      "Yesterday, day five of the 2018 FIFA football World Cup, Sweden defeated South Korea 1 – 0; Belgium defeated debutants Panama 3 – 0.";
    expect(outcomeMissing("Which team won the 2018 World Cup final?", groupStage)).toBe(true);
    expect(outcomeMissing("who took the title at the 2018 world cup final", groupStage)).toBe(true);
    expect(outcomeMissing("Who won the 2018 World Cup group match against Panama?", groupStage)).toBe(false);
    const esports =
      "The finals saw US team Cloud9 and Immortals, from Brazil, face off in Counter-Strike. Both unbeaten teams going in, the Brazillian team won the championship and $ 50,000.";
    expect(outcomeMissing("Who won the CS:GO final at Fan Expo Canada?", esports)).toBe(false);
    expect(outcomeMissing("which side took the counter-strike title at fan expo", esports)).toBe(false);
    // The win beside the final's own word, the title beside the question's other words: each kind leaves out only
    // its own asking words.
    const expo = `The Northern Arena Esports Championship ran throughout the weekend at Fan Expo.\n\n${esports}`;
    expect(outcomeMissing("Who won the esports final at Fan Expo in Toronto?", expo)).toBe(false);
  });
});

describe("outcomeMissing: who pays", () => {
  const ream =
    "On the issue of Ream naval base, Sokhonn said the renovation of the base serves only to strengthen Cambodian naval capacities.";

  it("is true when the question asks who pays and the story tells of no payment, funding or loan beside it", () => {
    expect(outcomeMissing("Which country is paying for the Ream naval base renovation?", ream)).toBe(true);
    expect(outcomeMissing("who funds the renovation of the ream base", ream)).toBe(true);
    expect(
      outcomeMissing("which country's footing the bill for the work on that Ream naval base?", ream),
    ).toBe(true);
    expect(outcomeMissing("who's picking up the tab for the Ream base renovation?", ream)).toBe(true);
  });

  it("is false when the story says who pays, in any of its words for it", () => {
    const funded = `${ream} The renovation is funded by a Chinese grant.`;
    expect(outcomeMissing("Which country is paying for the Ream naval base renovation?", funded)).toBe(false);
    expect(outcomeMissing("which country's footing the bill for the Ream base renovation?", funded)).toBe(
      false,
    );
    const paid = "The museum paid $10 million for the renovation of the hall.";
    expect(outcomeMissing("Who paid for the renovation?", paid)).toBe(false);
    // A study's funder, as a paper credits it.
    const supported = "The study on ozone and crop yields was supported by the Croucher Foundation.";
    expect(outcomeMissing("Who bankrolled the study on ozone, warming and crop yields?", supported)).toBe(
      false,
    );
    expect(outcomeMissing("Who bankrolled the study on ozone, warming and crop yields?", ream)).toBe(true);
  });

  it("is false when paying only sets the scene: the question asks who received, or names a backer itself", () => {
    expect(outcomeMissing("Which companies received funding from the UK Space Agency?", ream)).toBe(false);
    expect(outcomeMissing("Which golfer left for the Saudi-funded LIV Golf circuit?", ream)).toBe(false);
  });
});

describe("outcomeMissing: what came of it in the end", () => {
  const planned =
    "Finally, Atlantis will go on display at the Kennedy Space Center Visitor Complex in Florida.";
  const estimated =
    "Markus Landgraf has estimated the number of interstellar dust particles that should have been captured by Stardust.";

  it("is true when 'did … end up / actually / eventually' asks what a story only plans or guesses", () => {
    expect(
      outcomeMissing("when did atlantis actually go on display at the kennedy visitor complex", planned),
    ).toBe(true);
    expect(
      outcomeMissing(
        "how many interstellar dust particles did Stardust@home volunteers end up finding?",
        estimated,
      ),
    ).toBe(true);
    expect(outcomeMissing("How many dust particles have the volunteers eventually found?", estimated)).toBe(
      true,
    );
  });

  it("is false when the story tells what happened, beside a word of the question", () => {
    const went = "Atlantis went on display at the Kennedy Space Center Visitor Complex in June 2013.";
    expect(
      outcomeMissing("when did atlantis actually go on display at the kennedy visitor complex", went),
    ).toBe(false);
    const found = "By March, volunteers had found seven interstellar dust particles.";
    expect(
      outcomeMissing("how many dust particles did Stardust@home volunteers end up finding?", found),
    ).toBe(false);
  });

  it("reads 'actually' in a count the story gives as stress, not a later outcome", () => {
    const survey =
      "A cross-sectional survey of 1709 schoolchildren was carried out between July 2003 and 2004.";
    const kids = "how many kids did they actually test in the aussie iodine study";
    // The story has no "test": without the count given, what came of the testing is asked.
    expect(outcomeMissing(kids, survey)).toBe(true);
    expect(outcomeMissing(kids, survey, kids, () => true)).toBe(false);
    // Other words still ask what came in the end.
    expect(
      outcomeMissing(
        "how many visitors did the lantern fest actually draw in the end",
        survey,
        undefined,
        () => true,
      ),
    ).toBe(true);
    expect(
      outcomeMissing(
        "how many dust particles did the volunteers actually end up finding",
        estimated,
        undefined,
        () => true,
      ),
    ).toBe(true);
  });

  it("is false for 'actually' and 'ended up' that ask no later outcome", () => {
    expect(outcomeMissing("what does licadho actually want to see", planned)).toBe(false);
    expect(outcomeMissing("who ended up as the youngest lawmaker in hong kong history", planned)).toBe(false);
    expect(outcomeMissing("what was the north's artillery actually shooting at", planned)).toBe(false);
    // "actually" after a verb of saying stresses what was said.
    expect(outcomeMissing("what did the foreign minister actually say about foreign troops", planned)).toBe(
      false,
    );
    expect(outcomeMissing("what did sokhonn actually tell blinken", planned)).toBe(false);
    // A verb of saying or thinking before "actually" or "ended up": what someone said or thought came of it.
    expect(
      outcomeMissing(
        "how many interstellar dust particles did they think stardust actually caught",
        estimated,
      ),
    ).toBe(false);
    expect(outcomeMissing("how long did valeska paris say she ended up stuck on that ship", planned)).toBe(
      false,
    );
    // "actually" in a who / which question stresses the one asked about.
    expect(
      outcomeMissing("which American official did he actually sit down with in Washington?", planned),
    ).toBe(false);
    // Getting off, out or away is told in other words ("left"); getting votes is not.
    const left = "In 2007, Paris left the ship after twelve years aboard.";
    expect(
      outcomeMissing("What year did Valeska Paris finally get off the Scientology cruise ship?", left),
    ).toBe(false);
    expect(outcomeMissing("what % did sarvis actually get on election day in virginia", left)).toBe(true);
  });

  it("reads the result or outcome of a vote as how it went", () => {
    const before =
      'Of the public process, he said, "In the end I\'ll have one vote in each referendum just like every other New Zealander".';
    const after = "New Zealanders voted to keep the old flag in the second referendum, by 56.6 percent.";
    for (const question of [
      "what was result of the flag referendum, New Zealand keep old flag or no?",
      "The referendum's outcome?",
      // Its final result, after four words of the vote's name, or after the vote.
      "verify the final result of New Zealand's second flag referendum — what margin kept the old flag?",
      "NZ flag referendum final result, change or not?",
    ]) {
      expect(outcomeMissing(question, before)).toBe(true);
      expect(outcomeMissing(question, after)).toBe(false);
    }
    // The result of something else: not a vote's.
    expect(outcomeMissing("What was the result of the flag design panel's work?", before)).toBe(false);
  });

  it("reads 'how did … end' as how something ended", () => {
    const during =
      "The two Koreas began talks on Saturday as loudspeakers kept blaring propaganda across the border.";
    const ended = "The standoff ended when the two Koreas agreed to a deal early on Tuesday.";
    const question = "how did the August 2015 loudspeaker standoff end — what did the two Koreas sign?";
    expect(outcomeMissing(question, during)).toBe(true);
    expect(outcomeMissing(question, ended)).toBe(false);
    // Not "end up" (what came of someone), nor "in the end" in a count.
    expect(
      outcomeMissing(
        "how did the math prof shalev end up writing fiction",
        "Shalev started writing fiction in 2002.",
      ),
    ).toBe(false);
    expect(outcomeMissing("How many died in the end?", during)).toBe(false);
  });

  it("reads 'end up with' and 'wind up with' as what someone got in the end", () => {
    const polled =
      "The latest poll placed Sarvis at 13 percent, and he hopes to get more. Whoever wins election on November 5 will serve four years.";
    // What was got is told as got, received or won.
    const told = [
      "On election day Sarvis got 6.5 percent of the vote.",
      "Sarvis received 6.5 percent of the vote.",
      "Sarvis won 6.5 percent of the vote.",
    ];
    for (const question of [
      "What share of the vote did Sarvis end up with on election day?",
      "What share of the vote did Sarvis wind up with on election day?",
      "what % did sarvis actually get on election day",
    ]) {
      expect(outcomeMissing(question, polled)).toBe(true);
      for (const text of told) expect(outcomeMissing(question, text)).toBe(false);
    }
  });

  it("reads 'did … later <verb>' as what came of it after the story", () => {
    const story = "Ahmed Mohamed was invited to tour Facebook and the White House.";
    const told = "Ahmed Mohamed's family later relocated to Qatar.";
    const question = "Which country did Ahmed Mohamed's family later relocate to?";
    expect(outcomeMissing(question, story)).toBe(true);
    expect(outcomeMissing(question, told)).toBe(false);
  });

  it("reads going to jail or prison as a sentence, and a guess at it after the question", () => {
    const trial =
      "Thomas Sam and his wife Manju Sam are undergoing trial for manslaughter over Gloria's death.";
    const jailed =
      "Thomas Sam and his wife Manju Sam, the parents of baby Gloria, were jailed for manslaughter.";
    for (const question of [
      "Did the Sams go to prison?",
      "Daniel Montalvo in the end go jail or not?",
      "The parents of baby Gloria, what was the final sentence? They went to prison?",
      "Thomas and Manju Sam, how long prison they get?",
    ])
      expect(outcomeMissing(question, trial)).toBe(true);
    expect(outcomeMissing("Did the Sams go to prison?", jailed)).toBe(false);
    expect(
      outcomeMissing("The parents of baby Gloria, what was the final sentence? They went to prison?", jailed),
    ).toBe(false);
  });

  it("reads 'went on to <verb>' as what came of it after the story", () => {
    const story = "Valeska Paris claimed the church imprisoned her aboard the cruise ship Freewinds.";
    const told = "Valeska Paris later married Chris Guider, a former Sea Org member.";
    const question = "What is the name of the man Valeska Paris went on to marry?";
    expect(outcomeMissing(question, story)).toBe(true);
    expect(outcomeMissing(question, told)).toBe(false);
    // "went on to say": what was said, which the story reports.
    expect(outcomeMissing("What did Paris go on to say about the ship?", story)).toBe(false);
  });

  it("asks what came of it in a question that goes on from it ('And how long …?')", () => {
    const trial = "Thomas Sam and his wife Manju Sam are undergoing trial for manslaughter.";
    const convicted = "Thomas Sam and his wife Manju Sam were convicted of manslaughter.";
    const question =
      "Did that Sydney couple, the Sams, end up convicted? And how long did the judge give 'em?";
    expect(outcomeMissing(question, trial)).toBe(true);
    expect(outcomeMissing(question, convicted)).toBe(false);
    // A question that does not go on from the one before is asked on its own.
    expect(outcomeMissing("Did the Sams end up convicted? How old was Gloria?", trial)).toBe(false);
  });

  it("reads 'in the end, what … did … get' as what someone got, with 'in the end' first or last", () => {
    const polled =
      "The latest poll placed Sarvis at 13 percent, and he hopes to get more. Whoever wins election on November 5 will serve four years.";
    const told = "On election day Sarvis got 6.5 percent of the vote.";
    for (const question of [
      "In the end, what share did Sarvis get?",
      "What share did Sarvis get in the end?",
      "in the end what % of the vote did sarvis get",
      "Ultimately, how many votes did Sarvis get?",
    ]) {
      expect(outcomeMissing(question, polled)).toBe(true);
      expect(outcomeMissing(question, told)).toBe(false);
    }
    // Without "in the end" it asks what the story says; "got" in a yes-no "yet" question asks a state.
    expect(outcomeMissing("What share did Sarvis get?", polled)).toBe(false);
    expect(
      outcomeMissing(
        "Has the harbour authority got a permanent boss yet?",
        "Pascal Bergeron was appointed permanent chief executive of the harbour authority.",
      ),
    ).toBe(false);
  });

  it("asks 'has … yet' whether it has happened by now: the story must have the verb as done", () => {
    const hoped = "Sokhonn hoped Cambodia's access to the GSP will be soon restored.";
    const restored = "In March the U.S. restored Cambodia's access to the GSP.";
    // The topic has lost its time words ("yet"); the question as asked still has them.
    const asked = "has the US restored cambodia's GSP access yet?";
    expect(outcomeMissing("has the US restored cambodia's GSP access?", hoped, asked)).toBe(true);
    expect(outcomeMissing(asked, "The U.S. suspended the GSP in 2020.")).toBe(true);
    expect(outcomeMissing(asked, restored)).toBe(false);
    expect(outcomeMissing("has the US restored cambodia's GSP access?", hoped)).toBe(false);
    // "in the end" asks the same; "make it to" asks whether they got there, told as a visit or an arrival.
    const invited = "Ahmed Mohamed was invited to the White House by President Obama.";
    expect(outcomeMissing("Did Ahmed Mohamed go to the White House in the end?", invited)).toBe(true);
    expect(
      outcomeMissing(
        "Did Ahmed Mohamed go to the White House in the end?",
        `${invited} Ahmed went to the White House in October.`,
      ),
    ).toBe(false);
    expect(outcomeMissing("did Ahmed Mohamed actually make it to the White House?", invited)).toBe(true);
    expect(
      outcomeMissing(
        "did Ahmed Mohamed actually make it to the White House?",
        "Ahmed visited the White House in October.",
      ),
    ).toBe(false);
    // "which … did … in the end": which one, once it happened.
    const process = "New Zealanders will pick a new flag design in a referendum.";
    const which = "So which flag did the New Zealanders pick in the end, is it the fern one?";
    expect(outcomeMissing(which, process)).toBe(true);
    expect(outcomeMissing(which, `${process} New Zealanders picked the old flag.`)).toBe(false);
    expect(outcomeMissing("which flag did the New Zealanders pick?", process)).toBe(false);
    // "ever" asks the same.
    const ever = "did the US ever restore cambodia's GSP eligibility after the blinken sit-down";
    expect(outcomeMissing("did the US restore cambodia's GSP eligibility", hoped, ever)).toBe(true);
    expect(outcomeMissing("did the US restore cambodia's GSP eligibility", restored, ever)).toBe(false);
    // A state, not an event: the story says it in other words.
    expect(
      outcomeMissing(
        "Has the harbour authority got a permanent boss yet?",
        "The board appointed Daniel Mercer permanent chief executive.",
      ),
    ).toBe(false);
  });
});

describe("outcomeMissing: a short follow-up after the question that asks the outcome", () => {
  const hoped =
    "During his meeting with Blinken, Sokhonn hoped Cambodia's access to the GSP, a trade program of the U.S., will be soon renewed.";

  it("reads the outcome in the question 'When was that?' refers to", () => {
    expect(
      outcomeMissing(
        "did Cambodia's GSP access actually get renewed after the meeting? When was that?",
        hoped,
      ),
    ).toBe(true);
    expect(referredQuestion("did the GSP actually get renewed? What date was that?")).toBe(
      "did the GSP actually get renewed?",
    );
  });

  it("is no follow-up when the last question asks something of its own", () => {
    expect(
      referredQuestion("did the GSP get renewed? When did the US suspend it in the first place?"),
    ).toBeNull();
    expect(referredQuestion("When was that?")).toBeNull();
    const went = "Atlantis went on display at the Kennedy Space Center Visitor Complex in June 2013.";
    expect(
      outcomeMissing("did atlantis actually go on display at the kennedy complex? When was that?", went),
    ).toBe(false);
  });
});

describe("outcomeMissing: a passive 'get <verb>'", () => {
  it("asks whether it was done: 'did … actually get renewed' is answered by 'renewed'", () => {
    const renewed = "The U.S. renewed Cambodia's GSP access in June 2023.";
    expect(outcomeMissing("did Cambodia's GSP access actually get renewed after the meeting?", renewed)).toBe(
      false,
    );
    const hoped = "Sokhonn hoped Cambodia's access to the GSP will be soon renewed.";
    expect(outcomeMissing("did Cambodia's GSP access actually get renewed after the meeting?", hoped)).toBe(
      true,
    );
  });
});

describe("outcomeMissing: getting somewhere is told beside the place", () => {
  const story =
    "The arrest led to invitations for Ahmed to visit the White House. Police said the clock was never a threat. Sergey Brin met with Mohamed during his visit to Google.";
  it.each([
    ["did Ahmed Mohamed ever actually make it to the White House?", true],
    ["did ahmed mohamed ever actually make it to the white house? when", true],
    ["On what date did Ahmed Mohamed finally visit the White House with his clock?", true],
    ["Did Ahmed Mohamed actually visit Google?", false],
  ])("%s → %s", (question, missing) => {
    expect(outcomeMissing(question, story)).toBe(missing);
  });
});
