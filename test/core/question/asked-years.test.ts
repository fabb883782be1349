/** A year the question names is one every quoted story holds. */
import { holdingAskedYears } from "../../../src/core/question/asked-years";
import type { ArticleMeta, Passage } from "../../../src/core/types";
import { COUNCIL_NOTES } from "../../helpers/article-meta";

const story = (id: string, published: string, text: string) => ({
  meta: { ...COUNCIL_NOTES, id, published, title: `Story ${id}` } satisfies ArticleMeta,
  text,
});
const stories = [
  story("race-2012", "2015-01-06", "A 2012 presidential candidate on why he ran for president."),
  story("race-2020", "2021-01-20", "Joe Biden won the 2020 presidential election."),
  story("vote-day", "2020-11-04", "Votes are still being counted in the presidential election."),
];
const texts = new Map(stories.map((s) => [s.meta.id, s.text]));
const retriever = { articleText: (id: string) => texts.get(id) };
const passages: Passage[] = stories.map((s, i) => ({
  chunkId: `${s.meta.id}#0`,
  article: s.meta,
  text: s.text,
  start: 0,
  end: s.text.length,
  score: 1 - i / 10,
  relevance: 1,
}));
const ids = (kept: Passage[]) => kept.map((p) => p.article.id);

describe("holdingAskedYears", () => {
  it("keeps the stories that mention the question's year or were published in it", () => {
    const kept = holdingAskedYears("Who won the 2020 presidential election?", passages, retriever);
    expect(ids(kept)).toEqual(["race-2020", "vote-day"]);
  });

  it("keeps every story when the question names no year, or when none holds it", () => {
    expect(ids(holdingAskedYears("Who won the presidential election?", passages, retriever))).toHaveLength(3);
    expect(
      ids(holdingAskedYears("Who won the 1996 presidential election?", passages, retriever)),
    ).toHaveLength(3);
  });
});
