import { asksAboutPresent, asksForCurrentState, asksForSuccessor } from "../../../src/core/time/newest-first";

describe("asksAboutPresent", () => {
  it.each([
    "Who heads the Marlow Bay harbour authority?",
    "Is the Eastshore Line open?",
    "what's the adult ferry fare",
    "How much does a ferry ticket cost?",
    "Who runs Valdoria's finance ministry?",
    "can the fishing boats work lake veyra",
    "Has the fishing ban been lifted?",
    // a topic typed as into a search box
    "Tavessa central bank governor",
    "lake veyra fishing ban",
    "haven't they reopened the bridge yet",
  ])("reads %j as a question about how things stand", (question) => {
    expect(asksAboutPresent(question)).toBe(true);
  });

  it.each([
    // the past, a year, a named recent day
    "Who was Valdoria's finance minister?",
    "Is the bridge due to open in 2024?",
    "Who is the new prime minister this week?",
    "When did the ferry fare first go up?",
    // a possessive is not "is", and present perfect ("has … withdrawn") counts what happened
    "What set off the online assault on the Church of Scientology's website?",
    "How much of Cambodia's duty-free access has Brussels already withdrawn?",
    // a request, not a question about how things stand
    "Can you tell me who won the match?",
    // a topic with a year, or too long to be a bare topic
    "Tavessa central bank governor 2021",
    "central bank governor lake veyra fishing ban lynx count tunnel",
    // a request
    "tell me a joke",
    "convert 50 miles to kilometres",
  ])("does not read %j as one", (question) => {
    expect(asksAboutPresent(question)).toBe(false);
  });

  it("is apart from the words that say 'now' outright", () => {
    expect(asksForCurrentState("Who heads the harbour authority?")).toBe(false);
    expect(asksForCurrentState("Who heads the harbour authority now?")).toBe(true);
  });
});

describe("asksForSuccessor", () => {
  it.each([
    ["Who replaced Peter Lund as finance minister?", true],
    ["who succeeded Olsen", true],
    ["Who took over from Lund?", true],
    ["Which vegetable replaced the chicken in the sandwich?", false],
    ["Who was replaced as finance minister?", true],
  ])("%s → %s", (question, expected) => {
    expect(asksForSuccessor(question)).toBe(expected);
  });
});
