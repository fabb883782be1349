/**
 * How a question is typed or hedged does not change what is asked (courtesies.ts, shouted-questions.ts,
 * asker-guesses.ts): an apology or a hedge before it, capitals throughout, an aside after it.
 */
import type { Answer } from "../../src/core/types";
import { answerOver, expectFactsQuoted, useReporterArchive } from "../helpers/reporter-archive";

const archive = useReporterArchive();
const ask = (question: string): Promise<Answer> => answerOver(archive(), question);

describe("the asker's manners", () => {
  it("answers an apologetic, hedged, shouted or aside-laden question as the plain one", async () => {
    await expectFactsQuoted(archive(), [
      [
        "Sorry if I've got this mixed up, but who became the youngest member of the Legislative Council in Hong Kong's 2016 election?",
        "Nathan Law",
      ],
      [
        "I might be mixing things up, but how many council seats were being contested in the Cambodian commune elections?",
        "11,622",
      ],
      ["WHEN DID WASHINGTON PULL CAMBODIA'S GSP TRADE PERKS", "in 2020 suspended the GSP"],
      [
        "Which court disbanded the CNRP, and when? My notes are a mess and I don't want to get it wrong.",
        "November 2017",
      ],
    ]);
  });

  it("still refuses small talk said with an aside", async () => {
    const answer = await ask(
      "Sorry to bother you, is it okay to ask where the spare laptop chargers are kept? Mine's died and I'm not sure who to ask.",
    );
    expect(answer.status).toBe("not_found");
  });
});

describe("an aside after the question", () => {
  it("does not count the names of an aside after the question as asked ('Need the Latin')", async () => {
    await expectFactsQuoted(archive(), [
      [
        "I'm writing about odd creatures living under Antarctic ice. What formal species name did Daly and her colleagues give the new anemone? Need the Latin for accuracy.",
        "Edwardsiella andrillae",
      ],
      [
        "Which share of the EBA trade preferences has the EU already suspended for Cambodia? I need the Prozentzahl for my Infokasten.",
        "20%",
      ],
    ]);
  });
});

describe("a letter to the editor", () => {
  it("answers the question its formal asks wrap, signed with a name and a trade", async () => {
    await expectFactsQuoted(archive(), [
      [
        "Dear Editor, I should be obliged if you could tell me how many people were hurt when the crane toppled into the Grand Mosque at Mecca. Yours sincerely, Margaret Hale (retired teacher)",
        "wounding 238",
      ],
      [
        "Dear Editor, Who, may I ask, became the youngest person ever to sit in Hong Kong's legislature after the 2016 vote? Yours faithfully, Margaret Hale (retired teacher)",
        "Nathan Law",
      ],
      [
        "Dear Editor, Might you inform me what proportion of Cambodia's 'Everything But Arms' trade privileges the European Union has already withdrawn? With thanks in advance, Margaret Hale (retired teacher)",
        "20%",
      ],
    ]);
  });

  it("still refuses a price the story never gives, asked in a letter's clause", async () => {
    const answer = await ask(
      "Dear Editor, I should be obliged if you could tell me what the Stardust space mission cost in total. Yours faithfully, Margaret Hale (retired teacher)",
    );
    expect(answer.status).toBe("not_found");
  });
});

describe("a sceptic's question", () => {
  it("is answered without its doubts", async () => {
    await expectFactsQuoted(archive(), [
      [
        "Supposedly some analyst said the minister offered nothing new. Who was that, if they even name him?",
        "Lao Mong Hay",
      ],
      [
        "I bet the dungeon owners never say where most of their money goes. Go on, what's supposedly their biggest expense?",
        "rent and advertising",
      ],
    ]);
  });

  it("is refused when the story does not say, though the doubt follows the question", async () => {
    const answer = await ask("Go on then, how old is Tina McKenzie supposedly? Does the interview even say?");
    expect(answer.status).toBe("not_found");
  });
});

describe("a question taken back as it is typed", () => {
  it("answers the question after the correction", async () => {
    await expectFactsQuoted(archive(), [
      ["how many — scratch that — which year was the CNRP dissolved?", "November 2017"],
      ["When did the crane collapse — I mean, how many people died in it?", "killing 107"],
      [
        "who did the minister meet? sorry, ignore the first bit, how many parties are registered for the commune elections?",
        "17 political parties",
      ],
    ]);
  });
});

describe("a leading question before the one that asks", () => {
  it("answers the question after a wrong guess put as a leading question, 'actually' setting the story against it", async () => {
    await expectFactsQuoted(archive(), [
      [
        "The Afghan girls won gold at the robotics contest, didn't they? What medal did they actually receive?",
        "silver medal",
      ],
      [
        "Valeska Paris was held on that ship for three years, wasn't she? How long did the church actually keep her there?",
        "twelve years",
      ],
      ["Montalvo got out on $5,000 bail, didn't he? How much bail did he actually pay?", "US$ 20,000 bail"],
    ]);
  });

  it("still asks what came in the end with 'actually' when no guess leads", async () => {
    const answer = await ask(
      "Did the Afghan girls' team actually move to the United States after the contest?",
    );
    expect(answer.status).toBe("not_found");
  });
});

describe("a message forwarded in a family chat", () => {
  it("answers what the asker asks after it, the forwarded claim's wrong year no period asked", async () => {
    await expectFactsQuoted(archive(), [
      [
        "Forwarded many times: 'Washington pulled Cambodia GSP in 2016' 🙏 is this true? what does the actual story say about when the US suspended the GSP?",
        "in 2020 suspended the GSP",
      ],
    ]);
  });
});
