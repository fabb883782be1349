/** "What does X stand for?" over the shipped article and the Wikinews fixtures: the defining sentence is quoted. */
import { idsByUrl, runQuestion } from "../../../tools/eval/eval-lib";
import { useReporterArchive } from "../../helpers/reporter-archive";

describe("questions about what an acronym stands for", () => {
  const archive = useReporterArchive();

  /** The question asked over the shipped article and the Wikinews fixtures, `expected` to be quoted. */
  const ask = (question: string, expected: string) =>
    runQuestion(
      {
        id: "q",
        question,
        answers: [],
        choices: [],
        goldUrls: [],
        expected: [expected],
        outOfArchive: false,
        date: null,
      },
      "hybrid",
      { retriever: archive().retriever, idByUrl: idsByUrl(archive().articles) },
    );

  it.each([
    // WHO is also a stopword, and "stand" matched "who stands on principle" in another story.
    ["What does WHO stand for?", "World Health Organisation (WHO)"],
    // Spelled out in a sentence without the acronym, after the one that names it.
    ["What does NEMISIS stand for?", "National Enforcement Management Information System"],
    ["What does EBA stand for?", "‘Everything But Arms’ (EBA)"],
    [
      "What does FIRST stand for in the robotics competition's name?",
      "For Inspiration and Recognition of Science",
    ],
    // "Spell out … for me" asks the same, after a label: no one's own situation (it was refused as advice).
    ["Acronym glossary for the Cambodia story: spell out EBA for me.", "‘Everything But Arms’ (EBA)"],
  ])("%s quotes the expansion", async (question, expected) => {
    const result = await ask(question, expected);
    expect({ status: result.status, missing: result.missingExpected }).toEqual({
      status: "answered",
      missing: [],
    });
    expect(result.quotesVerbatim).toBe(result.quotes);
  });

  // The acronym alone after "what is" asks the same; the first quote is the one that spells it out.
  it.each([
    ["What's EBA?", "‘Everything But Arms’ (EBA)"],
    ["what is the GSP", "Generalized Scheme of Preferences (GSP)"],
  ])("%s opens with the expansion", async (question, expected) => {
    const result = await ask(question, expected);
    expect(result.status).toBe("answered");
    const firstQuote = result.reply.slice(0, result.reply.indexOf("[1]"));
    expect(firstQuote).toContain(expected);
  });

  // The shipped article writes "Cambodia Center for Human Rights" and never "CCHR": the acronym is searched and
  // quoted as that name too (unwritten-acronyms.ts). Before, CCHR was a question word missing from every story.
  it("answers a question that uses an acronym the archive only spells out", async () => {
    const result = await ask("remind me who runs CCHR", "Chak Sopheap, the executive director");
    expect({ status: result.status, missing: result.missingExpected }).toEqual({
      status: "answered",
      missing: [],
    });
  });

  // The fixtures spell NYC out as "New York City" elsewhere; the interview only writes "New York". Judged as
  // typed, the question is answered from it: "City" is not a word the interview lacks.
  it("judges the question as typed, not as spelled out", async () => {
    const result = await ask(
      "how many hours ahead is sochi compared to NYC per the ličen interview?",
      "a nine-hour difference between Sochi and New York",
    );
    expect({ status: result.status, missing: result.missingExpected }).toEqual({
      status: "answered",
      missing: [],
    });
  });
});
