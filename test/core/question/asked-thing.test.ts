/** "Which company…" asked of a story that never names a company (asked-thing.ts). */
import { askedKind, kindMissing } from "../../../src/core/question/asked-thing";

describe("askedKind", () => {
  it.each([
    ["Which construction company owned the crane that fell on the Grand Mosque?", "company"],
    ["which firm built it", "firm"],
    ["At which school did she teach?", "school"],
    ["Which airline hit the headlines after charging a couple £110?", "airline"],
    ["which journal published daly's paper on the anemone", "journal"],
    ["Which planet has the most moons?", "planet"],
    ["In which sport is Sky Brown a world champion?", "sport"],
    ["Which team won the final?", null],
    ["What company?", "company"],
    ["Who owns the company?", null],
  ])("%s → %s", (question, kind) => {
    expect(askedKind(question)).toBe(kind);
  });
});

describe("kindMissing", () => {
  const crane =
    "A storm caused a crane to fall into Mecca's Grand Mosque, according to the Civil Defense Authority.";

  it("is true when the story never names the kind of thing asked, nor another word for it", () => {
    expect(kindMissing("Which construction company owned the crane?", crane)).toBe(true);
    expect(kindMissing("which airline charged the couple", "The couple paid £110 at the airport.")).toBe(
      true,
    );
    // "Manuscript review and processing took about four months": a review is not a journal.
    expect(
      kindMissing("which journal published the paper", "Final publication took a while. Review took months."),
    ).toBe(true);
    // "Which planet has the most moons?" of the Stardust interview, which names a comet and "interplanetary" dust.
    expect(
      kindMissing(
        "Which planet has the most moons?",
        "A comet called Wild 2. Interplanetary Dust Particles were collected in the stratosphere.",
      ),
    ).toBe(true);
  });

  it("is false when it names the kind, in any form or by another word for it, or the question asks no kind", () => {
    expect(
      kindMissing("Which company owned the crane?", `${crane} The crane's owner, the Binladin Group, said…`),
    ).toBe(false);
    expect(kindMissing("which firm owned the crane", "The companies involved declined to comment.")).toBe(
      false,
    );
    expect(kindMissing("Which airline charged them?", "Two airlines said the fee was legal.")).toBe(false);
    expect(kindMissing("Which journal published it?", "It appeared in the journal PLOS ONE.")).toBe(false);
    expect(kindMissing("What caused the crane to fall?", crane)).toBe(false);
    expect(
      kindMissing(
        "Which planet has the most moons?",
        "Saturn overtook Jupiter as the world with most moons.",
      ),
    ).toBe(false);
    expect(
      kindMissing(
        "In which sport is she world champion?",
        "She won the skateboarding world title, the youngest in the sport.",
      ),
    ).toBe(false);
  });
});
