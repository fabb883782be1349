/** No pings, apologies, rate and length limits, malformed events and log hygiene, against the fake Discord. */
import { DROPPED_EVENT } from "../../../src/adapters/discord/guard-raw-packets";
import {
  BOT_TOKEN,
  type Harness,
  type HarnessOptions,
  isCallback,
  isChannelMessage,
  isOriginalEdit,
  SENTINEL_QUESTION,
  sentinel,
  startHarness,
  stopCheckingPings,
} from "./harness";
import { askInteraction, commandInteraction, guildMessage, READER, type TestUser } from "./payloads";

// biome-ignore lint/suspicious/noExplicitAny: recorded bodies are JSON read field by field
type Json = any;

let h: Harness;

afterEach(() => stopCheckingPings(h));

const start = async (options: HarnessOptions = {}) => {
  h = await startHarness(options);
};
const user = (n: number): TestUser => ({
  id: `14000000000000001${String(n).padStart(2, "0")}`,
  username: `reader${n}`,
});
const mention = (text: string, author: TestUser = READER) =>
  guildMessage(h.fake, `<@${h.fake.botUser.id}> ${text}`, { author, mentionBot: true });

describe("Discord: nobody gets pinged", () => {
  const HOSTILE =
    "@everyone @here <@&987654321098765432> <#123456789012345678> what happened to the water main on Elm Street?";

  it("neutralises @everyone and role mentions from the question and the article in /ask", async () => {
    await start();
    const interaction = askInteraction(h.fake, HOSTILE);
    const edit = await h.fake.waitFor(isOriginalEdit(interaction.token));
    const text = JSON.stringify(edit.body);
    expect(text).toContain("Water main bursts on Elm Street");
    expect(text).toContain("@\u200beveryone");
    expect(text).toContain("<@\u200b&987654321098765432>");
  });

  it("neutralises them in a mention reply too", async () => {
    await start();
    mention(HOSTILE);
    const reply = await h.fake.waitFor(isChannelMessage(h.fake.channelId));
    expect((reply.body as Json).embeds[0].description).toContain("@\u200beveryone");
  });
});

describe("Discord: failures end in an apology", () => {
  it("apologises in the deferred reply when the archive fails, without details", async () => {
    await start();
    h.archive.failWith = new Error("retriever exploded reading /srv/index");
    const interaction = askInteraction(h.fake, "library budget?");
    const edit = await h.fake.waitFor(isOriginalEdit(interaction.token));
    expect(edit.body).toMatchObject({
      content: expect.stringMatching(/^Sorry, something went wrong/),
      embeds: [],
    });
    expect(JSON.stringify(edit.body)).not.toContain("exploded");
    expect(h.logs.join("")).toContain("retriever exploded");
  });

  it("apologises in a mention reply when the archive fails", async () => {
    await start();
    h.archive.failWith = new Error("retriever exploded");
    mention("library budget?");
    const reply = await h.fake.waitFor(isChannelMessage(h.fake.channelId));
    expect((reply.body as Json).content).toMatch(/^Sorry, something went wrong/);
  });

  it("logs a Discord API failure without the interaction token or the bot token, then still apologises", async () => {
    await start();
    h.fake.failNext((request) => request.method === "PATCH", 404);
    const interaction = askInteraction(h.fake, "library budget?");
    await h.fake.waitFor(
      (request) =>
        isOriginalEdit(interaction.token)(request) && (request.body as Json).content?.startsWith("Sorry"),
    );
    const logs = h.logs.join("");
    expect(logs).toContain("interaction failed");
    expect(logs).not.toContain(interaction.token);
    expect(logs).not.toContain(BOT_TOKEN);
  });
});

describe("Discord: limits", () => {
  it("trips the per-user rate limit with a friendly ephemeral reply", async () => {
    await start({ rateLimit: { perUser: 2 } });
    for (let i = 0; i < 2; i++) {
      const interaction = askInteraction(h.fake, "library budget?");
      await h.fake.waitFor(isOriginalEdit(interaction.token));
    }
    const third = askInteraction(h.fake, "library budget?");
    const refusal = await h.fake.waitFor(isCallback(third.id));
    expect(refusal.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringMatching(/^You're asking faster than I can keep up/) },
    });
    expect(h.archive.asked).toHaveLength(2);
    const other = askInteraction(h.fake, "library budget?", { user: user(1) });
    await h.fake.waitFor(isOriginalEdit(other.token));
  });

  it("trips the per-guild rate limit across users", async () => {
    await start({ rateLimit: { perUser: 10, perGuild: 2 } });
    for (const n of [1, 2]) {
      const interaction = askInteraction(h.fake, "library budget?", { user: user(n) });
      await h.fake.waitFor(isOriginalEdit(interaction.token));
    }
    const third = askInteraction(h.fake, "library budget?", { user: user(3) });
    const refusal = await h.fake.waitFor(isCallback(third.id));
    expect((refusal.body as Json).data.content).toMatch(/^This server has asked a lot of questions/);
  });

  it("answers a mention flood with one slow-down notice, not one per message", async () => {
    await start({ rateLimit: { perUser: 1 } });
    for (let i = 0; i < 4; i++) mention("library budget?");
    await h.fake.waitFor(() => h.fake.requests.filter(isChannelMessage(h.fake.channelId)).length >= 2);
    await sentinel(h);
    const replies = h.fake.requests
      .filter(isChannelMessage(h.fake.channelId))
      .map((request) => request.body as Json);
    expect(replies).toHaveLength(3);
    expect(replies.filter((body) => /asking faster/.test(body.content ?? ""))).toHaveLength(1);
    expect(h.archive.asked.map((asked) => asked.question)).toEqual(["library budget?", SENTINEL_QUESTION]);
  });

  it("refuses a question over the maximum length, kindly, without asking the archive", async () => {
    await start({ maxQuestionChars: 40 });
    const interaction = askInteraction(h.fake, "library ".repeat(10));
    const refusal = await h.fake.waitFor(isCallback(interaction.id));
    expect(refusal.body).toMatchObject({
      type: 4,
      data: {
        flags: 64,
        content: "That question is 79 characters long. Please keep it under 40 characters.",
      },
    });
    mention("budget ".repeat(10));
    const reply = await h.fake.waitFor(isChannelMessage(h.fake.channelId));
    expect((reply.body as Json).content).toMatch(/Please keep it under 40 characters/);
    expect(h.archive.asked).toHaveLength(0);
  });
});

describe("Discord: malformed and unexpected events", () => {
  it("survives odd gateway payloads and keeps answering", async () => {
    await start();
    const base = () => {
      const { payload } = commandInteraction({ ...h.fake, dispatch: () => [] }, "ask", [
        { name: "question", type: 3, value: "library budget?" },
      ]);
      return payload;
    };
    const without = (...keys: string[]) => {
      const payload = base();
      for (const key of keys) delete payload[key];
      return payload;
    };
    const repaired = without("entitlements", "authorizing_integration_owners");
    h.fake.dispatch("INTERACTION_CREATE", repaired);
    h.fake.dispatch("INTERACTION_CREATE", without("user", "member"));
    h.fake.dispatch("INTERACTION_CREATE", { ...base(), data: null });
    h.fake.dispatch("INTERACTION_CREATE", { ...base(), data: { ...base().data, options: "library" } });
    h.fake.dispatch("INTERACTION_CREATE", {
      ...base(),
      type: 3,
      data: { custom_id: "fb:up:x", component_type: 2 },
    });
    h.fake.dispatch("INTERACTION_CREATE", { ...base(), type: 99 });
    h.fake.dispatch("INTERACTION_CREATE", null);
    h.fake.dispatch("INTERACTION_CREATE", "not an object");
    h.fake.dispatch("MESSAGE_CREATE", { id: "1", channel_id: h.fake.channelId, content: "no author" });
    h.fake.dispatch("MESSAGE_CREATE", { ...guildMessagePayload(), mentions: "everyone" });
    h.fake.dispatch("SOMETHING_NEW", { whatever: true });
    const unknownCommand = commandInteraction(h.fake, "launch-rockets");
    const missingOption = commandInteraction(h.fake, "ask");

    await h.fake.waitFor(isOriginalEdit(repaired.token));
    const unknown = await h.fake.waitFor(isCallback(unknownCommand.id));
    expect((unknown.body as Json).data.content).toBe("Sorry, I don't know that command.");
    const hint = await h.fake.waitFor(isCallback(missingOption.id));
    expect((hint.body as Json).data.content).toMatch(/^Ask me something about our archive/);

    const after = askInteraction(h.fake, "river festival?");
    await h.fake.waitFor(isOriginalEdit(after.token));
    expect(h.platform.client.isReady()).toBe(true);
    const dropped = h.logs.filter((line) => line.includes("dropped a malformed gateway event"));
    expect(dropped.length).toBe(8);
    expect(DROPPED_EVENT).toBe("NEWSROOM_QA_DROPPED");
  });
});

function guildMessagePayload() {
  return {
    id: "1300000000000000777",
    channel_id: h.fake.channelId,
    guild_id: h.fake.guildId,
    author: { id: READER.id, username: READER.username },
    content: `<@${h.fake.botUser.id}> hi`,
  };
}
