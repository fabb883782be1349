/** Whole-article BM25 over the words as written: the headline counts extra, and stems do not merge words. */
import { ArticleRanking } from "../../../src/index/search/article-ranking";

const article = (id: string, title: string, text: string) => ({ meta: { id, title }, text });

describe("ArticleRanking", () => {
  const filler = "The town held its weekly market on the square, and traders sold bread and fish.";
  const ranking = new ArticleRanking([
    article(
      "obituary",
      "A singer remembered",
      `The singer lived among the residents of the old town. Residents said the singer was a resident for years, and the residents' choir sang. ${filler}`,
    ),
    article(
      "adele",
      "Adele to play Las Vegas",
      `The singer announced a residency at Caesars Palace. ${filler}`,
    ),
    article("market", "Market day", `${filler} ${filler}`),
  ]);

  it("matches the question's words as written: a residency is not a resident", () => {
    // Porter2 stems "residency" and "residents" alike ("resid"), and the obituary's many residents won.
    expect(ranking.rank("Which singer will launch a Las Vegas residency?", 3)[0]?.articleId).toBe("adele");
    expect(ranking.rank("residency", 3)[0]?.articleId).toBe("adele");
  });

  it("counts a headline word extra", () => {
    const two = new ArticleRanking([
      article("body", "Weather", "Rain fell on the market and the ferry."),
      article("head", "Ferry returns", "Rain fell on the market and the ferry."),
    ]);
    expect(two.rank("ferry", 2).map((a) => a.articleId)).toEqual(["head", "body"]);
  });

  it("keeps only what `keep` allows, and at most `limit`", () => {
    expect(ranking.rank("singer", 1).length).toBe(1);
    expect(ranking.rank("singer", 3, (id) => id !== "adele").map((a) => a.articleId)).toEqual(["obituary"]);
    expect(ranking.rank("submarine", 3)).toEqual([]);
  });
});

describe("ArticleRanking, other forms of a word", () => {
  const ranking = new ArticleRanking([
    article(
      "bakery",
      "Bakery opens in the old fire station",
      "A bakery opened on Tuesday in the fire station.",
    ),
    article("observatory", "Observatory open night", "The observatory holds an open night in September."),
  ]);

  it("counts a story's other forms of a word it lacks as written (opened for open), at a share", () => {
    expect(ranking.rank("Where did the bakery open?", 2)[0]?.articleId).toBe("bakery");
    const [first, second] = ranking.rank("open", 2);
    expect(first?.articleId).toBe("observatory");
    expect(second?.articleId).toBe("bakery");
    expect(ranking.rank("open", 2, undefined, 1, 0).map((a) => a.articleId)).toEqual(["observatory"]);
  });
});

describe("ArticleRanking.build", () => {
  const many = Array.from({ length: 1000 }, (_, i) =>
    article(`a${i}`, `Story ${i}`, `Report number ${i} about the harbour, the ferry and the market.`),
  );

  it("lets the event loop run while it reads the articles, and ranks as the constructor does", async () => {
    let turns = 0;
    let done = false;
    const tick = () => {
      turns++;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    const built = await ArticleRanking.build(many, 100);
    done = true;
    // 1000 articles, 100 per turn: the loop ran between batches (a synchronous build would give it no turn).
    expect(turns).toBeGreaterThanOrEqual(9);
    const direct = new ArticleRanking(many);
    expect(built.rank("harbour report 417", 5)).toEqual(direct.rank("harbour report 417", 5));
  });
});
