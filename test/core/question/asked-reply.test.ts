/** What a named person said in reply, asked of a story that never has them speak (asked-reply.ts). */
import { replyMissing, replySubject } from "../../../src/core/question/asked-reply";

describe("replySubject", () => {
  it.each([
    ["What did Blinken actually say back to Sokhonn about the Ream naval base?", "blinken"],
    ["how did blinken respond to sokhonn's promises about ream naval base?", "blinken"],
    ["What did Blinken say in reply when Sokhonn brought up the GSP renewal?", "blinken"],
    ["What did Antony Blinken reply?", "antony blinken"],
    ["what was Blinken's response to Sokhonn?", "blinken"],
    ["How did Pyongyang react when Seoul restarted the loudspeakers?", "pyongyang"],
    // What someone said at all, not only in reply.
    ["did the state dept put out its own readout of the meeting? what did blinken say?", "blinken"],
    ["what did hun sen say to blinken at the summit?", "hun sen"],
    // "exactly" after "what", "himself" after the name: asking words, not the subject.
    ["what exactly did blinken say to prak sokhonn in the meeting", "blinken"],
    ["What did Blinken himself say to Prak Sokhonn about the Ream naval base?", "blinken"],
    // What someone told another, and the same in a learner's or a German speaker's word order.
    ["what did Blinken tell Sokhonn about the Ream base? need a short quote", "blinken"],
    ["What answered Blinken to Sokhonn about the base of Ream?", "blinken"],
    ["What Blinken himself answered to Sokhonn about Ream naval base?", "blinken"],
    ["US agree to renew GSP for Cambodia or not? what Blinken answer to Sokhonn?", "blinken"],
  ])("%s → %s", (question, subject) => {
    expect(replySubject(question)).toBe(subject);
  });

  it.each([
    // Not a named person: what a story says of the government is answerable without a quotation.
    "how does the govt usually respond to UN and ngo abuse reports",
    "How did the Church of Scientology respond to the masked protests?",
    "How did they react?",
    // Not a reply.
    "How did Chin Malin justify the arrests?",
    "What did Blinken discuss with Sokhonn?",
    "What did the resolution say about the crackdown?",
    "What did the minister tell reporters?",
    "what said the report about the crackdown",
  ])("%s → null", (question) => {
    expect(replySubject(question)).toBeNull();
  });
});

describe("replyMissing", () => {
  const met =
    "Foreign Affairs Minister Prak Sokhonn had a bilateral meeting with the Secretary of State Anthony Blinken. " +
    "During his meeting with Blinken, Sokhonn hoped Cambodia’s access to the GSP will be soon renewed.";

  it("is true when every sentence naming the person leaves them silent", () => {
    expect(replyMissing("What did Blinken say in reply to Sokhonn about the Ream naval base?", met)).toBe(
      true,
    );
    expect(replyMissing("how did blinken respond to sokhonn's promises?", met)).toBe(true);
  });

  it("is false when a sentence naming them reports their words", () => {
    for (const spoke of [
      `${met} Blinken said the United States would watch the elections closely.`,
      `${met} “We will watch the vote,” Blinken told reporters.`,
      `${met} According to Blinken, the base was discussed.`,
      // An interview: the one interviewed speaks in the answers after.
      "On Saturday, Wikinews interviewed Antony Blinken in Washington. The base came up.",
    ])
      expect(replyMissing("What did Blinken say back to Sokhonn?", spoke)).toBe(false);
  });

  it("does not read speech in a sentence where the person is only spoken to or of", () => {
    const spokenTo =
      "The resolution condemned a crackdown it stated was “orchestrated by Prime Minister Hun Sen and his party.” " +
      "Four senators have called on Prime Minister Hun Sen to abide by democratic promises. " +
      "Markey said lawmakers sent an unmistakable message to Hun Sen: “His government must live up to the promise.”";
    expect(replyMissing("How did Hun Sen respond to the European Parliament's resolution?", spokenTo)).toBe(
      true,
    );
    expect(replyMissing("what did hun sen say to blinken at the summit?", spokenTo)).toBe(true);
    // Named as the subject, or introduced by "according to", in a sentence of speech: they may be speaking.
    for (const spoke of [
      `${spokenTo} Hun Sen called the resolution an insult to Cambodia.`,
      `${spokenTo} According to Hun Sen, the resolution was unfair.`,
    ])
      expect(replyMissing("How did Hun Sen respond to the European Parliament's resolution?", spoke)).toBe(
        false,
      );
  });

  it("reads 'he said' in the next sentence as the named person speaking, past a blank line", () => {
    const named =
      "Am Sam Ath, the operations director of the human rights group Licadho, this could be the first time.\n\n" +
      "“The government always refuses reports by local rights groups,” he said.";
    expect(replyMissing("What did Am Sam Ath say?", named)).toBe(false);
    expect(
      replyMissing("What did Am Sam Ath say?", `${named.split("\n")[0]}\n\nThe vote is on June 5.`),
    ).toBe(true);
  });

  it("is false when the story never names them (other signals read a missing name) or no reply is asked", () => {
    expect(replyMissing("What did Macron say in reply?", met)).toBe(false);
    expect(replyMissing("What did Blinken discuss with Sokhonn?", met)).toBe(false);
  });
});
