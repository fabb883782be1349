import { answerableAhead } from "../../../src/core/time/reported-ahead";

describe("answerableAhead: what a story written before the event can tell", () => {
  it.each([
    "how many commune council seats were being contested in Cambodia's vote.",
    "How many commune council seats were to be contested in Cambodia's local elections?",
    'local elections "and national elections" — in what year were the national elections?',
    "How many candidates are standing in Eastport's council election?",
  ])("a plan or a setting: %s", (question) => {
    expect(answerableAhead(question)).toBe(true);
  });

  it.each([
    "What share of the vote did Robert Sarvis get in the Virginia governor's election?",
    "How many votes Robert Sarvis got on election day?",
    "How many votes has received Robert Sarvis in the election?",
    "Sarvis final vote % election result",
    "Who won the commune election?",
    "How many people died in the storm?",
    "What did the minister say at the summit?",
  ])("a result: %s", (question) => {
    expect(answerableAhead(question)).toBe(false);
  });
});
