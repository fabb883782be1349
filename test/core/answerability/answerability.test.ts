/** The answerability decision: its signals over retrieved stories, and the fitted model's direction. */
import {
  ADVICE_COVERAGE,
  ANSWERABILITY,
  type AnswerSignals,
  answerProbability,
  answerSignals,
  THIN_PASSAGE,
  THIN_STORY,
} from "../../../src/core/answerability/answerability";
import type { Retriever } from "../../../src/core/retriever";
import type { ArticleMeta, Passage } from "../../../src/core/types";
import { nearestWords, wordRank } from "../../../src/index/search/nearest-words";
import { terms } from "../../../src/text/tokenize";
import { zeroSignals } from "../../helpers/answer-signals";
import { storiesRetriever } from "../../helpers/stories-retriever";

const meta = (id: string, title: string): ArticleMeta => ({
  id,
  title,
  titleDerived: false,
  url: null,
  published: "2022-05-01",
  publisher: null,
  byline: null,
  section: null,
  language: "en",
  source: `${id}.md`,
});

const STORIES: Record<string, { title: string; text: string }> = {
  a: {
    title: "Rights group chief speaks out",
    text: "Chak Sopheap, the executive director of the Cambodian Center for Human Rights, said police were harassing protesters.",
  },
  b: { title: "Thai election", text: "Thailand will vote in May." },
  shuttle: {
    title: "Museum gets a shuttle trainer",
    text: "The full fuselage trainer will soon call the museum home. The museum built a new building to house an orbiter.",
  },
};

const fakeRetriever = (near: Map<string, number>): Retriever => storiesRetriever(STORIES, near);

function passage(id: string, relevance: number): Passage {
  const story = STORIES[id] as { title: string; text: string };
  return {
    chunkId: `${id}#0`,
    article: meta(id, story.title),
    text: story.text,
    start: 0,
    end: story.text.length,
    score: 1,
    relevance,
  };
}

describe("answerSignals", () => {
  it("credits a question word missing from the top story by its nearest story word", () => {
    const question = "Who heads the Cambodian Center for Human Rights?";
    const hard = answerSignals(question, [passage("a", 0.8)], fakeRetriever(new Map()));
    const soft = answerSignals(question, [passage("a", 0.8)], fakeRetriever(new Map([["heads", 0.7]])));
    expect(hard.missingRare).toBe(1);
    expect(hard.worstNear).toBe(0);
    expect(soft.softCoverage).toBeGreaterThan(hard.softCoverage);
    expect(soft.worstNear).toBeCloseTo(0.7);
  });

  it("counts a name missing from the top story even when another retrieved story has it", () => {
    const question = "What did Thailand's rights group say about police?";
    const signals = answerSignals(question, [passage("a", 0.6), passage("b", 0.3)], fakeRetriever(new Map()));
    expect(signals.missingNames).toBe(0);
    expect(signals.missingNamesTop).toBe(1);
    expect(signals.missingCountriesTop).toBe(1);
  });

  it("reads a name of who published the top story as given: its publisher, run together or not, or its link's host", () => {
    const question = "Who is the rights group chief quoted in the Cambojanews piece?";
    const published = (publisher: string | null, url: string | null): Passage => {
      const plain = passage("a", 0.8);
      return { ...plain, article: { ...plain.article, publisher, url } };
    };
    const ask = (p: Passage) => answerSignals(question, [p], fakeRetriever(new Map())).missingNamesTop;
    expect(ask(published(null, null))).toBe(1);
    expect(ask(published("CamboJA News", null))).toBe(0);
    expect(ask(published(null, "https://www.cambojanews.com/rights-group-chief"))).toBe(0);
    expect(ask(published("The Phnom Penh Post", "https://www.phnompenhpost.com/a"))).toBe(1);
  });

  it("counts a year the top story lacks, but not the story's own year", () => {
    const own = answerSignals(
      "Who headed the rights group in 2022?",
      [passage("a", 0.6)],
      fakeRetriever(new Map()),
    );
    const other = answerSignals(
      "Who headed the rights group in 2019?",
      [passage("a", 0.6)],
      fakeRetriever(new Map()),
    );
    expect(own.missingYearsTop).toBe(0);
    expect(other.missingYearsTop).toBe(1);
  });

  it("finds a country under its usual short name in the story", () => {
    const signals = answerSignals(
      "What did the United States say about Cambodia's rights group?",
      [passage("a", 0.6)],
      fakeRetriever(new Map()),
    );
    expect(signals.missingCountriesTop).toBe(1);
    STORIES.c = { title: "U.S. statement", text: "The U.S. praised the Cambodian Center for Human Rights." };
    const found = answerSignals(
      "What did the United States say about Cambodia's rights group?",
      [{ ...passage("c", 0.6) }],
      fakeRetriever(new Map()),
    );
    expect(found.missingCountriesTop).toBe(0);
  });

  it("reads how a later event turned out, of a top story that tells of it only as to come, as an outcome it lacks", () => {
    STORIES.i = {
      title: "Afghan girls win medal at robotics contest",
      text: "The Afghan team won a silver medal. Next year's competition is scheduled to take place in Mexico City.",
    };
    const ask = (question: string) =>
      answerSignals(question, [{ ...passage("i", 0.6) }], fakeRetriever(new Map())).missingOutcomeTop;
    expect(ask("who won the robotics competition the following year in Mexico City?")).toBe(1);
    STORIES.i.text =
      "The Afghan team won a silver medal. Next year's competition in Mexico City was won by Europe.";
    expect(ask("who won the robotics competition the following year in Mexico City?")).toBe(0);
  });

  it("reads who did a deed the top story tells only of someone unnamed as a name it lacks", () => {
    STORIES.h = {
      title: "Sensitive document found on rainy streets",
      text: "The 131-page document was found on Castlefrank Road in Kanata by a passerby who gave it to the CBC.",
    };
    const ask = (question: string) =>
      answerSignals(question, [{ ...passage("h", 0.6) }], fakeRetriever(new Map())).missingPersonNameTop;
    expect(ask("who found the document on castlefrank rd?")).toBe(1);
    STORIES.h.text += " Jane Roe found the document on Castlefrank Road.";
    expect(ask("who found the document on castlefrank rd?")).toBe(0);
  });

  it("reads a country named only inside a body's name as another place; a US state so named as the story's", () => {
    STORIES.g = {
      title: "Australian children iodine deficient",
      text: "Almost half of Australian school children are iodine deficient. Lydia Buchtmann for Food Standards Australia New Zealand said so. The team wrote in the New York Press.",
    };
    const ask = (question: string) =>
      answerSignals(question, [{ ...passage("g", 0.6) }], fakeRetriever(new Map())).missingCountriesTop;
    expect(ask("how many New Zealand school kids are iodine deficient?")).toBe(1);
    expect(ask("how many Australian school kids are iodine deficient?")).toBe(0);
    expect(ask("how many New York school kids are iodine deficient?")).toBe(0);
    STORIES.g.text += " In New Zealand, a third of children are deficient.";
    expect(ask("how many New Zealand school kids are iodine deficient?")).toBe(0);
  });

  it("reads a country the question names by its people's adjective, and the top story never names, as another place", () => {
    STORIES.e = {
      title: "Cambodia's foreign minister meets Blinken",
      text: "Foreign Affairs Minister Prak Sokhonn met Secretary of State Antony Blinken. Cambodian workers make garments.",
    };
    const ask = (question: string) =>
      answerSignals(question, [{ ...passage("e", 0.6) }], fakeRetriever(new Map())).missingCountriesTop;
    expect(ask("did the thai foreign minister also meet Blinken?")).toBe(1);
    expect(ask("did the Cambodian foreign minister meet Blinken?")).toBe(0);
    expect(ask("did Thailand's Thai foreign minister meet Blinken?")).toBe(1);
  });

  it("reads an English adjective made from a name as no name the story lacks; a people's adjective as its country", () => {
    STORIES.f = {
      title: "Greek court rules worship of ancient Greek deities is legal",
      text: "Today, about 100,000 Greeks worship the ancient gods, such as Zeus and Hera.",
    };
    const signals = (question: string) =>
      answerSignals(question, [{ ...passage("f", 0.6) }], fakeRetriever(new Map()));
    expect(signals("How many Greeks still worship the old Olympian gods?").missingNamesTop).toBe(0);
    expect(signals("How many Greeks still worship the old Roman gods?").missingCountriesTop).toBe(0);
    // A country in a draft under check is not asked, but its people's adjective in the question is.
    expect(
      signals('Draft: "The team from Gambia was delayed." Who coached the Gambian team?').missingCountriesTop,
    ).toBe(1);
  });

  it("reads a US state the top story never names as another place, like a country", () => {
    STORIES.d = {
      title: "Texas teen's clock",
      text: "Ahmed Mohamed, a 14-year-old boy from Irving, Texas, was arrested over a homemade clock.",
    };
    const ask = (question: string) =>
      answerSignals(question, [{ ...passage("d", 0.6) }], fakeRetriever(new Map())).missingCountriesTop;
    expect(ask("What was the name of the Ohio teen arrested over a homemade clock?")).toBe(1);
    expect(ask("What was the name of the Texas teen arrested over a homemade clock?")).toBe(0);
    // A state in a draft under check, the question asking which state: not a place the story must name.
    expect(
      ask('Draft: "Ahmed Mohamed, of Irving, Ohio, was arrested over a clock." Which state is he from?'),
    ).toBe(0);
    expect(ask("Ahmed Mohamed of Irving, Ohio was arrested over a clock. Which state is he from?")).toBe(1);
  });

  it("refuses a name the whole archive never writes, asked of a story about another place", () => {
    STORIES.f = {
      title: "Taipei lantern festival",
      text: "Hundreds of thousands of people crowded into the Taipei Lantern Festival on Saturday.",
    };
    const everyTerm = new Set(
      Object.values(STORIES).flatMap((story) => terms(`${story.title} ${story.text}`)),
    );
    const archive: Retriever = { ...fakeRetriever(new Map()), holdsTerm: (term) => everyTerm.has(term) };
    const ask = (question: string) => answerSignals(question, [{ ...passage("f", 0.6) }], archive);
    const kaohsiung = ask("How many visitors did the Kaohsiung lantern festival draw?");
    expect(kaohsiung.unknownNamesTop).toBe(1);
    expect(answerProbability(kaohsiung)).toBe(0);
    expect(ask("How many visitors did the Taipei lantern festival draw?").unknownNamesTop).toBe(0);
    // Typed in lower case: read as a name by the word vectors (name-like-words.ts).
    const vectors: Retriever = { ...archive, wordRank, nearestWords };
    const typed = answerSignals(
      "how many people go to the kaohsiung lantern festival",
      [passage("f", 0.6)],
      vectors,
    );
    expect(typed.unknownNamesTop).toBe(1);
    expect(
      answerSignals("how many people go to the taipei lantern festival", [passage("f", 0.6)], vectors)
        .unknownNamesTop,
    ).toBe(0);
    // Without the archive's words (a retriever that cannot tell), nothing is refused on this.
    expect(
      answerSignals(
        "How many visitors did the Kaohsiung festival draw?",
        [passage("f", 0.6)],
        fakeRetriever(new Map()),
      ).unknownNamesTop,
    ).toBe(0);
  });

  it("refuses a reply asked of a story where that person never speaks", () => {
    STORIES.e = {
      title: "Cambodia's minister meets Blinken",
      text: "Prak Sokhonn had a bilateral meeting with Antony Blinken. During his meeting with Blinken, Sokhonn hoped the GSP will be renewed.",
    };
    const ask = (question: string) =>
      answerSignals(question, [{ ...passage("e", 0.6) }], fakeRetriever(new Map()));
    const reply = ask("What did Blinken say back to Sokhonn about the GSP?");
    expect(reply.missingReplyTop).toBe(1);
    expect(answerProbability(reply)).toBe(0);
    expect(ask("What did Sokhonn hope for at the meeting with Blinken?").missingReplyTop).toBe(0);
    STORIES.e.text += " Blinken said the United States would review the GSP.";
    expect(ask("What did Blinken say back to Sokhonn about the GSP?").missingReplyTop).toBe(0);
  });

  it("refuses the difference between two words asked of a story that never names both together", () => {
    STORIES.g = {
      title: "Ozone and crop yields",
      text: "Rising ozone would affect crop yields. The effect of warming was smaller.",
    };
    const ask = (question: string) =>
      answerSignals(question, [{ ...passage("g", 0.6) }], fakeRetriever(new Map()));
    const difference = ask("What's the difference between affect and effect?");
    expect(difference.missingDifferenceTop).toBe(1);
    expect(answerProbability(difference)).toBe(0);
    expect(ask("How would ozone affect crop yields?").missingDifferenceTop).toBe(0);
  });

  it("marks a question about the asker's own situation that no passage mostly holds", () => {
    const signals = (question: string) =>
      answerSignals(question, [passage("shuttle", 0.6)], fakeRetriever(new Map()));
    // "house" and "train" are in the story (as "house", "trainer"), "puppy" is not.
    const advice = signals("How should I house-train a puppy?");
    expect(advice.passageCoverage).toBeLessThan(ADVICE_COVERAGE);
    expect(advice.adviceUnmatched).toBe(1);
    expect(answerProbability(advice)).toBe(0);
    // The same words not about the asker are left to the model; a passage holding them all is not marked.
    expect(signals("How can a museum house a shuttle trainer?").adviceUnmatched).toBe(0);
    expect(signals("How do I house a shuttle trainer in a museum?").adviceUnmatched).toBe(0);
  });

  it("marks a question the top stories hold only thinly, with its rarest word missing", () => {
    const signals = (question: string, relevance: number) =>
      answerSignals(question, [passage("shuttle", relevance)], fakeRetriever(new Map()));
    // One word of eight ("new") in the passage, the story weakly retrieved: it only brushes the question.
    const thin = signals("Is the new claim about drinking eight glasses of water daily true?", 0.3);
    expect(thin.passageCoverage).toBeLessThan(THIN_PASSAGE);
    expect(thin.brushesOnly).toBe(1);
    expect(answerProbability(thin)).toBe(0);
    // The same words of a story retrieved as closer: left to the model.
    expect(
      signals("Is the new claim about drinking eight glasses of water daily true?", THIN_STORY).brushesOnly,
    ).toBe(0);
    // A question the passage holds more of: left to the model.
    expect(signals("When will the museum house the new shuttle trainer?", 0.3).brushesOnly).toBe(0);
  });

  it("marks a top story that meets the question only in everyday words, when word ranks are known", () => {
    // "new", "building" and "full" are everyday words, each once in the story and not in its headline;
    // "orbiter" has no rank (no vector), so it counts as rare; the archive never says "penguins".
    const ranks = new Map([
      ["new", 50],
      ["building", 400],
      ["full", 600],
    ]);
    const ranked: Retriever = {
      ...fakeRetriever(new Map()),
      wordRank: (word) => ranks.get(word) ?? -1,
      holdsTerm: (term) => term !== "penguin" && term !== "penguins",
    };
    const signals = (question: string, retriever: Retriever) =>
      answerSignals(question, [passage("shuttle", 0.6)], retriever);
    expect(signals("When will the new building be full of penguins?", ranked).brushesOnly).toBe(1);
    expect(signals("When will the new orbiter building be full of penguins?", ranked).brushesOnly).toBe(0);
    // Every word known to the archive: a story missed, left to the model.
    expect(signals("When will the new building be full?", ranked).brushesOnly).toBe(0);
    // Without word ranks (a retriever that has none), nothing is marked.
    expect(
      signals("When will the new building be full of penguins?", fakeRetriever(new Map())).brushesOnly,
    ).toBe(0);
  });

  it("marks a post, a successor or a kind of thing the top story never names (read in the question as asked)", () => {
    const signals = (question: string, asked = question) =>
      answerSignals(question, [passage("a", 0.6)], fakeRetriever(new Map()), asked);
    // Story a names the executive director of a rights group; no minister, no successor, no airline.
    expect(signals("Who is the executive director of the rights group?").missingPostTop).toBe(0);
    expect(signals("Who is Cambodia's defence minister?").missingPostTop).toBe(1);
    // The topic has lost the question's dates: "minister artillery exchange" reads as a compound, the post unasked.
    const asked = "Who was Cambodia's defence minister during the August 2015 artillery exchange?";
    expect(signals("Who was Cambodia's defence minister artillery exchange?", asked).missingPostTop).toBe(1);
    // "who replaced" loses its verb in the topic (role-words.ts): the question as asked is read.
    expect(signals("Chak Sopheap", "Who replaced Chak Sopheap?").missingSuccessionTop).toBe(1);
    expect(signals("Chak Sopheap", "Who is Chak Sopheap?").missingSuccessionTop).toBe(0);
    expect(signals("Which airline employs Chak Sopheap?").missingKindTop).toBe(1);
    // A group is a company's kin.
    expect(signals("Which company does Chak Sopheap lead?").missingKindTop).toBe(0);
    // Story a dates nothing: it cannot say when, though it can say who.
    expect(
      signals("Chak Sopheap police", "When did Chak Sopheap say police were harassing protesters?")
        .missingDateTop,
    ).toBe(1);
    expect(signals("Chak Sopheap police", "Who said police were harassing protesters?").missingDateTop).toBe(
      0,
    );
  });

  it("marks a person's name the top story does not give beside its word for them", () => {
    const signals = (question: string) =>
      answerSignals(question, [passage("a", 0.6)], fakeRetriever(new Map())).missingPersonNameTop;
    // Story a: "Chak Sopheap, the executive director of the Cambodian Center for Human Rights, said police…".
    expect(signals("What is the name of the rights group's director?")).toBe(0);
    expect(signals("What is the name of the police officer who harassed protesters?")).toBe(1);
  });
});

describe("answerProbability (the fitted model)", () => {
  const base: AnswerSignals = {
    ...zeroSignals(),
    coverage: 0.8,
    passageCoverage: 0.6,
    softCoverage: 0.9,
    missingRare: 0.5,
    worstNear: 0.5,
  };

  it("answers a well-covered question and refuses one about another year or country than the top story's", () => {
    expect(answerProbability(base)).toBeGreaterThanOrEqual(ANSWERABILITY.threshold);
    expect(answerProbability({ ...base, missingYearsTop: 1 })).toBe(0);
    expect(answerProbability({ ...base, missingFigureTop: 1 })).toBe(0);
    expect(answerProbability({ ...base, missingCountriesTop: 1 })).toBe(0);
    expect(answerProbability({ ...base, adviceUnmatched: 1 })).toBe(0);
    expect(answerProbability({ ...base, missingNumberedTop: 1 })).toBe(0);
    expect(answerProbability({ ...base, brushesOnly: 1 })).toBe(0);
    expect(answerProbability({ ...base, missingOutcomeTop: 1 })).toBe(0);
    expect(answerProbability({ ...base, missingPostTop: 1 })).toBe(0);
    expect(answerProbability({ ...base, missingSuccessionTop: 1 })).toBe(0);
    expect(answerProbability({ ...base, missingKindTop: 1 })).toBe(0);
    expect(answerProbability({ ...base, missingDateTop: 1 })).toBe(0);
    expect(answerProbability({ ...base, missingPersonNameTop: 1 })).toBe(0);
  });

  it("refuses when the question's words are neither in the story nor close to its words", () => {
    expect(
      answerProbability({ ...base, coverage: 0.2, passageCoverage: 0.1, softCoverage: 0.4 }),
    ).toBeLessThan(ANSWERABILITY.threshold);
  });
});

describe("nearestWords (word vectors)", () => {
  it("finds a related word closer than an unrelated text's words", () => {
    const related = nearestWords(["minister"], ["The government appointed a new secretary of finance."]);
    const unrelated = nearestWords(["minister"], ["Bananas ripen slowly in cool kitchens."]);
    expect(related.get("minister")).toBeGreaterThan(unrelated.get("minister") ?? 1);
  });
});
