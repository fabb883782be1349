/** The asker's guess after a question is not what is asked; their asides and situation are not asked either. */
import { askerStory, splitGuesses, withSelfCorrections } from "../../../src/core/question/asker-guesses";

describe("splitGuesses", () => {
  it.each([
    [
      "Which American official did he sit down with? I think it was Antony Blinken but my husband says Pompeo.",
      "Which American official did he sit down with?",
      ["I think it was Antony Blinken but my husband says Pompeo."],
    ],
    ["Which city was that? Lawrence?", "Which city was that?", ["Lawrence?"]],
    // What others say.
    [
      "when did cambodia's top court dissolve the CNRP, like what month n year? someone said 2018",
      "when did cambodia's top court dissolve the CNRP, like what month n year?",
      ["someone said 2018"],
    ],
    [
      "When was the summit? People keep saying May 12.",
      "When was the summit?",
      ["People keep saying May 12."],
    ],
    [
      "What was the turnout rate? I think you said 68%?",
      "What was the turnout rate?",
      ["I think you said 68%?"],
    ],
    ["How much does the cocktail cost? Ten dollars?", "How much does the cocktail cost?", ["Ten dollars?"]],
    ["How long was the document? Was it 130 pages?", "How long was the document?", ["Was it 130 pages?"]],
    [
      "Your piece said the stampede was the deadliest. Which year was that? I think it was 1990.",
      "Your piece said the stampede was the deadliest. Which year was that?",
      ["I think it was 1990."],
    ],
    [
      "By how much did the peroxide cut deaths? I might have the biologist's name wrong, Nick Boss?",
      "By how much did the peroxide cut deaths?",
      ["I might have the biologist's name wrong, Nick Boss?"],
    ],
    // A tag question after the question.
    [
      "Which opposition party was threatened? It's some party with a light-related name, right?",
      "Which opposition party was threatened?",
      ["It's some party with a light-related name, right?"],
    ],
  ])("%s", (question, asked, guesses) => {
    expect(splitGuesses(question)).toEqual({ asked, guesses, asides: [] });
  });

  it.each([
    // The asker's asides about themselves after the question.
    [
      "What was the ship called? I keep wanting to say Freedom, which I'm pretty sure is wrong.",
      "What was the ship called?",
      [],
      ["I keep wanting to say Freedom, which I'm pretty sure is wrong."],
    ],
    [
      "who was the Crown prosecutor? I don't want to get his name wrong. My notes are a mess.",
      "who was the Crown prosecutor?",
      [],
      ["I don't want to get his name wrong.", "My notes are a mess."],
    ],
    [
      "what's the minister's actual name? i keep seeing it spelled diff ways",
      "what's the minister's actual name?",
      [],
      ["i keep seeing it spelled diff ways"],
    ],
    // The asker's situation before what is asked, up to a colon or a dash, when it names nothing.
    [
      "This homeopathy case is grim but I want to cover it carefully — who was the Crown prosecutor?",
      "who was the Crown prosecutor?",
      [],
      ["This homeopathy case is grim but I want to cover it carefully"],
    ],
    // Where the answer goes, said of "it": not what is asked.
    [
      "Which date is the commune election in Cambodia? I need it for our Wahlkalender.",
      "Which date is the commune election in Cambodia?",
      [],
      ["I need it for our Wahlkalender."],
    ],
    [
      "Before we record the segment: how many were injured? I think 200.",
      "how many were injured?",
      ["I think 200."],
      ["Before we record the segment"],
    ],
  ])("%s", (question, asked, guesses, asides) => {
    expect(splitGuesses(question)).toEqual({ asked, guesses, asides });
  });

  it.each([
    [
      "On what vessel does Valeska Paris say she was held for a dozen years (a cruise ship owned by the Church, as I understand it)?",
      "On what vessel does Valeska Paris say she was held for a dozen years?",
      ["a cruise ship owned by the Church, as I understand it"],
    ],
    [
      "How many pilgrims were trampled in the 1991 Hajj stampede, which I understand was the worst one?",
      "How many pilgrims were trampled in the 1991 Hajj stampede?",
      ["which I understand was the worst one"],
    ],
    [
      "Roughly how many Greeks worship the old gods? (cf. your March 2006 piece on the court ruling)",
      "Roughly how many Greeks worship the old gods?",
      ["cf. your March 2006 piece on the court ruling"],
    ],
    [
      "🔥 which naval base came up in the Cambodia–US talks?? #Cambodia #Blinken #SouthChinaSea",
      "🔥 which naval base came up in the Cambodia–US talks??",
      ["#Cambodia #Blinken #SouthChinaSea"],
    ],
    // A thread's post that opens with its tags, then asks.
    [
      "#NationalMagicMonth #magic where did William Evans get sworn in?",
      "where did William Evans get sworn in?",
      ["#NationalMagicMonth #magic"],
    ],
  ])(
    "reads the asker's remark in brackets, or a post's hashtags, as a guess: %s",
    (question, asked, guesses) => {
      expect(splitGuesses(question)).toEqual({ asked, guesses, asides: [] });
    },
  );

  it.each([
    // A sceptic's doubt that closes the question, read as nothing.
    [
      "Does it actually give the final death toll from Cyclone Phailin, or is that made up?",
      "Does it actually give the final death toll from Cyclone Phailin?",
    ],
    ["Does it actually name the party, or nah?", "Does it actually name the party?"],
    [
      "Does it actually say where exactly the stampede happened, or just 'near Mecca'?",
      "Does it actually say where exactly the stampede happened?",
    ],
    ["Who was that, if they even name him?", "Who was that?"],
    [
      "The South evacuated people. Go on, how many — do they even say?",
      "The South evacuated people. Go on, how many?",
    ],
    // "Or not" as the question's own alternative stays ("is it X or not" asks yes or no).
    ["Was the bar in Brooklyn or not in Brooklyn?", "Was the bar in Brooklyn or not in Brooklyn?"],
  ])("reads a sceptic's doubt away: %s", (question, asked) => {
    expect(splitGuesses(question).asked).toBe(asked);
  });

  it("sets a sceptic's doubt after the question aside", () => {
    expect(splitGuesses("How old is Tina McKenzie? Does the interview even say?")).toEqual({
      asked: "How old is Tina McKenzie?",
      guesses: [],
      asides: ["Does the interview even say?"],
    });
  });

  it.each([
    // No question before it: the guess is the question.
    "I think the CNRP was dissolved in 2017?",
    // A second question of its own.
    "Who heads the CCHR? What did she say about the election?",
    "Who met Blinken? Did he raise the GSP?",
    // A remark about the story, not about the asker.
    "what was the ship called? The name sounded Italian.",
    // What the asker needs narrows the question.
    "How many people came to Fan Expo? I want the real attendance number.",
    "How many seats were contested? I need the split by party, for the chart.",
    // A lead-in about the story, not the asker; and one that asks.
    "chomsky brought up a recent sit-down strike in the US — at which plant?",
    "I wanted to know who met whom: did Blinken meet Sokhonn?",
    // A situation that is the topic, before a question that is no question of its own.
    "My cat keeps throwing up hairballs — should I be worried?",
    // A preface that names the story stays asked.
    "Before we record the Mecca segment: how many were injured?",
    // Brackets of few words, or that ask, or that say what the short question is about.
    "What does the Everything But Arms (EBA) scheme cover?",
    "Who won the 2016 election (LegCo)?",
    "When was the CNRP dissolved by the Supreme Court (or was it merged into another party?)",
    "GSP = ? (the US trade program Cambodia wants renewed)",
    // A hashtag inside what is asked.
    "who started the #IStandWithAhmed hashtag?",
    "#IStandWithAhmed: who started it",
  ])("%s has no guess or aside", (question) => {
    expect(splitGuesses(question)).toEqual({ asked: question, guesses: [], asides: [] });
  });
});

describe("askerStory", () => {
  const spans = (question: string) =>
    askerStory(question).map(([from, to]) => question.slice(from, to).trim());

  it("finds the sentences about the asker before what is asked", () => {
    expect(
      spans(
        "As a boy I watched the sky for Sputnik. Your interview delighted me. How many particles were caught? My thanks.",
      ),
    ).toEqual(["As a boy I watched the sky for Sputnik.", "Your interview delighted me."]);
  });

  it("finds none in a question without a question mark, or one that asks first", () => {
    expect(spans("I watched the sky for Sputnik. Tell me how many particles were caught.")).toEqual([]);
    expect(spans("How many particles were caught? I watched the sky for Sputnik.")).toEqual([]);
    expect(spans("The Spurs won the lottery. Who did they pick?")).toEqual([]);
  });
});

describe("withSelfCorrections", () => {
  it.each([
    [
      "the wikiHow founder guy, Jack Herrington, no, Herrick, where did he say Quantcast ranked the site",
      "the wikiHow founder guy, Jack Herrick, where did he say Quantcast ranked the site",
    ],
    ["I want to say 2018... no, 2017?", "I want to say 2017?"],
    ["Herrington — I mean Herrick: where was the site ranked?", "Herrick: where was the site ranked?"],
    ["was it Sokhon, sorry, Sokhonn who met Blinken?", "was it Sokhonn who met Blinken?"],
  ])("%s → %s", (typed, read) => {
    expect(withSelfCorrections(typed)).toBe(read);
  });

  it.each([
    "Did Markey vote, no doubt about it?",
    "Was it 2018, no?",
    "no, who met Blinken?",
    "Who said no, thanks?",
    // An apology before what is asked takes nothing back.
    "Washington cut Cambodia off from that US trade program — sorry, do you know what year that was?",
    "the Licadho guy, sorry, what was his title?",
  ])("leaves %s as it is", (question) => {
    expect(withSelfCorrections(question)).toBe(question);
  });

  it("reads the guess that is left as a guess", () => {
    expect(splitGuesses("when was the CNRP dissolved? I want to say 2018... no, 2017?")).toEqual({
      asked: "when was the CNRP dissolved?",
      guesses: ["I want to say 2017?"],
      asides: [],
    });
  });
});
