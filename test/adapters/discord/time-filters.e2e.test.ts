/**
 * Discord: /ask's from/to/publisher options and `from:`/`to:`/`publisher:` tokens in mentions reach the
 * archive (checked by the shared core parser; a bad date is told, nothing is asked); dated quotes and
 * timelines as embeds over a real archive of dated articles (changing-facts fixture).
 */
import { join } from "node:path";
import { createTestArchive, type TestArchive } from "../../helpers/test-archive";
import {
  type Harness,
  isCallback,
  isChannelMessage,
  isOriginalEdit,
  SENTINEL_QUESTION,
  sentinel,
  startHarness,
  stopCheckingPings,
} from "./harness";
import { commandInteraction, guildMessage } from "./payloads";

// biome-ignore lint/suspicious/noExplicitAny: recorded bodies are JSON read field by field
type Json = any;

const CORPUS = join(__dirname, "..", "..", "fixtures", "changing-facts", "corpus");
const QUESTION = "When was the library budget approved?";

function ask(h: Harness, question: string, filters: Record<string, string> = {}) {
  const options = [
    { name: "question", type: 3, value: question },
    ...Object.entries(filters).map(([name, value]) => ({ name, type: 3, value })),
  ];
  return commandInteraction(h.fake, "ask", options);
}

let h: Harness;
afterEach(() => stopCheckingPings(h));

describe("Discord filters reach the archive", () => {
  it("passes /ask's from, to and publisher options as filters, and echoes them in the footer", async () => {
    h = await startHarness();
    const interaction = ask(h, QUESTION, { from: "2024", to: "2024-06-30", publisher: "Harbour Gazette" });
    const edit = await h.fake.waitFor(isOriginalEdit(interaction.token));
    expect(h.archive.asked[0]?.question).toBe(QUESTION);
    expect(h.archive.asked[0]?.options?.filters).toEqual({
      from: "2024",
      to: "2024-06-30",
      publishers: ["Harbour Gazette"],
    });
    expect(edit.body).toBeDefined();
  });

  it("also reads tokens typed into /ask's question; an option wins over a token", async () => {
    h = await startHarness();
    const interaction = ask(h, `to:2023 ${QUESTION} publisher:"Valley Wire"`, { to: "2024-06" });
    await h.fake.waitFor(isOriginalEdit(interaction.token));
    expect(h.archive.asked[0]).toMatchObject({
      question: QUESTION,
      options: { filters: { to: "2024-06", publishers: ["Valley Wire"] } },
    });
  });

  it("refuses a bad date option privately with a clear message and asks nothing", async () => {
    h = await startHarness();
    const interaction = ask(h, QUESTION, { from: "2022-13-45" });
    const reply = await h.fake.waitFor(isCallback(interaction.id));
    expect(reply.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect((reply.body as Json).data.content).toContain("I couldn't read the date in from:2022-13-45");
    expect((reply.body as Json).data.content).toContain("YYYY, YYYY-MM or YYYY-MM-DD");
    await sentinel(h);
    expect(h.archive.asked.map((a) => a.question)).toEqual([SENTINEL_QUESTION]);
  });

  it("reads from:/to:/publisher: tokens in a mention, strips them, and tells a bad one", async () => {
    h = await startHarness();
    const bot = `<@${h.fake.botUser.id}>`;
    guildMessage(h.fake, `${bot} from:2024-03 ${QUESTION} publisher:"Harbour Gazette"`, { mentionBot: true });
    await h.fake.waitFor(isChannelMessage(h.fake.channelId));
    expect(h.archive.asked[0]).toMatchObject({
      question: QUESTION,
      options: { filters: { from: "2024-03", publishers: ["Harbour Gazette"] } },
    });
    const bad = guildMessage(h.fake, `${bot} to:2024-02-30 ${QUESTION}`, { mentionBot: true });
    const told = await h.fake.waitFor(
      (request) =>
        isChannelMessage(h.fake.channelId)(request) &&
        (request.body as Json).message_reference?.message_id === bad.id,
    );
    expect((told.body as Json).content).toContain("I couldn't read the date in to:2024-02-30");
    await sentinel(h);
    expect(h.archive.asked.map((a) => a.question)).toEqual([QUESTION, SENTINEL_QUESTION]);
  });
});

describe("Discord over dated articles", () => {
  let t: TestArchive;
  beforeAll(async () => {
    t = await createTestArchive({ corpus: CORPUS });
  });
  afterAll(() => t.cleanup());

  it("shows each quote's date, the newest article first", async () => {
    h = await startHarness({ archive: t.archive });
    const interaction = ask(h, "Who is Valdoria's current finance minister?");
    const edit = await h.fake.waitFor(isOriginalEdit(interaction.token), 10_000);
    const description: string = (edit.body as Json).embeds[0].description;
    const dates = [...description.matchAll(/\\\[\d+\\\] \((\d{4}-\d{2}-\d{2})\)/g)].map((m) => m[1]);
    expect(dates[0]).toBe("2024-01-22");
    expect(dates.length).toBeGreaterThan(1);
    expect(description).toContain("Valdoria Daily · 2024-01-22");
  });

  it("renders a timeline embed: one dated entry per article, oldest first, inside a date window", async () => {
    h = await startHarness({ archive: t.archive });
    const interaction = ask(h, "What has happened with Valdoria's inflation since 2022?");
    const edit = await h.fake.waitFor(isOriginalEdit(interaction.token), 10_000);
    const description: string = (edit.body as Json).embeds[0].description;
    expect(description.startsWith("**Timeline from the archive, oldest first**")).toBe(true);
    const dates = [...description.matchAll(/^\*\*(\d{4}-\d{2}-\d{2})\*\* · \*\*\[\d\]\*\* \[/gm)].map(
      (m) => m[1],
    );
    expect(dates).toEqual(["2022-05-12", "2023-08-10", "2024-05-14"]);
    expect(description.match(/^> /gm)?.length).toBe(3);
  });

  it("applies the options over the real archive and echoes them", async () => {
    h = await startHarness({ archive: t.archive });
    const interaction = ask(h, "What was Valdoria's inflation rate?", { from: "2022", to: "2022-12" });
    const edit = await h.fake.waitFor(isOriginalEdit(interaction.token), 10_000);
    const embed = (edit.body as Json).embeds[0];
    expect(embed.footer.text).toContain("Filters: from 2022 · to 2022-12");
    const dates = [...embed.description.matchAll(/\((\d{4}-\d{2}-\d{2})\)/g)].map((m: string[]) => m[1]);
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date?.startsWith("2022-")).toBe(true);
  });
});
