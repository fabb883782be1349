/** Which questions ask who said some words, and which ask who made a work. */
import { readSpeakerQuestion } from "../../../src/core/speakers/speaker-questions";

describe("readSpeakerQuestion", () => {
  it.each([
    ["Who said the government always refuses reports?", "the government always refuses reports"],
    ["Who said “We will never give up”?", "We will never give up"],
    ["Who wrote “the court acted in bad faith”?", "the court acted in bad faith"],
  ])("%s asks for the speaker of words", (question, words) => {
    expect(readSpeakerQuestion(question)).toEqual({ kind: "who", words });
  });

  it.each([
    "Who wrote “The Star-Spangled Banner?”",
    "Who wrote Middlemarch?",
    "Who wrote The Old Man and the Sea?",
  ])("%s asks who made a work: answered like any other question", (question) => {
    expect(readSpeakerQuestion(question)).toBeNull();
  });
});
