/** Claims to check and two readings joined by "or" (checked-claims.ts). */
import {
  alternativeSpans,
  checksClaim,
  checksDatedClaim,
  draftClaims,
  unaskedEntities,
} from "../../../src/core/question/checked-claims";

describe("checksClaim", () => {
  it.each([
    ["fact-check: Washington pulled Cambodia's GSP in 2019?", true],
    ["Fact check - the summit was on May 12?", true],
    ["true or false: the crane fell in a storm", true],
    ["is it true that Markey signed the letter?", true],
    [
      "Is it correct that the CNRP was dissolved by the Supreme Court in 2018? Which court does the piece cite?",
      true,
    ],
    ["who checked the facts in the story?", false],
    // A fact-checker's list item.
    ["3) claim: CNRP was dissolved by parliament in 2018 - who disbanded it and when?", true],
    ["Aussie iodine study: claim a quarter of salt there is iodised. What share does Eastman give?", true],
    ["What did Paris claim about the Freewinds?", false],
    ["How many asylum claims were outstanding?", false],
    // "Can you confirm …" with the claim's verb; not a request for a figure, nor a question after it.
    ["Can you confirm the CNRP was dissolved in 2018?", true],
    ["Could you please verify that Markey signed the letter?", true],
    ["Can you confirm the turnout in Hong Kong's 2021 Legislative Council election?", false],
    ["Can you confirm which celebrity guests were at Fan Expo Canada 2017?", false],
  ])("%j → %p", (question, checks) => {
    expect(checksClaim(question)).toBe(checks);
  });
});

describe("alternativeSpans", () => {
  it("finds two names or years joined by 'or'", () => {
    const question = "Did Tina McKenzie captain the Gliders in 2005 or in 2010?";
    const [span] = alternativeSpans(question);
    expect(question.slice(...(span as [number, number]))).toBe("2005 or in 2010");
    expect(alternativeSpans("Is it Ed Markey or Edward Markey?").length).toBe(1);
    expect(alternativeSpans("did they win or lose?")).toEqual([]);
  });
});

describe("unaskedEntities", () => {
  const story =
    "U.S. Senator Ed Markey, of Massachusetts, is one of them. The U.S in 2020 suspended the GSP.";

  it("drops the reading the story lacks when it holds the other", () => {
    expect([...unaskedEntities("Is the senator Ed Markey or Edward Markey?", [story])]).toEqual(["edward"]);
  });

  it("keeps both when the story holds neither", () => {
    expect([...unaskedEntities("Is the senator John Kerry or Edward Kennedy?", [story])]).toEqual([]);
  });

  it("drops the names of the asker's own story before the question, when the story holds another", () => {
    const letter =
      "Having served in the Royal Navy in my youth, I read your Cambodia report. Which naval base was in question?";
    const cambodia = "Cambodia's foreign minister said the Ream naval base would be upgraded.";
    expect([...unaskedEntities(letter, [cambodia])]).toEqual(["royal", "navy"]);
    // Not when the story holds none of the question's names, nor a name said outside the asker's story.
    expect([...unaskedEntities(letter, [story])]).toEqual([]);
    expect([
      ...unaskedEntities("The Royal Navy visited Cambodia. Which base did it use?", [cambodia]),
    ]).toEqual([]);
  });

  it("drops a checked claim's years, not its names", () => {
    expect([...unaskedEntities("fact-check: Washington pulled the GSP in 2019?", [story])]).toEqual(["2019"]);
    expect([...unaskedEntities("Washington pulled the GSP in 2019?", [story])]).toEqual([]);
  });
});

describe("draftClaims", () => {
  it.each([
    [
      "The draft says Senator Markey represents a big Cambodian community in Lynn. Which city do we name?",
      ["The draft says Senator Markey represents a big Cambodian community in Lynn."],
      { names: true, figures: false },
    ],
    [
      "Draft has Sokhonn meeting Blinken on May 12 — what date do we have for that?",
      ["Draft has Sokhonn meeting Blinken on May 12 —"],
      { names: false, figures: true },
    ],
    [
      "piece says the CNRP was dissolved 'in 2018 by the Constitutional Council'. who disbanded it and when, per our article?",
      ["piece says the CNRP was dissolved 'in 2018 by the Constitutional Council'."],
      { names: true, figures: true },
    ],
    [
      "our Cambodia piece: claim is the Blinken meeting was on the margins of the G20. What event does the story actually name?",
      ["our Cambodia piece: claim is the Blinken meeting was on the margins of the G20."],
      { names: true, figures: false },
    ],
    // A claim of several sentences, after a checker's colon and a quote.
    [
      'Quick fact check: "Four senators called on Hun Sen to honour the 1993 Paris Agreement. Markey said the accords ended a war." What year was the Paris Agreement?',
      [
        'Quick fact check: "Four senators called on Hun Sen to honour the 1993 Paris Agreement.',
        'Markey said the accords ended a war."',
      ],
      { names: false, figures: true },
    ],
    // A claim told elsewhere: by another source, reportedly, or read somewhere.
    [
      "Am Sam Ath is described elsewhere as working for Adhoc. Which rights group does this article tie him to?",
      ["Am Sam Ath is described elsewhere as working for Adhoc."],
      { names: true, figures: false },
    ],
    [
      "The senators' letter reportedly cites a 1993 accord. Which agreement and year does the article mention?",
      ["The senators' letter reportedly cites a 1993 accord."],
      { names: true, figures: true },
    ],
    [
      "Someone wrote that Markey represents Lynn. Which city does the story name?",
      ["Someone wrote that Markey represents Lynn."],
      { names: true, figures: false },
    ],
    [
      "Shimon Peres on the producer of wealth: my card says 'brains'. Which word does he use?",
      ["Shimon Peres on the producer of wealth: my card says 'brains'."],
      { names: true, figures: false },
    ],
  ])("%j", (question, claims, asks) => {
    const found = draftClaims(question);
    expect(found.spans.map(([from, to]) => question.slice(from, to).trim())).toEqual(claims);
    expect({ names: found.names, figures: found.figures }).toEqual(asks);
  });

  it.each([
    "Who did the draft law on press freedom name as its author?",
    "Which city does Markey represent?",
    // A claim with no question after it is a statement, not one to check.
    "Draft says Markey represents Lowell.",
    // Told elsewhere, but asked of itself: no question after the claim.
    "Which rights group was Am Sam Ath reportedly working for?",
  ])("%j quotes no claim", (question) => {
    expect(draftClaims(question).spans).toEqual([]);
  });
});

describe("checksDatedClaim", () => {
  it.each([
    ["Is it true that the CNRP was dissolved in 2018?", true],
    ["I read the CNRP was dissolved by the Constitutional Council in 2018. Is that accurate?", true],
    ["I read the CNRP was dissolved by the Constitutional Council. Is that accurate?", false],
    ["I read your story about the 2018 vote. Is that accurate?", false],
    ["Is it true that Markey signed the letter?", false],
    ["When was the CNRP dissolved in 2018?", false],
  ])("%j → %p", (question, dated) => {
    expect(checksDatedClaim(question)).toBe(dated);
  });
});

describe("unaskedEntities of a claim asked 'Is that right?'", () => {
  it("drops the claim's names and years the story lacks, when it holds another of its names", () => {
    const story = "It is the first election since the Supreme Court in November 2017 disbanded the CNRP.";
    expect(
      [
        ...unaskedEntities(
          "I read the CNRP was dissolved by the Constitutional Council in 2018. Is that accurate?",
          [story],
        ),
      ].sort(),
    ).toEqual(["2018", "constitutional", "council"]);
  });
});

describe("unaskedEntities of a draft's claim", () => {
  const story =
    "A member of the Senate who represents a large Cambodian community in the city of Lowell, Markey said.";

  it("drops the asked kind of detail the story lacks, when the story holds the claim's other names", () => {
    expect([
      ...unaskedEntities(
        "The draft says Markey represents a big Cambodian community in Lynn. Which city do we name?",
        [story],
      ),
    ]).toEqual(["lynn"]);
  });

  it("keeps a name of another kind than asked, and a claim about another story", () => {
    // A figure is asked: "Lynn" stays a name the story must hold.
    expect([
      ...unaskedEntities("Draft says Markey won 60% in Lynn. What share do we have?", [story]),
    ]).toEqual([]);
    // Nothing of the claim is in the story: it names another event ("the 2015 Mina stampede").
    expect([
      ...unaskedEntities(
        "Draft says the 2015 Mina stampede killed over 700 pilgrims. What toll do we have?",
        [story],
      ),
    ]).toEqual([]);
  });
});

describe("a message forwarded in a family chat", () => {
  const story =
    "It is the first commune election since the Supreme Court in November 2017 disbanded the CNRP.";

  it("is a claim before the question that checks it, its wrong year no period asked", () => {
    const question =
      "Uncle sent this: 'parliament banned the CNRP in 2019' 🙏 is this true? what does the actual story say about who dissolved the CNRP and when?";
    const claims = draftClaims(question);
    expect(claims.spans.map(([from, to]) => question.slice(from, to).trim())).toEqual([
      "Uncle sent this: 'parliament banned the CNRP in 2019' 🙏 is this true?",
    ]);
    expect([...unaskedEntities(question, [story])].sort()).toEqual(["2019"]);
  });

  it("keeps a name the question asks again after the claim", () => {
    expect([
      ...unaskedEntities(
        "Forwarded many times: 'new Green Lantern movie about the CNRP' 🙏 is this true? who is playing Green Lantern?",
        [story],
      ),
    ]).toEqual([]);
  });
});
