/**
 * Slack over a real archive of dated articles (changing-facts fixture): dated quotes, timelines as Block Kit,
 * and `from:` / `to:` / `publisher:` tokens in mentions and /ask, echoed in the reply; a bad date is told.
 */
import { join } from "node:path";
import { createTestArchive, type TestArchive } from "../../helpers/test-archive";
import { type SlackHarness, startSlackHarness, visibleText } from "./slack-harness";

const CORPUS = join(__dirname, "..", "..", "fixtures", "changing-facts", "corpus");

type Block = { type: string; text?: { text: string }; elements?: { text?: string }[] };
const blocksOf = (body: Record<string, unknown>) => body.blocks as Block[];
/** Dates written after a quote marker in the answer text, or in bold at the start of a timeline entry. */
const quoteDates = (text: string) => [...text.matchAll(/\[\d+\] \((\d{4}-\d{2}-\d{2})\)/g)].map((m) => m[1]);

describe("Slack: time-aware answers and chat filters over a real archive", () => {
  let t: TestArchive;
  let h: SlackHarness;
  beforeAll(async () => {
    t = await createTestArchive({ corpus: CORPUS });
  });
  afterAll(() => t.cleanup());
  beforeEach(async () => {
    h = await startSlackHarness({ archive: t.archive });
  });
  afterEach(() => h.stop());

  it("shows each quote's date, the newest article first", async () => {
    const ts = await h.mention("Who is Valdoria's current finance minister?");
    const post = await h.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === ts, 1, 10_000);
    const body = String(post.body.text);
    expect(quoteDates(body)[0]).toBe("2024-01-22");
    expect(quoteDates(body).length).toBe((body.match(/\[\d+\]/g) ?? []).length);
    // the source sections carry the date under each headline too
    const sources = blocksOf(post.body).filter(
      (b) => b.type === "section" && b.text?.text.startsWith("*[1]*"),
    );
    expect(sources[0]?.text?.text).toContain("Valdoria Daily · 2024-01-22");
  });

  it("renders a timeline as one dated section per article, oldest first", async () => {
    const ts = await h.mention("Give me a timeline of Valdoria's inflation rate");
    const post = await h.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === ts, 1, 10_000);
    const sections = blocksOf(post.body)
      .filter((b) => b.type === "section")
      .map((b) => b.text?.text ?? "");
    expect(sections[0]).toMatch(/^\*Timeline from the archive, oldest first\* \(6 articles\)/);
    const dates = sections.slice(1).map((text) => /^\*(\d{4}-\d{2}-\d{2})\*/.exec(text)?.[1]);
    expect(dates).toEqual([
      "2021-04-14",
      "2021-06-10",
      "2021-11-12",
      "2022-05-12",
      "2023-08-10",
      "2024-05-14",
    ]);
    for (const text of sections.slice(1)) expect(text).toMatch(/\n>\S/);
    expect(blocksOf(post.body).at(-1)?.type).toBe("actions");
  });

  it("applies from:/to: tokens in a mention, strips them from the question and echoes them", async () => {
    const ts = await h.mention("from:2022 what was Valdoria's inflation rate? to:2022-12");
    const post = await h.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === ts, 1, 10_000);
    const seen = visibleText(post.body);
    expect(seen).toContain("*Filters:* from 2022 · to 2022-12");
    const dates = quoteDates(String(post.body.text));
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date?.startsWith("2022-")).toBe(true);
  });

  it("applies a quoted publisher: token in /ask and echoes it while searching", async () => {
    const ack = await h.command("/ask", 'publisher:"Other Paper" who is Valdoria\'s finance minister?');
    expect(ack.text).toContain("“who is Valdoria's finance minister?” (publisher “Other Paper”)");
    const answer = await h.fake.waitForCall("response_url", undefined, 1, 10_000);
    const seen = visibleText(answer.body);
    expect(seen).toContain("*Filters:* publisher “Other Paper”");
    expect(seen).toContain("couldn't find anything");

    await h.command("/ask", 'publisher:"valdoria daily" who is Valdoria\'s finance minister?');
    const found = await h.fake.waitForCall("response_url", undefined, 2, 10_000);
    expect(visibleText(found.body)).toContain("Valdoria Daily · ");
  });

  it("refuses a bad date in /ask with a clear message and asks nothing", async () => {
    const ack = await h.command("/ask", "from:2022-13-45 who is the finance minister?");
    expect(ack.text).toContain("I couldn't read the date in from:2022-13-45");
    expect(ack.text).toContain("YYYY, YYYY-MM or YYYY-MM-DD");
    await h.sentinel();
    expect(h.fake.callsTo("response_url")).toHaveLength(0);
  });

  it("refuses a bad date in a mention with a clear reply in the thread", async () => {
    const ts = await h.mention("to:2023-02-30 who is the finance minister?");
    const post = await h.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === ts, 1, 10_000);
    expect(String(post.body.text)).toContain("I couldn't read the date in to:2023-02-30");
    expect(String(post.body.text)).toContain("Nothing was searched.");
    expect(post.body.blocks).toBeUndefined();
  });
});
