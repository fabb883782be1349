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

  it("keeps 'this post': an office as often as a story", () => {
    expect(withoutDocumentWords("who holds this post now?", false)).toBe("who holds this post now?");
  });

  it("keeps the question when nothing else is left", () => {
    expect(withoutDocumentWords("this story?", false)).toBe("this story?");
  });
});
