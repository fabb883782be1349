import { storyTypos } from "../../../src/core/quotes/story-typos";

describe("storyTypos: a story's misspelling of a question word", () => {
  const read = storyTypos(["started", "hashtag", "antarctic", "trial", "istandwithahmed"]);

  it("counts a lower-case word no lexicon holds, one keystroke from a question word the sentence lacks", () => {
    expect(
      read("She chose the hastag #IStandWithAhmed and posted to Twitter.", ["hashtag", "started"]),
    ).toEqual(["hashtag"]);
    expect(read("Who strated it?", ["started"])).toEqual(["start"]);
  });

  it("not a word the sentence holds already, nor a name, a real word or a short word", () => {
    expect(read("She chose the hastag.", ["started"])).toEqual([]);
    expect(read("They returned from Antarctica.", ["antarctic"])).toEqual([]);
    expect(read("They walked the trail.", ["trial"])).toEqual([]);
    expect(storyTypos(["vote"])("The vite was close.", ["vote"])).toEqual([]);
  });

  it("reads nothing for a question without long words", () => {
    expect(storyTypos(["who", "won"])("Nobody wno.", ["won"])).toEqual([]);
  });
});
