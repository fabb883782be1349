/** A birthplace asked of a story: given only where a sentence says where someone was born, grew up or comes from. */
import { asksBirthplace, birthplaceMissing } from "../../../src/core/question/asked-birthplace";

describe("asksBirthplace", () => {
  it.each([
    ["Where was Noam Chomsky born?", true],
    ["Where was Noam Chomsky born? which city?", true],
    ["Noam Chomsky where born? which city?", true],
    ["Which town does Frank Messina come from originally?", true],
    ["Where did Robert Sarvis grow up?", true],
    ["what is Marymegan Daly's hometown?", true],
    ["What's Aner Shalev's place of birth?", true],
    ["When was Aner Shalev born?", false],
    ["Where did the crane fall?", false],
    ["Where is Chomsky a professor?", false],
    ["Which city did the document come from?", false],
    ["Where does the money come from?", false],
    ["What is Noam Chomsky's birthplace?", true],
    ["Which country is considered to be the birthplace of fireworks?", false],
    ["Where is Simon Licen from originally?", true],
  ])("%s", (question, asks) => {
    expect(asksBirthplace(question)).toBe(asks);
  });
});

describe("birthplaceMissing", () => {
  const question = "Where was she born?";
  it.each([
    ["Aner Shalev is an Israeli mathematician and writer born in 1958 in Kibbutz Kinneret, Tiberias.", false],
    ["Paris was born in Switzerland but her parents moved her to the United Kingdom.", false],
    ["I am the only candidate born and raised in Virginia.", false],
    ["She is a native of Ohio.", false],
    ["Originally from Slovenia, he served as the Director of Media.", false],
    ["The Swiss-born singer returned.", false],
    ["The team travelled 500 miles from Herat, their home, to Kabul.", false],
    ["A spoken word band born out of the New York spoken word scene.", true],
    ["Noam Chomsky is a professor emeritus at Massachusetts Institute of Technology.", true],
  ])("%s", (text, missing) => {
    expect(birthplaceMissing(question, text)).toBe(missing);
  });

  it("asks nothing of a story when the question asks no birthplace", () => {
    expect(birthplaceMissing("Where does Chomsky teach?", "Chomsky teaches at MIT.")).toBe(false);
  });
});
