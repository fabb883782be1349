/** /ask, mentions, DMs and 👍/👎 through the real discord.js client against the fake Discord. */
import type { RecordedRequest } from "../../fakes/fake-discord";
import {
  ARTICLES,
  type Harness,
  isCallback,
  isChannelMessage,
  isOriginalEdit,
  plainText,
  SENTINEL_QUESTION,
  sentinel,
  startHarness,
  stopCheckingPings,
} from "./harness";
import { askInteraction, buttonInteraction, dmChannelId, dmMessage, guildMessage, READER } from "./payloads";

// biome-ignore lint/suspicious/noExplicitAny: recorded bodies are JSON read field by field
type Json = any;

let h: Harness;

afterEach(() => stopCheckingPings(h));

const QUESTION = "When was the library budget approved?";
const LIBRARY = ARTICLES[0]!;

describe("Discord /ask", () => {
  it("identifies with the minimal intents and the configured token", async () => {
    h = await startHarness();
    const identify = h.fake.identifies[0] as Json;
    // Guilds (1) | GuildMessages (512) | DirectMessages (4096); no MessageContent (32768)
    expect(identify.intents).toBe(4609);
    expect(h.fake.requests[0]).toMatchObject({ method: "GET", path: "/api/v10/gateway/bot" });
    expect(h.fake.requests[0]?.authorization).toMatch(/^Bot /);
    askInteraction(h.fake, QUESTION);
    await h.fake.waitFor((request) => request.method === "PATCH");
  });

  it("defers before answering, then edits in the answer with verbatim, linked citations", async () => {
    h = await startHarness();
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const ask = h.archive.ask.bind(h.archive);
    h.archive.ask = async (question, options) => {
      await gate;
      return ask(question, options);
    };
    const interaction = askInteraction(h.fake, QUESTION);
    const defer = await h.fake.waitFor(isCallback(interaction.id));
    expect(defer.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(defer.authorization).toBeUndefined();
    release();
    const edit = await h.fake.waitFor(isOriginalEdit(interaction.token));
    expect(edit.path).toBe(
      `/api/v10/webhooks/${h.fake.applicationId}/${interaction.token}/messages/@original`,
    );
    // Asked as of the interaction's own time (its snowflake's timestamp).
    const sent = Number((BigInt(interaction.id as string) >> 22n) + 1420070400000n);
    expect(h.archive.asked).toEqual([
      { question: QUESTION, options: { askedAt: new Date(sent).toISOString() } },
    ]);

    const body = edit.body as Json;
    const embed = body.embeds[0];
    expect(embed.description).toContain(`[${LIBRARY.title}](${LIBRARY.url})`);
    expect(embed.description).toContain("Harbour Gazette · 2024-03-12");
    expect(embed.footer.text).toBe("Based on articles up to 2024-07-21");
    const quotes = [...embed.description.matchAll(/^> (.+)$/gm)].map((match) => plainText(match[1]));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(LIBRARY.text).toContain(quote);

    const buttons = body.components[0].components;
    expect(buttons.map((button: Json) => button.emoji.name)).toEqual(["👍", "👎"]);
    for (const button of buttons) expect(button.custom_id.length).toBeLessThanOrEqual(100);
  });

  it("private:true makes the deferral, and so the answer, ephemeral", async () => {
    h = await startHarness();
    const interaction = askInteraction(h.fake, QUESTION, { private: true });
    const defer = await h.fake.waitFor(isCallback(interaction.id));
    expect(defer.body).toEqual({ type: 5, data: { flags: 64 } });
    await h.fake.waitFor(isOriginalEdit(interaction.token));
  });

  it("says plainly when the archive has nothing", async () => {
    h = await startHarness();
    const interaction = askInteraction(h.fake, "Who won the zzzz qqqq?");
    const edit = await h.fake.waitFor(isOriginalEdit(interaction.token));
    expect((edit.body as Json).content).toMatch(/^The archive holds nothing on that/);
    expect((edit.body as Json).content).toContain("Based on articles up to 2024-07-21");
    expect((edit.body as Json).embeds).toEqual([]);
  });

  it("answers /ask in a DM", async () => {
    h = await startHarness();
    const interaction = askInteraction(h.fake, QUESTION, { dm: true });
    await h.fake.waitFor(isCallback(interaction.id));
    const edit = await h.fake.waitFor(isOriginalEdit(interaction.token));
    expect((edit.body as Json).embeds[0].description).toContain(LIBRARY.title);
  });
});

describe("Discord mentions and DMs", () => {
  it("replies to a channel message that mentions the bot, without the mention in the question", async () => {
    h = await startHarness();
    const message = guildMessage(h.fake, `<@${h.fake.botUser.id}> ${QUESTION}`, { mentionBot: true });
    const reply = await h.fake.waitFor(isChannelMessage(h.fake.channelId));
    expect((reply.body as Json).message_reference).toMatchObject({ message_id: message.id });
    expect((reply.body as Json).embeds[0].description).toContain(LIBRARY.title);
    expect(h.archive.asked[0]?.question).toBe(QUESTION);
    // Asked as of the message's own time (the snowflake's timestamp), so nothing published later is used.
    const sent = Number((BigInt(message.id as string) >> 22n) + 1420070400000n);
    expect(h.archive.asked[0]?.options?.askedAt).toBe(new Date(sent).toISOString());
    expect(
      h.fake.requests.some((request) => request.path.endsWith(`/channels/${h.fake.channelId}/typing`)),
    ).toBe(true);
  });

  it("replies in the DM to a direct message", async () => {
    h = await startHarness();
    const message = dmMessage(h.fake, QUESTION);
    const reply = await h.fake.waitFor(isChannelMessage(dmChannelId(READER)));
    expect((reply.body as Json).message_reference).toMatchObject({ message_id: message.id });
    expect((reply.body as Json).embeds[0].description).toContain(LIBRARY.title);
  });

  it("ignores other bots, itself, @everyone and messages that do not mention it", async () => {
    h = await startHarness();
    const bot = h.fake.botUser;
    guildMessage(h.fake, `<@${bot.id}> ${QUESTION}`, {
      author: { id: "1400000000000000001", username: "otherbot", bot: true },
      mentionBot: true,
    });
    guildMessage(h.fake, `<@${bot.id}> ${QUESTION}`, { author: { ...bot, bot: true }, mentionBot: true });
    guildMessage(h.fake, `@everyone ${QUESTION}`);
    guildMessage(h.fake, QUESTION);
    const last = await sentinel(h);
    expect(h.fake.requests.filter(isChannelMessage(h.fake.channelId))).toEqual([last]);
    expect(h.archive.asked.map((asked) => asked.question)).toEqual([SENTINEL_QUESTION]);
  });

  it("answers an empty mention with a usage hint", async () => {
    h = await startHarness();
    guildMessage(h.fake, `<@${h.fake.botUser.id}>`, { mentionBot: true });
    const reply = await h.fake.waitFor(isChannelMessage(h.fake.channelId));
    expect((reply.body as Json).content).toMatch(/^Ask me something about our archive/);
    expect(h.archive.asked).toHaveLength(0);
  });
});

describe("Discord feedback buttons", () => {
  async function answered(): Promise<{ edit: RecordedRequest; up: string; down: string }> {
    const interaction = askInteraction(h.fake, QUESTION);
    const edit = await h.fake.waitFor(isOriginalEdit(interaction.token));
    const [up, down] = (edit.body as Json).components[0].components.map((button: Json) => button.custom_id);
    return { edit, up, down };
  }

  it("records a 👍 click in the shared feedback store and tells the voter privately", async () => {
    h = await startHarness();
    const { edit, up } = await answered();
    const click = buttonInteraction(h.fake, up, edit.response);
    const reply = await h.fake.waitFor(isCallback(click.id));
    expect(reply.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: "Thanks, your 👍 was recorded." },
    });
    const entries = await h.feedback.readAll();
    expect(entries).toEqual([
      expect.objectContaining({
        platform: "discord",
        user: READER.id,
        vote: "up",
        question: QUESTION,
        articleIds: [LIBRARY.id],
      }),
    ]);
  });

  it("counts one vote per user and answer, and explains a forgotten answer", async () => {
    h = await startHarness();
    const { edit, up, down } = await answered();
    const first = buttonInteraction(h.fake, down, edit.response);
    await h.fake.waitFor(isCallback(first.id));
    const again = buttonInteraction(h.fake, up, edit.response);
    const repeated = await h.fake.waitFor(isCallback(again.id));
    expect((repeated.body as Json).data.content).toMatch(/already rated/);
    const stale = buttonInteraction(h.fake, "fb:up:forgotten", edit.response);
    expect(((await h.fake.waitFor(isCallback(stale.id))).body as Json).data.content).toMatch(
      /no longer have that answer/,
    );
    const foreign = buttonInteraction(h.fake, "something-else", edit.response);
    expect(((await h.fake.waitFor(isCallback(foreign.id))).body as Json).data.content).toMatch(
      /no longer works/,
    );
    expect((await h.feedback.readAll()).map((entry) => entry.vote)).toEqual(["down"]);
  });
});
