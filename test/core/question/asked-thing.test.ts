/** "Which company…" asked of a story that never names a company (asked-thing.ts). */
import { askedKind, kindMissing, namedKind } from "../../../src/core/question/asked-thing";

describe("askedKind", () => {
  it.each([
    ["Which construction company owned the crane that fell on the Grand Mosque?", "company"],
    // Asked last, as a learner asks.
    ["Crane in Mecca belong to which construction company?", "company"],
    ["What is capital of Australia, Sydney or Canberra?", "capital"],
    ["The crane belonged to which company's subsidiary?", null],
    ["which firm built it", "firm"],
    ["At which school did she teach?", "school"],
    ["Which airline hit the headlines after charging a couple £110?", "airline"],
    ["which journal published daly's paper on the anemone", "journal"],
    ["Which planet has the most moons?", "planet"],
    ["In which sport is Sky Brown a world champion?", "sport"],
    ["Which team won the final?", null],
    ["What company?", "company"],
    ["Who owns the company?", null],
    ["what's the capital of australia, is it sydney?", "capital"],
    ["What is the capital city of Mongolia?", "capital"],
    ["How much capital did the bank raise?", null],
    ["Which Greek court handed down the ruling?", "court"],
    ["Book cover strip: which publisher released Shalev's novel?", "publisher"],
    // A kind in the possessive says whose thing is asked: "which company's factory" asks a factory.
    ["At which company's factory did that strike take place?", null],
    // The clause that asks, after a scene set first.
    ["mecca crane - which construction company owned the crane? need it asap", "company"],
    ["The crane that fell in Mecca Grand Mosque, which construction company was owning it?", "company"],
  ])("%s → %s", (question, kind) => {
    expect(askedKind(question)).toBe(kind);
  });
});

describe("kindMissing", () => {
  const crane =
    "A storm caused a crane to fall into Mecca's Grand Mosque, according to the Civil Defense Authority.";

  it("takes an institute for a university or a college", () => {
    const chomsky = "Noam Chomsky is a professor emeritus at Massachusetts Institute of Technology.";
    expect(kindMissing("Which university is Noam Chomsky professor emeritus at?", chomsky)).toBe(false);
    expect(kindMissing("Which college does he teach at?", chomsky)).toBe(false);
    expect(kindMissing("Which hospital treated him?", chomsky)).toBe(true);
  });

  it("takes a party's own name for a party", () => {
    const lanterns =
      "City mayor Hau Lung-bin and other dignitaries flipped the switch to light the lanterns.";
    expect(kindMissing("Hau Lung-bin - which party?", lanterns)).toBe(true);
    expect(kindMissing("Which political party did Taipei mayor Hau Lung-bin belong to?", lanterns)).toBe(
      true,
    );
    const hill = "Christopher Hill, a Republican, has run for president.";
    expect(kindMissing("Which party does Christopher Hill belong to?", hill)).toBe(false);
    expect(kindMissing("Which party won?", "The Candlelight Party won two seats.")).toBe(false);
  });

  it("takes a factory for a company", () => {
    const strike = "We just had a sit down strike at the Republic Windows and Doors Factory.";
    expect(kindMissing("Which company had the sit-down strike Chomsky brought up?", strike)).toBe(false);
    expect(kindMissing("Which hospital had the strike?", strike)).toBe(true);
  });

  it("is true when the story never names the kind of thing asked, nor another word for it", () => {
    expect(kindMissing("Which construction company owned the crane?", crane)).toBe(true);
    expect(kindMissing("which airline charged the couple", "The couple paid £110 at the airport.")).toBe(
      true,
    );
    expect(
      kindMissing(
        "what's the capital of australia, is it sydney?",
        "A couple from Sydney, Australia, went on trial.",
      ),
    ).toBe(true);
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
    expect(kindMissing("what's the capital of australia again?", "Canberra, the capital, was quiet.")).toBe(
      false,
    );
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

describe("namedKind", () => {
  it.each([
    ["What's the name of the Scientology ship Valeska Paris says she was held on?", "ship"],
    ["name of the spoken word band frank messina founded in 93", "band"],
    ["what was the name of jack herrick's how-to site before wikiHow? the one he sold", "site"],
    ["what's the name of ahmed mohamed's high school in irving?", "school"],
    // A person's name is asked-name.ts's; a name that is not asked, or of no thing known by one.
    ["What's the name of the teacher who reported Ahmed's clock?", null],
    ["Which ship was she held on?", null],
    ["What's the name of the new policy?", null],
    // A street asked by its word.
    ["What street in Brooklyn is that Pacific Standard bar on?", "street"],
    ["which road was the document found on", "road"],
    ["What streets did the parade close?", null],
  ])("%s → %s", (question, kind) => {
    expect(namedKind(question)).toBe(kind);
  });
});

describe("kindMissing, for a high school asked by its name", () => {
  const story = "Psychology major at University of Texas Arlington Amneh Jafari heard of the incident.";

  it("is not named by a university", () => {
    expect(kindMissing("what's the name of ahmed mohamed's high school in irving?", story)).toBe(true);
    expect(kindMissing("What was the name of the middle school?", story)).toBe(true);
    expect(kindMissing("what's the name of his high school?", "He studies at MacArthur High School.")).toBe(
      false,
    );
  });

  it("while a school of any level may be one", () => {
    expect(kindMissing("What's the name of her school?", story)).toBe(false);
  });
});

describe("kindMissing, for a street asked by its word", () => {
  it("is true of a story that names no street, false of one that does", () => {
    const question = "What street in Brooklyn is that Pacific Standard bar on?";
    expect(kindMissing(question, "The Pacific Standard bar is located in Brooklyn, New York.")).toBe(true);
    expect(kindMissing(question, "The Pacific Standard bar is on Fourth Avenue Street in Brooklyn.")).toBe(
      false,
    );
    expect(
      kindMissing(
        "which road was the document found on",
        "The document was found on Castlefrank Road in Kanata.",
      ),
    ).toBe(false);
  });
});

describe("kindMissing, for a thing asked by its name", () => {
  it("is false when a story names one beside its word for it, or capitalised in a name", () => {
    const ship =
      "The Church imprisoned her for twelve years aboard the Scientology-owned cruise ship, Freewinds, she said.";
    expect(kindMissing("name of the boat Valeska Paris says she was stuck on?", ship)).toBe(false);
    expect(
      kindMissing(
        "What was the name of Frank Messina's 1993 band?",
        "The band I started in 1993, Spoken Motion, received a lot of recognition.",
      ),
    ).toBe(false);
    expect(
      kindMissing(
        "what was the name of jack herrick's how-to site?",
        "My first attempt was a website I used to run called eHow.",
      ),
    ).toBe(false);
    expect(kindMissing("What's the name of his school?", "He studies at MacArthur High School.")).toBe(false);
    expect(
      kindMissing(
        "Festival-goers were stranded in the Nevada desert. What was the name of the festival?",
        "Rain turned the Burning Man festival site into mud.",
      ),
    ).toBe(false);
  });

  it("is true when the story writes the word but names none beside it", () => {
    const court =
      "Greek court has ruled that worshippers of the ancient Greek religion may now worship at archeological sites.";
    expect(
      kindMissing(
        "what was the name of the greek court that legalised worship of zeus and which judge ruled",
        court,
      ),
    ).toBe(true);
    // Not the question's own names, the pronoun "I", a month or the sentence's first word.
    expect(
      kindMissing(
        "what's the name of ahmed mohamed's high school in irving?",
        "Ahmed Mohamed was arrested at his school on September 14 by police. School officials said I would see.",
      ),
    ).toBe(true);
    // The thing's word inside a name it does not end names something else.
    expect(
      kindMissing(
        "What's the name of his school?",
        "He was arrested at his school. The Irving Independent School District said nothing.",
      ),
    ).toBe(true);
    // "online" does not end with the word "line" (a brand's), as "website" ends with "site".
    expect(
      kindMissing("what's the name of the brand?", "It gained dominance online in searches on Web engines."),
    ).toBe(true);
  });
});

describe("kindMissing, for a court, school or hospital asked by its kind", () => {
  const court =
    "Greek court has ruled that worshippers of the ancient Greek religion may now worship at archeological sites.";

  it("is true when the story writes the kind but names none", () => {
    expect(kindMissing("Which Greek court handed down the ancient-religion worship ruling?", court)).toBe(
      true,
    );
    expect(kindMissing("which school did Ahmed go to", "Ahmed Mohamed was arrested at his school.")).toBe(
      true,
    );
  });

  it("is false when a name holds the kind's word, or a name stands beside it", () => {
    expect(kindMissing("Which court ruled?", "The Supreme Court in November 2017 disbanded the CNRP.")).toBe(
      false,
    );
    expect(kindMissing("which school did Ahmed go to", "He studies at MacArthur High School.")).toBe(false);
    expect(kindMissing("Which court ruled?", "The appeal went to the court in Thessaloniki.")).toBe(false);
  });

  it("asks only the kind's word of a company, a bank or a publisher, which a name need not hold", () => {
    expect(kindMissing("Which bank agreed to pay $1 billion?", "Wells Fargo, the bank, agreed to pay.")).toBe(
      false,
    );
    expect(kindMissing("Which bank agreed to pay?", "The bank agreed to pay; Wells Fargo said so.")).toBe(
      false,
    );
    expect(
      kindMissing("Book cover strip: which publisher released Shalev's novel?", "Shalev wrote a novel."),
    ).toBe(true);
  });
});
