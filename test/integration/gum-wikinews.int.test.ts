/** The 43 real Wikinews articles in test/fixtures/gum-wikinews (CC BY 2.5, see NOTICE), ingested and questioned. */
import { join } from "node:path";
import { expectQuotesVerbatim } from "../helpers/expect-verbatim";
import { useTestArchive } from "../helpers/test-archive";

const GUM = join(__dirname, "..", "fixtures", "gum-wikinews");

const archive = useTestArchive({ corpus: GUM }, 60_000);

describe("gum-wikinews (43 real articles)", () => {
  it("ingests every article", () => {
    expect(archive().summary.articles).toBe(43);
    expect(archive().summary.skipped).toEqual([]);
    expect(archive().summary.chunks).toBeGreaterThan(43);
  });

  it.each([
    [
      "Where will the retired space shuttles be displayed?",
      /NASA/,
      /museum|New York|Washington|Los Angeles|Smithsonian/i,
    ],
    ["How many people were killed when the crane collapsed in Mecca?", /crane/i, /107|killed/],
    [
      "What did the Greek court rule about the worship of ancient Greek deities?",
      /Greek/,
      /court|worship|legal/i,
    ],
    ["Why were Australian children found to have iodine deficiency?", /iodine/i, /iodine/i],
    // The top story holds the rare name and few other words of the question: it is still quoted.
    ["How many residents did Seoul move out of Yeoncheon?", /North Korea/, /about 80 people/],
    [
      "Which teams won three points on day five of the 2018 World Cup?",
      /World Cup/,
      /Sweden|Belgium|England/,
    ],
  ])("answers %j from the right article with verbatim quotes", async (question, title, quote) => {
    const result = await archive().archive.ask(question);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const answer = result.answer;
    expect(answer.status).toBe("answered");
    expect(answer.citations[0]?.title).toMatch(title);
    expect(answer.citations.map((c) => c.quote).join(" ")).toMatch(quote);
    expect(answer.citations[0]?.publisher).toBe("Wikinews");
    await expectQuotesVerbatim(archive().archive, answer);
  });

  // Known limit (docs/performance.md): a question that shares a phrase such as "prime minister" with an
  // article about someone else can still be answered with that article's quotes.
  it("refuses questions the archive cannot answer", async () => {
    for (const question of [
      "What is the price of bitcoin today?",
      "How much does a Tesla Model 3 cost?",
      "What is the population of Mars?",
    ]) {
      const result = await archive().archive.ask(question);
      expect(result.ok && result.answer.status).toBe("not_found");
    }
  });
});
