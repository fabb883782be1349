/** Quote hygiene: sentence starts after abbreviations, no caption lines, no doubled quote marks, dated answers. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pickQuotes } from "../../src/core/quotes/pick-quotes";
import { showQuote } from "../../src/core/quotes/show-quote";
import type { Passage } from "../../src/core/types";
import { isBylineLine, isCaptionLine } from "../../src/text/caption-lines";
import { isOneSentence, sentenceBounds } from "../../src/text/split-sentences";
import { COUNCIL_NOTES } from "../helpers/article-meta";
import { articleTexts } from "../helpers/article-texts";

const sentencesOf = (text: string) => sentenceBounds(text).map(([a, b]) => text.slice(a, b).trim());

describe("sentenceBounds", () => {
  it.each([
    "On the sideline of the May 13 ASEAN-U.S. Special Summit in Washington D.C., Foreign Affairs Minister Prak Sokhonn met Blinken.",
    "Gov. Gavin Newsom and Mr. Lee met Dr. Ko at No. 10 Downing Street on Jan. 5 with J. Smith.",
    "The U. S. Secretary of State arrived in Washington, D.C. Tuesday.",
    "The E.U. and the U.N. Special Rapporteur agreed with Lt. Col. Ames.",
  ])("keeps %j one sentence", (sentence) => {
    expect(sentencesOf(sentence)).toEqual([sentence]);
  });

  it("ends a sentence at an initialism or 'etc.' when a new sentence follows (Wikinews: news_afghan, interview_daly)", () => {
    expect(
      sentencesOf(
        "The team met in Washington D.C. The six-member team won. Travel, field work, etc. Review follows.",
      ),
    ).toEqual([
      "The team met in Washington D.C.",
      "The six-member team won.",
      "Travel, field work, etc.",
      "Review follows.",
    ]);
  });

  it("still ends sentences at full stops, and after a lone 'No.'", () => {
    expect(sentencesOf("Did he agree? No. He left the room. It rained.")).toEqual([
      "Did he agree?",
      "No.",
      "He left the room.",
      "It rained.",
    ]);
  });

  it("cuts no sentence of the shipped article after an abbreviation", () => {
    const text = readFileSync(
      join(__dirname, "..", "..", "corpus", "2022-05-cambodia-foreign-minister-us-human-rights.md"),
      "utf8",
    );
    const body = text.slice(text.indexOf("\n---\n") + 5);
    const starts = sentencesOf(body).filter(Boolean);
    expect(starts).toContain(
      "On the sideline of the May 13 ASEAN-U.S. Special Summit in Washington D.C., Foreign Affairs Minister Prak Sokhonn had a bilateral meeting with the Secretary of State Anthony Blinken.",
    );
    for (const s of starts) expect(s).toMatch(/^[\p{Lu}“"0-9]/u);
  });
});

describe("isOneSentence (lines not handed to ICU)", () => {
  const icuSegments = (line: string) => [
    ...new Intl.Segmenter("en", { granularity: "sentence" }).segment(line),
  ];
  /** Every line of the repository's article texts, as sentenceBounds hands them over: with its "\n", never empty. */
  const lines = (): string[] =>
    articleTexts()
      .flatMap((text) => text.split(/(?<=\n)/))
      .filter((line) => line.length > 0);

  it("calls a line one sentence only when ICU does, and so skips ICU for many lines", () => {
    let one = 0;
    const all = lines();
    for (const line of all)
      if (isOneSentence(line)) {
        one++;
        expect({ line, segments: icuSegments(line).length }).toEqual({ line, segments: 1 });
      }
    expect(all.length).toBeGreaterThan(3000);
    expect(one).toBeGreaterThan(all.length / 4);
  });

  it.each([
    ["He left. She stayed.", false],
    ["He left.” — she said", false],
    ["Mr. Smith left.", false],
    ["What did he say?”\n", true],
    ["A heading without a mark\n", true],
    ["一句话。第二句。", false],
    ["line\u2028break", false],
  ])("%j → %s", (line, expected) => {
    expect(isOneSentence(line)).toBe(expected);
    if (expected) expect(icuSegments(line)).toHaveLength(1);
  });
});

describe("isCaptionLine", () => {
  it.each([
    "Democracy activist Seng Theary arrives at the Phnom Penh Municipal Court dressed as Lady Justice. Picture taken May 3, 2022. CamboJA/ Pring Samrang",
    "Cambodian Foreign Affairs Minister Prak Sokhonn with his counterpart in Washington. Picture taken May 13, 2022. Posted to the Facebook page of the Foreign Affairs Ministry.",
    "Firefighters work to contain hot spots from the Oak Fire, which began burning Friday. Justin Sullivan/Getty Images",
    "Photo: Jane Doe for the Gazette",
    "(Reuters)",
    "A bridge over the river, seen on Monday. REUTERS/Jane Doe",
    "Herrick at RecentChangesCamp 2008 Image: ShakataGaNai.",
    "This map shows the location of the Ross Ice Shelf in the Antarctic, and the two known localities for E. andrillae relative to McMurdo Station image: Daily et al.",
    "Image; Zach Weiner.",
    "Pacific Standard owner, Jonathan M. Stan, displays the Santorum cocktail at the bar. (2012). Image; Pacific Standard, provided by the owners.",
    "Belgium beat the Netherlands in the 2018 final (Image credit: STR/NurPhoto via Getty Images)",
    "Protesters gather in Wuhan, Beijing and Shanghai on November 26. Credit: Twitter/@whyyoutouzhele",
    "Washington CNN —",
    "New York CNN Business —",
    "LONDON –",
    "Friday, September 9, 2016",
    "March 8, 2011",
    "If you haven’t subscribed yet, sign up here.",
    "Sign up for CNN’s Wonder Theory science newsletter. Explore the universe with news on fascinating discoveries.",
    "Support local journalism. Subscribe to azcentral.com today.",
    "USA TODAY ON TELEGRAM: Join our new Russia-Ukraine war channel to receive updates straight to your phone.",
    "Want to read more? Download the USA TODAY app",
    "► Get breaking news alerts: Download the free Tennessean app for the latest storm updates.",
    "Follow us on Facebook! Like our page to get updates throughout the day on our latest debunks",
    "[ Following the GM strike? Download our app for the latest news. ]",
    // A Wikinews story's sources and categories (news_sensitive).
    '"Environment Canada security report found on street" — Toronto Star, August 15, 2008',
    'Peter Zimonjic. "MP calls for probe into misplaced documents" — Edmonton Sun, August 16, 2008',
    "Categories: August 15, 2008 Canada Published North America Politics and conflicts Environment Canada Archived",
  ])("treats %j as a caption, a dateline, a source list or a newsletter prompt: never quoted", (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it.each([
    "Photos taken on Tuesday afternoon show the aftermath of the flooding in Red Lodge, Montana.",
    "The council approved the budget on Monday, the mayor said.",
    "The reason was simple, he said: money.",
    "The image: a man alone on the shore, his boat lost.",
    "He said the photo; was fake and the image was doctored by someone.",
    "Washington (CNN) — The Senate passed the bill late on Thursday.",
    "Millions of customers who subscribe to the service will pay more from next month, the company said.",
    "More than 2,000 people signed up for the course, the university said.",
    "The minister paused and said: we will not wait —",
    "Friday, September 9, 2016 was the day the council voted.",
    "Visitors must download the BeAware Bahrain app prior to arrival.",
    "Watching HBO Max on your Roku is now painlessly easy: Download the HBO Max app from your Roku Store and start watching.",
    "And tonight I am announcing that we will join our allies in closing off American airspace to all Russian flights.",
    // A quoted title inside reporting, and the word "categories".
    '"It was a disaster" — that is how the mayor put it on Monday, August 15, 2008, to reporters.',
    'The paper ran "MP calls for probe" — a headline the minister disputed, on August 16, 2008.',
    "Categories of documents include letters of complaint and research.",
  ])("treats %j as reporting", (line) => {
    expect(isCaptionLine(line)).toBe(false);
  });
});

const meta = COUNCIL_NOTES;

function passageAt(text: string, start: number, end: number, score = 1): Passage {
  return {
    chunkId: `a1#${start}`,
    article: meta,
    text: text.slice(start, end),
    start,
    end,
    score,
    relevance: 1,
  };
}

const ask = (question: string, text: string, passages: Passage[]) =>
  pickQuotes({ question, context: [], passages, weight: () => 1, max: 3, articleText: () => text });

describe("isBylineLine", () => {
  it.each([
    "Eric J. Lyman",
    "By Jill Lawless",
    "USA TODAY",
    "The Associated Press",
    "Detroit Free Press",
    "artaylor@lohud.com",
  ])("%j is a byline", (line) => expect(isBylineLine(line)).toBe(true));

  it.each([
    "What happened Tuesday",
    "Unprecedented funeral for the 'pope emeritus'",
    "The House adjourned on Tuesday.",
    "Pope Benedict XVI, the first pope in nearly 600 years to resign, died Saturday",
    "Complaints went to press@city.gov and to the mayor's office on Monday",
  ])("%j is not", (line) => expect(isBylineLine(line)).toBe(false));
});

describe("pickQuotes, quote hygiene", () => {
  const lead = `${"Residents gathered early in the old hall for a long evening session. ".repeat(10)}\n\n`;

  it("starts a quote at its sentence's start when the passage begins mid-sentence", () => {
    const text = `${lead}The mayor met the ASEAN-U.S. Special Summit delegates in Washington D.C. on the bridge project.\n\nOther news followed much later that evening in the hall.`;
    const from = text.indexOf("Special Summit");
    const [first] = ask("Who met the summit delegates about the bridge project?", text, [
      passageAt(text, from, text.length),
    ]);
    expect(first?.quote).toContain("The mayor met the ASEAN-U.S. Special Summit delegates");
    expect(text.slice(0, first?.start)).toMatch(/(?:\.\s|\n)$/); // a sentence starts there
    expect(text.slice(first?.start, first?.end)).toBe(first?.quote);
  });

  it("never quotes a caption or credit line, nor takes one in as a neighbour", () => {
    const text = `${lead}The bridge repairs will cost 4 million dollars, the council said on Monday evening.\n\nWorkers inspect the bridge. Picture taken May 3, 2024. Gazette/ Jane Doe\n\nThe bridge repairs start in June, after the council signs the contracts.`;
    const quotes = ask("What about the bridge repairs and the bridge workers?", text, [
      passageAt(text, lead.length, text.length),
    ]);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q.quote).not.toMatch(/Picture taken|Jane Doe|Workers inspect/);
      expect(text.slice(q.start, q.end)).toBe(q.quote);
    }
  });

  it("takes in no sentence before the matched one that starts in lower case (a caption's tail, a broken line)", () => {
    const text = `${lead}crowds at the old bridge in 2008.\n\nA storm yesterday caused the old bridge to fall, killing 10 and wounding 23, officials said.\n\nThe council met later.`;
    const [first] = ask("How many were killed when the old bridge fell in the storm?", text, [
      passageAt(text, lead.length, text.length),
    ]);
    expect(first?.quote).toMatch(/^A storm yesterday caused the old bridge to fall/);
    expect(text.slice(first?.start, first?.end)).toBe(first?.quote);
    // A line starting with a brand written so ("iPhone") starts a sentence, and is taken in.
    const brand = `${lead}iPhone sales were down at the shop.\n\nA storm yesterday caused the old bridge to fall, killing 10 and wounding 23, officials said.`;
    const [withBrand] = ask("How many were killed when the old bridge fell in the storm?", brand, [
      passageAt(brand, lead.length, brand.length),
    ]);
    expect(withBrand?.quote).toMatch(/^iPhone sales were down at the shop\.\s+A storm yesterday/);
  });

  it("never starts a quote with the story's byline or agency line", () => {
    const text =
      "Eric J. Lyman\n\nUSA TODAY\n\nejlyman@usatoday.com\n\nVATICAN CITY – The Church held a unique funeral for the former pope on Thursday.\n\nThousands of mourners filled the square for the ceremony.";
    const [first] = ask("Where was the funeral for the former pope held?", text, [
      passageAt(text, 0, text.length),
    ]);
    expect(first?.quote.startsWith("VATICAN CITY – The Church held a unique funeral")).toBe(true);
    expect(text.slice(first?.start, first?.end)).toBe(first?.quote);
  });

  it("never quotes a story's opening line that is its headline with its date (Wikinews)", () => {
    const text =
      "Interview with the bridge repairs engineer Tuesday, September 1, 2015\n\nThe engineer said the bridge repairs took about four months, and the council paid for them.";
    const quotes = ask("How long did the bridge repairs take, says the engineer?", text, [
      passageAt(text, 0, text.length),
    ]);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.quote).not.toContain("Interview with");
    // The same line further down is prose, and quotable.
    const later = `The engineer spoke to us.\n\n${text}`;
    const [first] = ask("Interview with the bridge repairs engineer?", later, [
      passageAt(later, 0, later.length),
    ]);
    expect(first?.quote).toContain("Interview with");
  });

  it("for a where-question, quotes the sentence that names the place from the rest of the top story", () => {
    const text = `${lead}The owner of the Pacific Standard bar said the drink sells well at the bar every night.\n\nMany other things happened in the city over the following months of the long year.\n\nThe Pacific Standard bar is located in Brooklyn, New York, and has two owners.`;
    const retrieved = passageAt(text, lead.length, text.indexOf("\n\nMany"));
    const quotes = ask("Where is the Pacific Standard bar?", text, [retrieved]);
    expect(quotes[0]?.quote).toContain("located in Brooklyn, New York");
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.quote);
  });

  it("for a when-question, quotes the sentence that carries the date from the rest of the top story", () => {
    const text = `${lead}Activists said the party was dissolved unfairly and its members were arrested by the police.\n\nMany other things happened in the city over the following months of the long year.\n\nIt was the first vote since the court in November 2017 disbanded the party, a move seen as political.`;
    const retrieved = passageAt(text, lead.length, text.indexOf("\n\nMany"));
    const quotes = ask("When was the party dissolved?", text, [retrieved]);
    expect(quotes.map((q) => q.quote).join("\n")).toContain("November 2017 disbanded the party");
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.quote);
  });
});

describe("showQuote", () => {
  it("wraps a plain quote in “…”", () => {
    expect(showQuote("The vote was close.")).toBe("“The vote was close.”");
  });
  it("does not double a quote's own opening or closing mark", () => {
    expect(showQuote("“Civil society organizations face surveillance.”")).toBe(
      "“Civil society organizations face surveillance.”",
    );
    expect(showQuote("“It is hard,” she said.")).toBe("“It is hard,” she said.");
    expect(showQuote("Markey said: “Live up to the promise.”")).toBe(
      "“Markey said: “Live up to the promise.”",
    );
    for (const q of ["“A.”", "He said: “B.”", "“C,” she said."]) expect(showQuote(q)).not.toMatch(/““|””/);
  });
});
