/**
 * "Ask an editor" on Discord (issue 17), real discord.js client against the fake Discord: the button only
 * where the channel has an editors' contact, under answers and refusals, not under private answers; a click
 * posts the question, the answer and the message link in the editors' channel and replies to the answer
 * mentioning the editors' role with allowed_mentions naming that role only; once per answer; logged.
 */
import { CANNED } from "../../../src/adapters/chat/canned-texts";
import { MemoryChannelSettings } from "../../../src/core/channels/channel-settings";
import { buildReport } from "../../../src/report/build-report";
import type { RecordedRequest } from "../../fakes/fake-discord";
import {
  type Harness,
  isCallback,
  isChannelMessage,
  isOriginalEdit,
  messageBody,
  startHarness,
} from "./harness";
import { askInteraction, buttonInteraction, guildMessage } from "./payloads";

// biome-ignore lint/suspicious/noExplicitAny: recorded bodies are JSON read field by field
type Json = any;

let h: Harness;
let settings: MemoryChannelSettings;

beforeEach(async () => {
  settings = new MemoryChannelSettings();
  h = await startHarness({ channelSettings: settings });
});

/**
 * Teardown: every message carries allowed_mentions parse: [] and mentions no one, except the hand-off's one
 * reply, whose allowed_mentions names exactly the configured role and nothing else.
 */
afterEach(async () => {
  try {
    const bodies = h.fake.requests.map(messageBody).filter((body) => body !== undefined);
    for (const body of bodies) {
      const text = JSON.stringify(body);
      if (String(body.content ?? "").startsWith(`<@&${h.fake.editorsRoleId}>`)) {
        expect(body.allowed_mentions).toEqual({
          parse: [],
          roles: [h.fake.editorsRoleId],
          replied_user: false,
        });
        expect(text.match(/<@/g)).toHaveLength(1);
        continue;
      }
      expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(text).not.toMatch(/<@[!&]?\d|@(everyone|here)|<#\d/);
    }
  } finally {
    await h.stop();
  }
});

/** Mentions the bot in the test channel and resolves with its reply (request and the message the fake made). */
async function mentionAnswer(question: string): Promise<RecordedRequest> {
  const message = guildMessage(h.fake, `<@${h.fake.botUser.id}> ${question}`, { mentionBot: true });
  return h.fake.waitFor(
    (r) =>
      isChannelMessage(h.fake.channelId)(r) && (r.body as Json).message_reference?.message_id === message.id,
  );
}

const customIds = (reply: RecordedRequest): string[] =>
  ((reply.body as Json).components ?? []).flatMap((row: Json) =>
    row.components.map((c: Json) => c.custom_id),
  );

/** Clicks "Ask an editor" and resolves with the ephemeral text the clicker finally sees. */
async function clickAskEditor(reply: RecordedRequest): Promise<string> {
  const id = customIds(reply).find((c) => c.startsWith("ed:"));
  if (!id) throw new Error("no Ask an editor button");
  const click = buttonInteraction(h.fake, id, reply.response);
  const callback = await h.fake.waitFor(isCallback(click.id));
  if ((callback.body as Json).type === 4) return (callback.body as Json).data.content;
  expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
  return ((await h.fake.waitFor(isOriginalEdit(click.token))).body as Json).content;
}

describe("Discord: Ask an editor", () => {
  it("shows no button where the channel has no editors' contact", async () => {
    const reply = await mentionAnswer("what happened to the water main?");
    expect(customIds(reply)).toEqual([expect.stringMatching(/^fb:up:/), expect.stringMatching(/^fb:down:/)]);
  });

  it("posts to the editors' channel with the message link, pings only the role, once per answer", async () => {
    await settings.set("discord", h.fake.channelId, {
      mode: "mention",
      editors: { channel: h.fake.editorsChannelId, group: h.fake.editorsRoleId },
    });
    const reply = await mentionAnswer("when did the council approve the library budget?");
    expect(customIds(reply).at(-1)).toMatch(/^ed:/);
    const answerMessage = reply.response as Json;

    expect(await clickAskEditor(reply)).toBe(CANNED.handOffSent);
    const toEditors = await h.fake.waitFor(isChannelMessage(h.fake.editorsChannelId));
    const text = (toEditors.body as Json).content as string;
    expect(text).toContain("**Question:** when did the council approve the library budget?");
    expect(text).toContain("**The bot's answer:**\n> “The city council approved a 4.2 million dollar budget");
    expect(text).toContain(
      `Message: https://discord.com/channels/${h.fake.guildId}/${h.fake.channelId}/${answerMessage.id}`,
    );
    expect((toEditors.body as Json).allowed_mentions).toEqual({ parse: [], replied_user: false });

    const ping = await h.fake.waitFor(
      (r) => isChannelMessage(h.fake.channelId)(r) && String((r.body as Json).content).startsWith("<@&"),
    );
    expect(ping.body).toMatchObject({
      content: `<@&${h.fake.editorsRoleId}> ${CANNED.handOffHeading}`,
      message_reference: { message_id: answerMessage.id, fail_if_not_exists: false },
      allowed_mentions: { parse: [], roles: [h.fake.editorsRoleId], replied_user: false },
    });

    const logged = (await h.questionLog.readAll()).filter((entry) => entry.event === "handoff");
    expect(logged).toEqual([
      expect.objectContaining({
        platform: "discord",
        status: "answered",
        user: expect.stringMatching(/^sha256:/),
      }),
    ]);
    expect(buildReport({ questions: await h.questionLog.readAll(), votes: [] }).handOffs).toHaveLength(1);

    expect(await clickAskEditor(reply)).toBe(CANNED.handOffRepeat);
    expect(h.fake.requests.filter(isChannelMessage(h.fake.editorsChannelId))).toHaveLength(1);
  });

  it("offers it under a refusal; with only an editors' channel, nobody is pinged", async () => {
    await settings.set("discord", h.fake.channelId, {
      mode: "mention",
      editors: { channel: h.fake.editorsChannelId },
    });
    const reply = await mentionAnswer("what about the zeppelin museum?");
    expect((reply.body as Json).content).toContain("holds nothing");
    expect(await clickAskEditor(reply)).toBe(CANNED.handOffSent);
    const toEditors = await h.fake.waitFor(isChannelMessage(h.fake.editorsChannelId));
    expect((toEditors.body as Json).content).toContain("**The bot could not answer:**");
    const [logged] = (await h.questionLog.readAll()).filter((entry) => entry.event === "handoff");
    expect(logged?.status).toBe("not_found");
  });

  it("puts no button under a private /ask answer", async () => {
    await settings.set("discord", h.fake.channelId, {
      mode: "mention",
      editors: { group: h.fake.editorsRoleId },
    });
    const asked = askInteraction(h.fake, "what happened to the water main?", { private: true });
    const edit = await h.fake.waitFor(isOriginalEdit(asked.token));
    expect(customIds(edit)).toHaveLength(2);
    const open = askInteraction(h.fake, "what happened to the water main?");
    const shown = await h.fake.waitFor(isOriginalEdit(open.token));
    expect(customIds(shown).at(-1)).toMatch(/^ed:/);
  });
});
