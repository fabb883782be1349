import { CONTEXT_ENTRIES, checkContext, checkQuestion } from "../../../src/core/question/check-question";

describe("checkQuestion", () => {
  it.each([
    ["", "empty"],
    ["   \n\t ", "empty"],
    ["🙂🎉🔥", "no_words"],
    ["?!… —", "no_words"],
  ])("rejects %j as %s with a helpful message", (input, code) => {
    const result = checkQuestion(input, 100);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.code).toBe(code);
      expect(result.problem.message).toMatch(/question|words/i);
    }
  });

  it("rejects an over-long question and says the limit", () => {
    const result = checkQuestion("why ".repeat(60), 100);
    expect(result).toEqual({ ok: false, problem: expect.objectContaining({ code: "too_long" }) });
    if (!result.ok) expect(result.problem.message).toContain("100");
  });

  it("normalises whitespace and Unicode (NFC) of a good question", () => {
    expect(checkQuestion("  Who   won in Cafe\u0301  Town? ", 100)).toEqual({
      ok: true,
      question: "Who won in Café Town?",
      query: "Who won in Café Town?",
    });
  });

  it("searches a question without the name its asker half remembers, and keeps what was typed", () => {
    const typed = "how many people were evacuated in that town, Yeon-something?";
    expect(checkQuestion(typed, 500)).toEqual({
      ok: true,
      question: typed,
      query: "how many people were evacuated in that town?",
    });
  });

  it("searches chat shorthand spelled out, and keeps what was typed for the reply", () => {
    expect(checkQuestion("how many ppl were hurt <@U123>", 100)).toEqual({
      ok: true,
      question: "how many ppl were hurt <@U123>",
      query: "how many people were hurt",
    });
  });

  it("searches a question typed in Patois in English words, and keeps what was typed for the reply", () => {
    expect(checkQuestion("Wah di Afghan girls dem name dem robot?", 100)).toEqual({
      ok: true,
      question: "Wah di Afghan girls dem name dem robot?",
      query: "What the Afghan girls them name them robot?",
      languageRead: true,
    });
  });

  it("searches a question typed in Nigerian Pidgin in English words, read by the Pidgin reader alone", () => {
    expect(
      checkQuestion("abeg who be the oga wey dey run the Cambodia Center for Human Rights?", 100),
    ).toEqual({
      ok: true,
      question: "abeg who be the oga wey dey run the Cambodia Center for Human Rights?",
      query: "who is the head who is run the Cambodia Center for Human Rights?",
      languageRead: true,
    });
    // "di" twice would mark Patois; Pidgin's own words ("wetin", "wey", "dey") make it Pidgin's.
    expect(checkQuestion("Wetin di pikin dem talk for di school wey dey Texas?", 100)).toEqual({
      ok: true,
      question: "Wetin di pikin dem talk for di school wey dey Texas?",
      query: "What the children them talk for the school that is Texas?",
      languageRead: true,
    });
  });

  it("searches a question typed in Hinglish in English words, its question word first", () => {
    expect(checkQuestion("CCHR ki head kaun hai?", 100)).toEqual({
      ok: true,
      question: "CCHR ki head kaun hai?",
      query: "who is the head of CCHR?",
      languageRead: true,
    });
  });

  it("searches a question typed in Québécois Franglais in English words, read before Spanglish", () => {
    // "est-ce que", "la", "que" are Spanish words too: read as French, nothing Spanish is left to read.
    expect(checkQuestion("est-ce que c'est vrai que la game a eu lieu à Nizhny Novgorod?", 100)).toEqual({
      ok: true,
      question: "est-ce que c'est vrai que la game a eu lieu à Nizhny Novgorod?",
      query: "is true game took place in Nizhny Novgorod?",
      languageRead: true,
    });
  });

  it("searches a dictated question with its numbers in figures and without the sounds of speech", () => {
    expect(checkQuestion("ok so um how many seats did the camp win in twenty sixteen", 100)).toEqual({
      ok: true,
      question: "ok so um how many seats did the camp win in twenty sixteen",
      query: "how many seats did the camp win in 2016",
    });
  });

  it("searches a draft's blank as the question word the words after it ask for", () => {
    const question =
      'drafting the tweet: "Cambodia\'s top diplomat ___ sat down with Blinken in DC" - who goes in the blank?';
    expect(checkQuestion(question, 200)).toEqual({
      ok: true,
      question,
      query: "Cambodia's top diplomat who sat down with Blinken in DC?",
    });
  });

  it("accepts Khmer text", () => {
    expect(checkQuestion("ព្រះរាជាណាចក្រកម្ពុជា", 100).ok).toBe(true);
  });
});

describe("checkContext", () => {
  it("normalises the entries, drops empty ones and keeps the last CONTEXT_ENTRIES", () => {
    expect(checkContext(["  first ", "", "second\n\nquestion", "third", "fourth"], 100)).toEqual({
      ok: true,
      context: ["second question", "third", "fourth"].slice(-CONTEXT_ENTRIES),
    });
  });

  it("refuses any entry over the question's cap, naming the entry and the limit", () => {
    const result = checkContext(["fine", "x".repeat(30_000), "fine too"], 500);
    expect(result).toEqual({ ok: false, problem: expect.objectContaining({ code: "context_too_long" }) });
    if (!result.ok)
      expect(result.problem.message).toMatch(/Context entry 2 is 30000 characters.*at most 500/);
  });

  it("counts an entry's length after collapsing whitespace, like the question's", () => {
    expect(checkContext([`why ${" ".repeat(1000)} not`], 20).ok).toBe(true);
  });
});
