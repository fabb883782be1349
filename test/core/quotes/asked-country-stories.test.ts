/** Quotes from the stories that name the country a question asks about (ofAskedCountry). */
import { ofAskedCountry } from "../../../src/core/quotes/asked-country-stories";
import type { Passage } from "../../../src/core/types";
import { COUNCIL_NOTES } from "../../helpers/article-meta";

const story = (id: string, title: string, text: string): Passage => ({
  chunkId: `${id}#0`,
  article: { ...COUNCIL_NOTES, id, title, source: `${id}.md` },
  text,
  start: 0,
  end: text.length,
  score: 1,
  relevance: 1,
});

const cambodia = story(
  "kh",
  "As commune elections approach",
  "There are 17 political parties registered in Cambodia.",
);
const virginia = story(
  "va",
  "Wikinews interviews Robert Sarvis",
  "Sarvis is a third party candidate in the election.",
);
const ids = (passages: Passage[]) => passages.map((p) => p.article.id);
const texts = new Map([
  ["kh", cambodia.text],
  ["va", virginia.text],
]);
const articleText = (id: string) => texts.get(id);

describe("ofAskedCountry", () => {
  const asked = "How many parties are in this Cambodian election?";

  it("leaves out stories that name none of the countries asked about, when the top story names one", () => {
    expect(ids(ofAskedCountry(asked, [cambodia, virginia], articleText))).toEqual(["kh"]);
  });

  it("keeps every story when the top one names none of them (the decision read another story)", () => {
    expect(ids(ofAskedCountry(asked, [virginia, cambodia], articleText))).toEqual(["va", "kh"]);
  });

  it("keeps every story for a question that names no country", () => {
    const plain = "How many parties are in the election?";
    expect(ids(ofAskedCountry(plain, [cambodia, virginia], articleText))).toEqual(["kh", "va"]);
  });
});
