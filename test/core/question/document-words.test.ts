import { withoutDocumentWords } from "../../../src/core/question/document-words";

describe("withoutDocumentWords", () => {
  it.each([
    ["how much will this story cost?", false, "how much will cost?"],
    ["what does that article say about the levy", false, "what does say about the levy"],
    ["Who is quoted in these news stories?", false, "Who is quoted in?"],
    [
      "What does GSP stand for in the story about Cambodia's trade access?",
      false,
      "What does GSP stand for in about Cambodia's trade access?",
    ],
    ["how much will the story cost? https://x.example/a", true, "how much will cost? https://x.example/a"],
    ["who wrote the article at https://x.example/a", true, "who wrote at https://x.example/a"],
  ])("%j (a pasted link: %s) → %j", (question, linked, topic) => {
    expect(withoutDocumentWords(question, linked)).toBe(topic);
  });

  it("keeps 'the story' and 'the article' without a pasted link: they may be what is asked about", () => {
    expect(withoutDocumentWords("who wrote the story of the lanterns", false)).toBe(
      "who wrote the story of the lanterns",
    );
    expect(withoutDocumentWords("what did the article 50 vote decide", false)).toBe(
      "what did the article 50 vote decide",
    );
  });

  it.each([
    [
      "Para 9 says Chin Malin chairs the council. What body does he lead, per our piece?",
      "Chin Malin chairs the council. What body does he lead?",
    ],
    [
      "The draft says Markey represents Lynn. Which city does our story name?",
      "Markey represents Lynn. Which city does name?",
    ],
    [
      "checking para 14 of the Cambodia piece: it says 10,000 seats. what's the exact number in our story?",
      "the Cambodia piece: 10,000 seats. what's the exact number?",
    ],
    ["Draft: 'turnout was 53%'. What do we have?", "'turnout was 53%'. What do we have?"],
    // Asked from outside the newsroom.
    [
      "How does your report describe the size of the pig at the centre of our lantern festival?",
      "How does describe the size of the pig at the centre of our lantern festival?",
    ],
    ["How long was the document in your rainy-street story?", "How long was the document?"],
  ])("a fact-checker's words for the copy: %j → %j", (question, topic) => {
    expect(withoutDocumentWords(question, false)).toBe(topic);
  });

  it("keeps a draft and a paragraph that are what is asked about", () => {
    expect(withoutDocumentWords("who wrote the draft law on press freedom?", false)).toBe(
      "who wrote the draft law on press freedom?",
    );
    expect(withoutDocumentWords("what does paragraph 4 of the treaty require?", false)).toBe(
      "what does paragraph 4 of the treaty require?",
    );
    expect(withoutDocumentWords("what did our reporter see at the border?", false)).toBe(
      "what did our reporter see at the border?",
    );
    expect(withoutDocumentWords("which of your reporters covered the summit?", false)).toBe(
      "which of your reporters covered the summit?",
    );
  });

  it.each([
    [
      "When did the Supreme Court disband the CNRP? Month and year as the English has it, please.",
      "When did the Supreme Court disband the CNRP? Month and year as has it, please.",
    ],
    [
      "which date does the English give for it? I'm rendering it as the commune council ballot.",
      "which date does give for it? I'm rendering it as the commune council ballot.",
    ],
    [
      "what price does the English text quote? I'll add a conversion for Spanish readers",
      "what price does quote? I'll add a conversion for",
    ],
    ["What exactly is his job title there in English?", "What exactly is his job title there?"],
    [
      "which student started the hashtag? I want her name spelled as in the English.",
      "which student started the hashtag? I want her name spelled as.",
    ],
    ["Before I look for an official Spanish title I need the English one.", "Before I look for I need."],
  ])("a translator's words for the text and their version: %j → %j", (question, topic) => {
    expect(withoutDocumentWords(question, false)).toBe(topic);
  });

  it("keeps a language that is asked about", () => {
    for (const question of [
      "Who published Aner Shalev's novel Dark Matters in English, and when?",
      "Which language is spoken in Cambodia, Khmer or French?",
      "Was the questionnaire released in Arabic too?",
    ])
      expect(withoutDocumentWords(question, false)).toBe(question);
  });

  it("keeps 'this post': an office as often as a story", () => {
    expect(withoutDocumentWords("who holds this post now?", false)).toBe("who holds this post now?");
  });

  it("keeps the question when nothing else is left", () => {
    expect(withoutDocumentWords("this story?", false)).toBe("this story?");
  });
});
