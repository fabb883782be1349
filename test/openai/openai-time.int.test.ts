/**
 * Written answers (ANSWERS=openai) over dated articles about changing facts, with the real ChatOpenAI against
 * the loopback fake: each verified quote is shown with its article's date and its speaker when known, the
 * newest article leads a current-state question, and a quote found only in a correction note is rejected.
 */
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import type { Answer } from "../../src/core/types";
import { type FakeOpenAI, startFakeOpenAI } from "../fakes/fake-openai";
import { expectQuotesVerbatim } from "../helpers/expect-verbatim";
import { createTestArchive, type TestArchive } from "../helpers/test-archive";
import { openAIEnv, passageWith } from "./openai-test-kit";

const CORPUS = join(__dirname, "..", "fixtures", "changing-facts", "corpus");
const OLSEN =
  "Prime Minister Jonas Berg on Thursday appointed Marta Olsen as Valdoria's finance minister, replacing the long-serving Henrik Dahl.";
const BRANDT =
  "In a cabinet reshuffle on Monday, Prime Minister Jonas Berg moved Peter Lund to the foreign ministry and named Sofia Brandt as Valdoria's finance minister.";
const HOLM =
  "We waited a year longer than planned, but the harbour bridge is safe and it will serve Nordhavn for a century";

let fake: FakeOpenAI;
let t: TestArchive;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  t = await createTestArchive({ corpus: CORPUS, env: { ANSWERS: "openai", ...openAIEnv(fake.url) } });
  await copyFile(
    join(__dirname, "fixtures", "bridge-minister-corrected.md"),
    join(t.corpusDir, "2024-06-bridge-minister.md"),
  );
  await t.archive.reingest();
});
afterAll(async () => {
  await t?.cleanup();
  await fake?.close();
});
beforeEach(() => fake.reset());

async function ask(question: string, askedAt: string): Promise<Answer> {
  const result = await t.archive.ask(question, { askedAt });
  if (!result.ok) throw new Error(result.problem.message);
  await expectQuotesVerbatim(t.archive, result.answer);
  return result.answer;
}

/** The lines of the text after the written part: one per verified quote. */
const quoteLines = (answer: Answer) => answer.text.split("\n").slice(1);

/** The model's reply citing the older appointment (Olsen) first, then the newer one (Brandt). */
function queueOlderFirst(): void {
  fake.queueChat((request) => {
    const old = passageWith(request, "appointed Marta Olsen");
    const current = passageWith(request, "named Sofia Brandt");
    return {
      json: {
        answer: `Jonas Berg appointed Marta Olsen as finance minister [${old}]. Jonas Berg named Sofia Brandt as Valdoria's finance minister [${current}].`,
        quotes: [
          { n: old, quote: OLSEN },
          { n: current, quote: BRANDT },
        ],
      },
    };
  });
}

describe("written answers over changing facts", () => {
  it("puts the newest article first when the model cites the older one first, and dates every quote", async () => {
    queueOlderFirst();
    const answer = await ask("Who is Valdoria's current finance minister?", "2024-12-01");
    expect(answer.citations.map((c) => [c.n, c.published])).toEqual([
      [1, "2024-01-22"],
      [2, "2021-03-04"],
    ]);
    // The prose's markers follow the new numbering: Olsen's sentence now cites [2].
    expect(answer.text.split("\n")[0]).toBe(
      "Jonas Berg appointed Marta Olsen as finance minister [2]. Jonas Berg named Sofia Brandt as Valdoria's finance minister [1].",
    );
    expect(quoteLines(answer)).toEqual([`“${BRANDT}” [1] (2024-01-22)`, `“${OLSEN}” [2] (2021-03-04)`]);
  });

  it("keeps the model's order for a question that is not about the current state", async () => {
    queueOlderFirst();
    const answer = await ask("Who did Jonas Berg appoint as finance minister?", "2024-12-01");
    expect(answer.citations.map((c) => c.published)).toEqual(["2021-03-04", "2024-01-22"]);
  });

  it("shows a direct quotation's speaker and date after the written text", async () => {
    fake.queueChat((request) => {
      const n = passageWith(request, "We waited a year");
      return {
        json: {
          answer: `The harbour bridge is safe and will serve Nordhavn for a century [${n}].`,
          quotes: [{ n, quote: HOLM }],
        },
      };
    });
    const answer = await ask("Is the Nordhavn harbour bridge safe?", "2024-07-01");
    expect(answer.citations[0]?.speaker?.name).toBe("Ida Holm");
    expect(quoteLines(answer)).toEqual([`“${HOLM}” — Ida Holm, Transport Minister [1] (2024-06-17)`]);
  });

  it("rejects a quote found only in a correction note, and its claim with it", async () => {
    fake.queueChat((request) => {
      const n = passageWith(request, "We waited a year");
      return {
        json: {
          answer: `The harbour bridge cost 2 billion crowns [${n}].`,
          quotes: [{ n, quote: "said the harbour bridge cost 2 billion crowns" }],
        },
      };
    });
    const answer = await ask("How much did the Nordhavn harbour bridge cost?", "2024-07-01");
    expect(fake.chatRequests).toHaveLength(1);
    expect(answer.status).toBe("answered");
    // Nothing the model wrote was backed: the extractive answer, which never quotes the note either.
    expect(answer.text.startsWith("Here is what the archive says:")).toBe(true);
    expect(answer.text).not.toMatch(/(?<![\d.])2 billion/);
    expect(answer.text).toContain("The bridge cost 1.2 billion crowns");
  });

  it("accepts the same words in a correction note when the question asks about corrections", async () => {
    fake.queueChat((request) => {
      const n = passageWith(request, "We waited a year");
      return {
        json: {
          answer: `The article was corrected: the harbour bridge cost 1.2 billion crowns, not 2 billion crowns [${n}].`,
          quotes: [
            {
              n,
              quote:
                "An earlier version of this article said the harbour bridge cost 2 billion crowns. It cost 1.2 billion crowns.",
            },
          ],
        },
      };
    });
    const answer = await ask("Was the article on the harbour bridge's cost corrected?", "2024-07-01");
    expect(answer.text).toContain("2 billion crowns");
    expect(answer.citations[0]?.published).toBe("2024-06-17");
  });

  it("dates the quotes of a 'what did … say' answer too", async () => {
    const answer = await ask("What did Ida Holm say about the harbour bridge?", "2024-07-01");
    expect(fake.chatRequests).toHaveLength(0);
    expect(answer.text.split("\n")).toEqual([
      "Here is what Ida Holm said, in their own words:",
      `“${HOLM}” — Ida Holm, Transport Minister [1] (2024-06-17)`,
    ]);
  });
});
