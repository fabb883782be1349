import { withoutRoleWords } from "../../../src/core/question/role-words";

describe("withoutRoleWords", () => {
  it.each([
    ["Who heads the Marlow Bay harbour authority?", "Who the Marlow Bay harbour authority?"],
    ["Who's in charge of Valdoria's finances?", "Who's Valdoria's finances?"],
    ["who runs the Cambodia Center for Human Rights", "who the Cambodia Center for Human Rights"],
    ["Who is the head of the port?", "Who the port?"],
    ["Who currently leads the ministry?", "Who currently the ministry?"],
    ["Who replaced Marta Olsen?", "Who Marta Olsen?"],
    ["who got appointed to lead the port authority this year", "who the port authority this year"],
    ["who took over from Lund as finance minister", "who Lund as finance minister"],
  ])("drops the words that ask for a post's holder: %j", (question, topic) => {
    expect(withoutRoleWords(question)).toBe(topic);
  });

  it.each([
    // not a who-question: "head" is the thing asked about
    "Which govt body does Chin Malin head?",
    "How far did the bus run before it crashed?",
    // a who-question whose verb is not a post's
    "Who scored for Sweden?",
    // nothing would be left to search
    "Who runs?",
  ])("leaves %j as it is", (question) => {
    expect(withoutRoleWords(question)).toBe(question);
  });
});
