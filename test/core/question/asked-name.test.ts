import { askedPerson, personNameMissing } from "../../../src/core/question/asked-name";
import { nearestWords } from "../../../src/index/search/nearest-words";

describe("askedPerson", () => {
  it.each([
    ["What's the name of the teacher who reported Ahmed's clock to the police?", "teacher"],
    ["what are the names of the other five girls on the afghan robotics team", "girl"],
    ["What is the name of Daniel Montalvo's mother?", "mother"],
    ["what's the name of cambodia's foreign minister", "minister"],
    ["what was the passerby's name?", "passerby"],
    ["What is the coach's full name?", "coach"],
    ["what are the names of the officials who signed it", "official"],
    ["What are the names of the police officers?", "officer"],
    // Things, not people: a hurricane's or a band's name is seldom written beside the question's word for it.
    ["What was the name of Frank Messina's 1993 band?", null],
    ["What is the name of the hurricane that slammed into Acapulco?", null],
    // A person described, not named, is asked to be named too.
    // The person said first, then their name asked of a pronoun or as a fragment.
    ["Valeska Paris's husband, what's his name? we need it for the follow-up", "husband"],
    ["valeska paris husband's name?", "husband"],
    ["Noam Chomsky wife name is what?", "wife"],
    // Without the possessive: still a person's name, not a thing's.
    ["the teacher who thought the clock was a bomb, what is the teacher name?", "teacher"],
    ["what is the ship name?", null],
    ["Prak Sokhonn's name?", null],
    ["afghan girls robotics team, robot's name? need for caption", null],
    ["Who is the teacher who reported the clock?", "teacher"],
    ["Who was the lead author of the MIT ozone study?", "author"],
    ["who's the current finance minister", "minister"],
    ["who is the UN special rapporteur on human rights in cambodia right now?", "rapporteur"],
    ["Who was the US envoy to the talks?", "envoy"],
    // Someone a story may leave unnamed, asked by "which": an official, a staffer; not a post written before a name.
    ["Which Home Office official signed the leaked letter about the asylum questionnaire?", "official"],
    ["Which Environment Canada staffer signed out the NEMISIS report?", "staffer"],
    ["Which US lawmaker who represents Lowell weighed in on Hun Sen?", null],
    ["Which team did the girls play?", null],
    ["which country did the minister visit", null],
    // Who else, asked by "which other …" or "apart from …, which …".
    ["which other three senators signed the Hun Sen letter with markey", "senator"],
    ["apart from markey, which senators signed the letter to hun sen?", "senator"],
    ["which senators besides markey signed the hun sen letter?", "senator"],
    ["which lawmakers other than Markey wrote to Hun Sen?", "lawmaker"],
    ["besides markey, who were the other three senators pushing hun sen on the paris accords?", "senator"],
    ["Which three senators joined Ed Markey in calling on Hun Sen?", "senator"],
    // "name / who … the other …": the people after it, or else the question's first word for people.
    ["Name the other three U.S. senators who joined Ed Markey in the call on Hun Sen.", "senator"],
    ["Markey was one of four US senators who wrote to Hun Sen — who were the other three?", "senator"],
    ["12) name the other three senators who signed with Markey on Cambodia", "senator"],
    // Others asked any other way, with their names: the question's first word for people.
    ["besides markey, which senators signed the letter to hun sen", "senator"],
    ["The four senators who have written to Hun Sen, apart Ed Markey, who are the three others ?", "senator"],
    ["other 3 senators on the hun sen letter w/ markey — names?", "senator"],
    [
      "Markey is one of four senators who have written to Hun Sen. What are the names of the three others?",
      "senator",
    ],
    [
      "Markey and three other senators wrote to Hun Sen, I need the spellings of the other three names.",
      "senator",
    ],
    ["Besides Chak Sopheap, who else at CCHR was quoted?", null],
    // The person said first, before a dash; a plural's "s" without its apostrophe; a spouse.
    ["Valeska Paris's husband — what's his name?", "husband"],
    ["what's valeska paris's husbands name", "husband"],
    ["Who is Noam Chomsky married to?", "partner"],
    // "What is … called?" asks the name, as "the name of" does.
    ["What is the husband of Valeska Paris called?", "husband"],
    ["Kids will ask me who heads the CCHR - what's her name?", null],
    ["what is its name?", null],
    // A verb sharing a person word's stem names no one: "managed" is no manager.
    ["Besides his academic work, Simon Ličen also managed a national side. Which team was it?", null],
    ["Who is the U.N. Special Rapporteur on human rights in Cambodia? Need the name.", "rapporteur"],
    ["Which countries joined the pact?", null],
    // The phrase's first person word when its last is none: a participle goes on past it.
    ["who were the senators pushing hun sen", "senator"],
    // "which official …" asks a name too (fifty-fourth round); a story that names the minister answers it
    // (personNameMissing reads "minister" as near "official").
    ["Which Cambodian official had a one-on-one with Blinken?", "official"],
    ["which other school did the teacher work at", null],
    // A word for anyone, then the post that says who: the post's word.
    [
      "What is the name of the woman that is executive director of the Cambodia Center for Human Rights?",
      "director",
    ],
    ["Who is the person that became the youngest member of the Legislative Council?", "member"],
    // The person said first, then asked who they are.
    ["the UN Special Rapporteur on human rights in Cambodia, who is that ah? name please", "rapporteur"],
    ["ok, who is that?", null],
    // The post named by a verb: no person's word is left to look for.
    [
      "Who's the woman heading up the Cambodia Center for Human Rights that was giving out about the government?",
      null,
    ],
    ["who is the man who runs the gallery", null],
    ["what was the name of the person who found the Environment Canada document?", "person"],
    ["Who is Hun Sen?", null],
    ["Who won the election?", null],
    ["How many girls are on the team?", null],
  ])("%j → %j", (question, person) => {
    expect(askedPerson(question)).toBe(person);
  });
});

describe("personNameMissing", () => {
  const CLOCK =
    "Ahmed Mohamed brought the digital clock he made to school on September 14, and a teacher mistakenly thought " +
    "it resembled a bomb. The MacArthur High School principal called the police.";
  const VISIT =
    "Foreign Minister Prak Sokhonn met Antony Blinken in Washington. The minister said the talks went well.";

  it("reads a post the story writes another way through the word vectors: 'official' of 'Foreign Minister'", () => {
    const question = "Which Cambodian official had a one-on-one with Blinken?";
    expect(personNameMissing(question, VISIT, nearestWords)).toBe(false);
    const lost = "An official lost the document, which a passerby found on Castlefrank Road.";
    expect(
      personNameMissing("Which Environment Canada official lost the document?", lost, nearestWords),
    ).toBe(true);
  });

  it("is true when the story writes the person's word with no name beside it", () => {
    expect(personNameMissing("What's the name of the teacher who reported Ahmed's clock?", CLOCK)).toBe(true);
  });

  it("is false when a name stands within a few words of it, and for questions asking no person's name", () => {
    expect(personNameMissing("what's the name of cambodia's foreign minister", VISIT)).toBe(false);
    expect(personNameMissing("What is the principal's name?", CLOCK)).toBe(false);
    expect(personNameMissing("Who called the police?", CLOCK)).toBe(false);
    expect(personNameMissing("Who was the teacher who reported Ahmed's clock?", CLOCK)).toBe(true);
    expect(personNameMissing("Who is the foreign minister?", VISIT)).toBe(false);
  });

  it("reads a name set before the person's word in apposition", () => {
    const text =
      "Chak Sopheap, the executive director of the rights group, said police were harassing people.";
    expect(personNameMissing("What is the name of the rights group's director?", text)).toBe(false);
    // A name three words off with no comma is no apposition.
    const street = "It was found on an Ottawa street by someone who gave it to the CBC.";
    expect(personNameMissing("name of the person who found it", street)).toBe(true);
  });

  it("reads a name given a few words on, after 'named', 'identified as', 'called'", () => {
    const text =
      "Police said the victim was later identified as Maria Lopez, 34. A teacher named Ann Lee spoke.";
    expect(personNameMissing("What was the name of the victim?", text)).toBe(false);
    expect(personNameMissing("What is the teacher's name?", text)).toBe(false);
    expect(
      personNameMissing("What was the name of the victim?", "Police said the victim was later found."),
    ).toBe(true);
  });

  it("reads the person's word in its other forms", () => {
    const text = "Two officers, Tom Ruiz and Ann Lee, were named. The officials declined to comment.";
    expect(personNameMissing("What is the name of the police officer?", text)).toBe(false);
    expect(personNameMissing("What are the names of the officials?", text)).toBe(true);
  });

  it("does not count the question's own names, months or acronyms as the answer", () => {
    const text = "In September, NASA said a teacher at Ahmed's school reported him.";
    expect(personNameMissing("What's the name of the teacher who reported Ahmed?", text)).toBe(true);
  });

  it("reads 'the other senators' past the name the question gives, and 'called on' as no naming", () => {
    const text =
      "Back in the U.S., four senators have called on Prime Minister Hun Sen to abide by democratic promises. " +
      "U.S. Senator Ed Markey, of Massachusetts, is one of them. A member of the Senate Foreign Relations " +
      "Committee, Markey said lawmakers sent a message.";
    expect(askedPerson("who were the other three US senators who signed on with Markey?")).toBe("senator");
    expect(personNameMissing("who were the other three US senators who signed on with Markey?", text)).toBe(
      true,
    );
    // Asked of a story that names another senator, it is answered.
    expect(
      personNameMissing(
        "who were the other three US senators who signed on with Markey?",
        `${text} Senator Tim Kaine signed too.`,
      ),
    ).toBe(false);
    expect(
      personNameMissing("which other three senators signed the Hun Sen letter along with Markey?", text),
    ).toBe(true);
    // "Ed" beside "Markey" is part of the name the question gives; "Senate" is not a senator.
    expect(personNameMissing("What is the name of the senator?", text)).toBe(false);
  });

  it("does not take an institution's last word for a name: 'the Homeland Security Departments, the girls'", () => {
    const text =
      "After some interplay between the State and Homeland Security Departments, the girls were granted parole.";
    const question = "What are the names of the other five girls on the Afghan robotics team?";
    expect(personNameMissing(question, text)).toBe(true);
    expect(personNameMissing(question, `${text} Team member Rodaba Noori, one of the girls, spoke.`)).toBe(
      false,
    );
  });

  it("reads 'the person' as whoever the story leaves unnamed: someone, a passerby", () => {
    const text =
      "A document was found wet on an Ottawa street by someone who gave it to the CBC today. " +
      "It was found on Castlefrank Road in Kanata in a brown envelope by a passerby.";
    expect(personNameMissing("name of the person who found the document in kanata", text)).toBe(true);
    const named = "The document was found by a passerby, Ann Lee, who gave it to the CBC.";
    expect(personNameMissing("name of the person who found the document", named)).toBe(false);
  });

  it("does not read a person's word before a noun of its own ('official statements') as the person", () => {
    const question = "who's the justice ministry official who runs the government's human rights committee?";
    const story =
      "Observers have long refuted official statements such as this. Chin Malin, a secretary of state at the Ministry of Justice, said so.";
    expect(personNameMissing(question, story, () => new Map([["official", 0.7]]))).toBe(false);
    expect(personNameMissing(question, story, () => new Map([["official", 0.4]]))).toBe(true);
    const said = "An official said such statements were refuted. Chin Malin spoke later.";
    expect(personNameMissing(question, said, () => new Map([["official", 0.7]]))).toBe(true);
  });

  it("reads a story without the person's word through its near words", () => {
    const near = (cosine: number) => () => new Map([["passerby", cosine]]);
    const text = "The document was found on a street by someone who gave it to the CBC.";
    const question = "What's the name of the passerby who found the document?";
    expect(personNameMissing(question, text, near(0.4))).toBe(true);
    expect(personNameMissing(question, text, near(0.7))).toBe(false);
    expect(personNameMissing(question, text)).toBe(true);
  });

  it("reads a superlative's person as the sentence's subject, however far the post stands", () => {
    const story =
      "Demosisto's Nathan Law earned a surprise victory as second place in the constituency with 50,818 votes, and becomes the youngest Legislative Council member to date.";
    expect(
      personNameMissing("who is the youngest person ever elected to the legislative council", story),
    ).toBe(false);
    expect(personNameMissing("Who is the youngest member of the Legislative Council?", story)).toBe(false);
    // Another superlative, or no name as the subject, names no one.
    expect(personNameMissing("Who was the oldest member of the Legislative Council?", story)).toBe(true);
    const unnamed = story.replace("Demosisto's Nathan Law", "the student leader");
    expect(personNameMissing("Who is the youngest member of the Legislative Council?", unnamed)).toBe(true);
  });
});
