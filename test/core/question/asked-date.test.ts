import { dateMissing, NEAR_EVENT } from "../../../src/core/question/asked-date";

const STORY = [
  "Former Israeli president Shimon Peres was buried in Jerusalem on Friday.",
  "World leaders, among them Barack Obama, attended the funeral.",
  "He served as prime minister twice.",
].join(" ");

describe("dateMissing", () => {
  it("is true for a when-question whose story dates nothing the question names", () => {
    expect(dateMissing("What year did the Nobel Peace Prize go to him?", STORY)).toBe(true);
    expect(dateMissing("when did the berlin wall come down exactly, day and month", STORY)).toBe(true);
  });

  it("reads the thing named after 'the date of' as the event, not the clause that says which one", () => {
    const summit =
      "On the sideline of the May 13 ASEAN-U.S. Special Summit in Washington, the minister had a bilateral meeting with Blinken.";
    expect(
      dateMissing(
        "what was the date of the ASEAN-US summit where the minister sat down with Blinken?",
        summit,
      ),
    ).toBe(false);
    // A thing the dated sentence does not hold is still missing, whatever the clause.
    expect(dateMissing("what was the date of the ASEAN-US gala where the minister sat down?", summit)).toBe(
      true,
    );
  });

  it("is false when a dated sentence holds one of the question's words, in any form", () => {
    expect(dateMissing("When was Peres buried?", STORY)).toBe(false);
    // "buried" and "bury": the sentence's base forms count.
    expect(dateMissing("When did they bury him?", "They buried him on Friday in Jerusalem.")).toBe(false);
  });

  it("asks for a date beside what happened when the question says it in words of its own, not only names", () => {
    // The story dates Peres's burial, not his prize: "win" is in no dated sentence.
    expect(dateMissing("What year did Shimon Peres win the Nobel Peace Prize?", STORY)).toBe(true);
    expect(dateMissing("What year was Frank Messina born?", "Frank Messina read a poem on Monday.")).toBe(
      true,
    );
    expect(dateMissing("What year was Frank Messina born?", "Frank Messina was born in 1966.")).toBe(false);
    // "birth" is what "born" says (irregular-forms.ts).
    expect(
      dateMissing("Aner Shalev -- year of birth?", "Aner Shalev is a writer born in 1958 in Tiberias."),
    ).toBe(false);
    // Names alone say nothing of what happened: a dated sentence with a name answers "When was Peres…?".
    expect(dateMissing("When was Shimon Peres?", STORY)).toBe(false);
  });

  it("counts a near word for what happened (word vectors, NEAR_EVENT)", () => {
    const story = "Washington suspended Cambodia's trade preferences in 2020.";
    const near = (cosine: number) => (words: string[]) => new Map(words.map((w) => [w, cosine]));
    expect(dateMissing("What year did Washington pull them?", story)).toBe(true);
    expect(dateMissing("What year did Washington pull them?", story, near(NEAR_EVENT))).toBe(false);
    expect(dateMissing("What year did Washington pull them?", story, near(NEAR_EVENT - 0.01))).toBe(true);
    // "laid to rest" for "buried": only as near as the word vectors make it.
    const question = "On what date was Peres laid to rest in Jerusalem?";
    expect(dateMissing(question, STORY)).toBe(true);
    expect(dateMissing(question, STORY, near(NEAR_EVENT))).toBe(false);
  });

  it("does not read a reporting word as a near word for what happened: it dates the report", () => {
    const story = "With IE9 almost complete, Microsoft announced on Friday that IE6 must go.";
    const near = (words: string[], texts: string[]) =>
      new Map(words.map((w) => [w, w === "release" && /\bannounced\b/.test(texts.join(" ")) ? 0.62 : 0]));
    expect(dateMissing("What date did Microsoft release IE9?", story, near)).toBe(true);
    expect(dateMissing("When did Microsoft announce the end of IE6?", story, near)).toBe(false);
  });

  it("reads what happened in the question's verb when the story writes that verb", () => {
    const story =
      "With IE9 almost complete, Microsoft announced on Friday that it is time for IE6 users to move on. " +
      "The recently released Google Chrome is gaining users.";
    // "public" is near "users" in the dated lede; the story writes "released" of Chrome, undated.
    const near = (words: string[], texts: string[]) =>
      new Map(words.map((w) => [w, w === "public" && /\busers\b/.test(texts.join(" ")) ? 0.64 : 0]));
    expect(dateMissing("when was IE9 officially released to the public", story, near)).toBe(true);
    // A verb the story never writes ("yank") leaves every lower-case word to say what happened.
    const yanked = "The U.S in 2020 suspended the GSP trade preferences for Cambodia.";
    const trade = (words: string[]) => new Map(words.map((w) => [w, w === "trade" ? 0.65 : 0]));
    expect(dateMissing("what year did washington yank cambodia's trade perks", yanked, trade)).toBe(false);
  });

  it("only asks when: other questions, and a question of asking words alone, are never missing a date", () => {
    expect(dateMissing("Who attended the Nobel ceremony?", STORY)).toBe(false);
    expect(dateMissing("What date exactly?", STORY)).toBe(false);
  });
});

describe("dateMissing, a date asked by its label", () => {
  const lede =
    "With development of Microsoft's Internet Explorer 9 (IE9) browser almost complete, Microsoft announced on Friday that it is time for IE6 users to move away.";
  // Every near word as near as "final" is to "complete": only "release" may decide.
  const near = (words: string[]) => new Map(words.map((w) => [w, w === "final" ? 0.7 : 0.3]));

  it.each([
    "what's the release date for IE9?",
    "IE9 final release date?",
    "release date of the final IE9 build?",
  ])("%s is asked of a story that never dates the release", (question) => {
    expect(dateMissing(question, lede, near)).toBe(true);
    expect(dateMissing(question, `${lede} IE9 will be released on March 14.`, near)).toBe(false);
  });
});

describe("dateMissing, what is not asked as a calendar date", () => {
  it("leaves 'what time' (often a duration) and 'what day' (a weekday, a holiday) to the other signals", () => {
    const story = "A Californian man solved a Rubik's Cube in 3.13 seconds. Heart attacks peak on Mondays.";
    expect(dateMissing("A man set a record by solving a Rubik's Cube in what time?", story)).toBe(false);
    expect(dateMissing("Heart attacks are most likely to happen on what day?", story)).toBe(false);
    expect(dateMissing("In what year did a man solve a Rubik's Cube fastest?", story)).toBe(true);
  });
});

describe("dateMissing, a draft's claim to check", () => {
  const story =
    "Tuesday, March 8, 2011\n\nOn Friday, Microsoft said it would give IE6 users a push to move away. IE6 shipped with Windows XP, nearly a decade ago.";

  it("reads what happened in the claim, not in 'what date do we give'", () => {
    expect(
      dateMissing("Draft says IE9 shipped on March 14, 2011. What release date do we give?", story),
    ).toBe(true);
  });

  it("is false when the story dates what the claim says happened", () => {
    const shipped = "IE9 shipped on March 14, 2011, Microsoft said.";
    expect(
      dateMissing("Draft says IE9 shipped on March 15, 2011. What release date do we give?", shipped),
    ).toBe(false);
  });
});

describe("dateMissing, read through near words", () => {
  // A fake of the word vectors: "released" is near "March" (as in the real vectors, 0.63) and near "launched".
  const nearest = (words: string[], texts: string[]) =>
    new Map(
      words.map((word) => [
        word,
        word === "released" && /\blaunched\b/.test(texts[0] ?? "")
          ? 0.9
          : word === "released" && /\bMarch\b/.test(texts[0] ?? "")
            ? NEAR_EVENT + 0.03
            : 0,
      ]),
    );
  const question = "On what date was Internet Explorer 9 officially released to the public?";

  it("does not take the date itself for what happened", () => {
    const story = "As of March 4, 2011, Internet Explorer 6 has 277 vulnerabilities, Secunia said.";
    expect(dateMissing(question, story, nearest)).toBe(true);
  });

  it("takes another word for what happened", () => {
    const story = "Microsoft launched Internet Explorer 9 on March 14, 2011.";
    expect(dateMissing(question, story, nearest)).toBe(false);
  });
});

describe("dateMissing, what happened beside a name", () => {
  const lede =
    "With development of Microsoft's Internet Explorer 9 (IE9) browser almost complete, Microsoft announced on Friday that it is time for IE6 users to move on. IE's various versions accounted for 70 percent of the market in 2009. The recently released Google Chrome is also quickly gaining users.";
  const released = "Microsoft released Internet Explorer 9 on March 14, 2011.";

  it("reads the word after 'did' and a name as the verb, whatever the tagger says", () => {
    const question = "When exactly did Microsoft release the final version of Internet Explorer 9?";
    expect(dateMissing(question, lede)).toBe(true);
    expect(dateMissing(question, released)).toBe(false);
  });

  it("leaves out a name typed in lower case that the story writes capitalised", () => {
    const question = "what date did internet explorer nine come out to the public";
    expect(dateMissing(question, lede)).toBe(true);
    expect(dateMissing(question, "Internet Explorer 9 came out to the public on March 14, 2011.")).toBe(
      false,
    );
  });

  it("keeps a common word that the question also writes capitalised, in a name", () => {
    const story =
      "It is the first commune election since the Supreme Court in November 2017 disbanded the CNRP.";
    const question =
      "Is it correct that the CNRP was dissolved by the Supreme Court in 2018? Which court and which month and year does the piece cite?";
    expect(dateMissing(question, story)).toBe(false);
  });

  it("asks for a date in 'whats the official release date of …'", () => {
    expect(dateMissing("whats the official release date of internet explorer 9?", lede)).toBe(true);
    expect(dateMissing("whats the official release date of internet explorer 9?", released)).toBe(false);
  });
});
