/** A question the asker takes back as they type: the one after the correction is asked (taken-back.ts). */
import { checkQuestion } from "../../../src/core/question/check-question";
import { takenBack } from "../../../src/core/question/taken-back";

describe("takenBack", () => {
  it.each([
    [
      "how many — scratch that — which year was the CNRP dissolved?",
      "which year was the CNRP dissolved?",
      "how many",
    ],
    [
      "who runs CCHR? sorry, ignore the first bit, what does CCHR stand for?",
      "what does CCHR stand for?",
      "who runs CCHR?",
    ],
    [
      "Who — no wait, sorry, when did Prak Sokhonn meet Blinken?",
      "when did Prak Sokhonn meet Blinken?",
      "Who",
    ],
    [
      "who won the 2016 vote... strike that, how many seats were up?",
      "how many seats were up?",
      "who won the 2016 vote",
    ],
    [
      "Who was operating — no, sorry — which company made the crane?",
      "which company made the crane?",
      "Who was operating",
    ],
    [
      "When did they fly — wait, let me be precise — on what date did the team fly home?",
      "on what date did the team fly home?",
      "When did they fly",
    ],
    [
      "How did Sokhonn — sorry, other way round — what did Blinken say back?",
      "what did Blinken say back?",
      "How did Sokhonn",
    ],
    [
      "What was wikiHow's — sorry, start over — what site did Herrick sell?",
      "what site did Herrick sell?",
      "What was wikiHow's",
    ],
    // The last correction wins.
    [
      "who — no wait — how many — scratch that — when did the crane fall?",
      "when did the crane fall?",
      "who — no wait — how many",
    ],
  ])("%s", (question, asked, taken) => {
    expect(takenBack(question)).toEqual({ asked, takenBack: taken });
  });

  it("reads what the taken-back question asked about before a new one that points back to it", () => {
    expect(takenBack("When did the crane collapse — I mean, how many people died in it?")).toEqual({
      asked: "the crane collapse — how many people died in it?",
      takenBack: "",
    });
  });

  it.each([
    // A word taken back is asker-guesses.ts's, not a question.
    "Jack Herrington — I mean Herrick, how much did he sell eHow for?",
    // "never mind" that takes back no question.
    "never mind the weather, who won the election?",
    "Who dissolved the CNRP?",
    // "I mean" inside a question that asks nothing new.
    "what do they mean by EBA?",
  ])("takes nothing back in %s", (question) => {
    expect(takenBack(question)).toBeNull();
  });
});

describe("checkQuestion", () => {
  it("asks the question after the correction and searches the one taken back as a guess", () => {
    const checked = checkQuestion("how many — scratch that — which year was the CNRP dissolved?", 500);
    expect(checked).toMatchObject({ ok: true, query: "which year was the CNRP dissolved?" });
    expect(checked.ok && checked.guesses).toEqual(["how many"]);
  });
});
