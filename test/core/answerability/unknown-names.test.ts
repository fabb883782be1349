import { namesArchiveLacks } from "../../../src/core/answerability/unknown-names";
import { toTerm } from "../../../src/text/tokenize";

/** An archive that writes these words (by their index terms). */
const archive = (...words: string[]) => {
  const held = new Set(words.map(toTerm));
  return (term: string) => held.has(term);
};

describe("namesArchiveLacks", () => {
  const holds = archive(
    "taipei",
    "lantern",
    "festival",
    "south",
    "east",
    "boeheim",
    "republican",
    "roll",
    "mine",
  );

  it("keeps a name the archive never writes", () => {
    const question = "how many visitors did the Kaohsiung lantern festival draw";
    expect(namesArchiveLacks(["kaohsiung"], question, holds)).toEqual(["kaohsiung"]);
    expect(namesArchiveLacks(["mina"], "death toll in the 2015 Mina stampede?", holds)).toEqual(["mina"]);
    // "Rollers" is not "roll" by its stem, nor "rolles" a keystroke away.
    expect(namesArchiveLacks(["rollers"], "Who captained the Rollers?", holds)).toEqual(["rollers"]);
  });

  it("drops a name the archive writes, and years", () => {
    expect(namesArchiveLacks(["taipei", "2007"], "the Taipei lantern festival in 2007", holds)).toEqual([]);
  });

  it("drops names the archive may write another way: an acronym, a compound, a typo", () => {
    expect(namesArchiveLacks(["gop"], "What does GOP hopeful Christopher Hill want?", holds)).toEqual([]);
    expect(namesArchiveLacks(["southeast"], "migrants adrift off Southeast Asia", holds)).toEqual([]);
    expect(namesArchiveLacks(["boheim"], "coach Jim Boheim retired this week", holds)).toEqual([]);
    // Too short to read as a typo: "Mina" is a keystroke from "mine", and still unknown.
    expect(namesArchiveLacks(["mina"], "the Mina stampede", holds)).toEqual(["mina"]);
  });

  it("reads a name as a typo only of a word the archive writes as a name", () => {
    const withMedia = archive("media", "boeheim");
    const written = (word: string) => ({ boeheim: "Boeheim" })[word] ?? null;
    const question = "how many died when a crane collapsed at the Medina mosque";
    // "Medina" is a keystroke from "media", which the archive writes in lower case: still a name it lacks.
    expect(namesArchiveLacks(["medina"], question, withMedia, written)).toEqual(["medina"]);
    expect(namesArchiveLacks(["medina"], question, withMedia)).toEqual([]);
    expect(namesArchiveLacks(["boheim"], "coach Jim Boheim retired", withMedia, written)).toEqual([]);
  });
});
