import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { escapeText } from "../../../src/adapters/slack/escape";
import { expectQuotesVerbatim } from "../../helpers/expect-verbatim";
import { createTestArchive, type TestArchive } from "../../helpers/test-archive";
import { ADMIN, type SlackHarness, startSlackHarness, visibleText } from "./slack-harness";

const BRIDGE_URL = "https://gazette.example/2024/03/millbrook-bridge-repairs";
const BUDGET_URL = "https://harbortimes.example/news/harbor-school-budget-2024";

/** The block-quoted lines of a posted answer, unescaped back to plain text. */
function postedQuotes(body: Record<string, unknown>): string[] {
  const blocks = body.blocks as { type: string; text?: { text: string } }[];
  return blocks
    .flatMap((block) => (block.type === "section" ? (block.text?.text.split("\n") ?? []) : []))
    .filter((line) => line.startsWith(">"))
    .map((line) =>
      line
        .slice(1)
        .replace(/&gt;/g, ">")
        .replace(/&lt;/g, "<")
        .replace(/&amp;/g, "&")
        .replace(/@\u200B/g, "@"),
    );
}

describe("Slack over the real archive (fixture corpus, index on disk)", () => {
  let t: TestArchive;
  let h: SlackHarness;
  beforeAll(async () => {
    t = await createTestArchive();
  });
  afterAll(() => t.cleanup());
  beforeEach(async () => {
    h = await startSlackHarness({ archive: t.archive });
  });
  afterEach(() => h.stop());

  it("answers a mention in its thread with quotes verbatim from the indexed article", async () => {
    const question = "How long will the Millbrook bridge be closed?";
    const ts = await h.mention(question);
    const post = await h.fake.waitForCall("chat.postMessage", undefined, 1, 10_000);
    expect(post.body.thread_ts).toBe(ts);
    expect(visibleText(post.body)).toContain(BRIDGE_URL);

    const direct = await t.archive.ask(question);
    if (!direct.ok) throw new Error(direct.problem.message);
    await expectQuotesVerbatim(t.archive, direct.answer);
    const retriever = await t.archive.retriever();
    const cited = direct.answer.citations.map((citation) => retriever.articleText(citation.articleId) ?? "");
    const quotes = postedQuotes(post.body);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(cited.some((text) => text.includes(quote))).toBe(true);
    for (const citation of direct.answer.citations)
      expect(visibleText(post.body)).toContain(escapeText(citation.quote));
  });

  it("answers from the story a pasted link points to, as Slack sends a pasted link or one labelled in words", async () => {
    // "How much will it cost?" names no story: the bridge repair and the school budget both give a sum.
    const asked = [
      (link: string) => `<${link}> how much will it cost?`,
      // A label in words hides the address; "this story" names nothing the story reports.
      (link: string) => `how much will <${link}|this story> cost?`,
    ];
    for (const ask of asked)
      for (const [linked, other] of [
        [BUDGET_URL, BRIDGE_URL],
        [BRIDGE_URL, BUDGET_URL],
      ] as const) {
        const ts = await h.mention(ask(linked));
        const post = await h.fake.waitForCall(
          "chat.postMessage",
          (call) => call.body.thread_ts === ts,
          1,
          10_000,
        );
        expect(visibleText(post.body)).toContain(linked);
        expect(visibleText(post.body)).not.toContain(other);
      }
  });

  it("reads a typo as the archive's word and says so at the top of the reply", async () => {
    const ts = await h.mention("how long will the millbrook bridge be clsoed");
    const post = await h.fake.waitForCall("chat.postMessage", undefined, 1, 10_000);
    expect(post.body.thread_ts).toBe(ts);
    expect(visibleText(post.body)).toContain("Read “clsoed” as “closed”.");
    expect(visibleText(post.body)).toContain(BRIDGE_URL);
  });

  it("answers small talk in its thread with what the bot does, quoting no story", async () => {
    const ts = await h.mention("hey bot, tell me a joke about the bridge");
    const post = await h.fake.waitForCall("chat.postMessage", undefined, 1, 10_000);
    expect(post.body.thread_ts).toBe(ts);
    expect(visibleText(post.body)).toContain("I only answer questions about the newsroom's archive");
    expect(visibleText(post.body)).not.toContain(BRIDGE_URL);
    expect(postedQuotes(post.body)).toEqual([]);
  });

  it("reads a thread follow-up without a mention in the light of the earlier question", async () => {
    const ts = await h.mention("How long will the Millbrook bridge be closed?");
    await h.fake.waitForCall("chat.postMessage", undefined, 1, 10_000);
    await h.threadReply("and when does it close?", ts);
    const followUp = await h.fake.waitForCall("chat.postMessage", undefined, 2, 10_000);
    expect(followUp.body.thread_ts).toBe(ts);
    expect(visibleText(followUp.body)).toContain(BRIDGE_URL);
  });

  it("re-ingests for an admin and then answers from the new index without a restart", async () => {
    const question = "When will the central library open on Sundays?";
    await writeFile(
      join(t.corpusDir, "library.md"),
      "---\ntitle: Library opens on Sundays\npublished: 2024-10-01\npublisher: Riverside Gazette\n---\n\n" +
        "The central library will open on Sundays from October, the council said, after a petition signed by 2,300 residents.\n",
    );
    await h.command("/newsroom-reingest", "", { user_id: ADMIN });
    const summary = await h.fake.waitForCall(
      "chat.update",
      (call) => String(call.body.text).includes("finished"),
      1,
      15_000,
    );
    expect(summary.body.text).toMatch(/1 added, 0 updated, 0 removed, 0 skipped/);

    await h.mention(question);
    const post = await h.fake.waitForCall(
      "chat.postMessage",
      (call) => call.body.thread_ts !== undefined,
      1,
      10_000,
    );
    expect(visibleText(post.body)).toContain("Library opens on Sundays");
    expect(postedQuotes(post.body).join(" ")).toContain("open on Sundays");
  });
});
