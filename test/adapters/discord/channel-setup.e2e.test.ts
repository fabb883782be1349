/**
 * Discord `/config` (issue 17) with the real discord.js client against the fake Discord: an admin sees and
 * sets a channel's setup, a non-admin is refused, invalid input gets a clear reply, the setting survives a
 * restart (a new store reads the file), and a channel's (or a forum's) filters change what a real archive cites.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CANNED } from "../../../src/adapters/chat/canned-texts";
import { FileChannelSettings } from "../../../src/channels/file-channel-settings";
import type { RecordedRequest } from "../../fakes/fake-discord";
import { createTestArchive, type TestArchive } from "../../helpers/test-archive";
import { type Harness, isCallback, isChannelMessage, messageBody, startHarness } from "./harness";
import { ADMIN, configInteraction, guildMessage, READER } from "./payloads";

// biome-ignore lint/suspicious/noExplicitAny: recorded bodies are JSON read field by field
type Json = any;

/** The ephemeral reply to an interaction: its text. */
async function replyTo(h: Harness, id: string): Promise<string> {
  const callback = await h.fake.waitFor(isCallback(id));
  expect((callback.body as Json).data.flags).toBe(64);
  return (callback.body as Json).data.content as string;
}

let h: Harness;
let dir: string;
let store: FileChannelSettings;

/**
 * Teardown: every message the bot sent carries allowed_mentions parse: [] and no user, role or broadcast
 * mention. /config replies name channels as <#id>, a link that never pings, so those are allowed here.
 */
async function stopCheckingNoPings(): Promise<void> {
  try {
    const bodies = h.fake.requests.map(messageBody).filter((body) => body !== undefined);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) {
      expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(JSON.stringify(body)).not.toMatch(/<@[!&]?\d|@(everyone|here)/);
    }
  } finally {
    await h.stop();
  }
}

describe("Discord /config", () => {
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "discord-config-"));
    store = new FileChannelSettings({ file: join(dir, "channel-settings.json") });
    h = await startHarness({ channelSettings: store });
  });
  afterEach(async () => {
    try {
      await stopCheckingNoPings();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("shows the current setup without options, saves options, and shows the new setup", async () => {
    const shown = await replyTo(h, configInteraction(h.fake, ADMIN).id);
    expect(shown).toContain(`The setup of <#${h.fake.channelId}>:`);
    expect(shown).toContain("Mode: mention");

    const saved = await replyTo(
      h,
      configInteraction(h.fake, ADMIN, {
        mode: "auto",
        publishers: "Valley Wire, Harbour Gazette",
        from: "2024",
        "editors-channel": h.fake.editorsChannelId,
        "editors-role": h.fake.editorsRoleId,
      }).id,
    );
    expect(saved).toContain(`Saved. The setup of <#${h.fake.channelId}> is now:`);
    expect(saved).toContain(`Editors' channel: <#${h.fake.editorsChannelId}>`);
    expect(saved).toContain(`Editors' group: role \`${h.fake.editorsRoleId}\``);
    expect(saved).not.toContain("<@&");
    expect(await store.get("discord", h.fake.channelId)).toEqual({
      mode: "auto",
      filters: { publishers: ["Valley Wire", "Harbour Gazette"], from: "2024" },
      editors: { channel: h.fake.editorsChannelId, group: h.fake.editorsRoleId },
    });

    // Options change only their fields; "none" clears one.
    await replyTo(h, configInteraction(h.fake, ADMIN, { publishers: "none", to: "2024-06" }).id);
    const again = await replyTo(h, configInteraction(h.fake, ADMIN).id);
    expect(again).toContain("Mode: auto");
    expect(again).toContain("Publishers: any");
    expect(again).toContain("Dates: 2024 to 2024-06");
    expect(again).toContain(`Editors' channel: <#${h.fake.editorsChannelId}>`);

    const reset = await replyTo(h, configInteraction(h.fake, ADMIN, { reset: true }).id);
    expect(reset).toContain("Mode: mention");
    expect(await store.get("discord", h.fake.channelId)).toEqual({ mode: "mention" });
  });

  it("refuses a non-admin and saves nothing", async () => {
    const refused = await replyTo(h, configInteraction(h.fake, READER, { mode: "auto" }).id);
    expect(refused).toBe(CANNED.configRefused);
    expect(await store.get("discord", h.fake.channelId)).toEqual({ mode: "mention" });
    const logged = h.logs.map((line) => JSON.parse(line)).find((entry) => /config refused/.test(entry.msg));
    expect(logged).toMatchObject({ level: 40, userId: READER.id });
  });

  it("tells what is wrong with invalid input, by option name, and saves nothing", async () => {
    const told = await replyTo(h, configInteraction(h.fake, ADMIN, { from: "2024-13", to: "2023" }).id);
    expect(told).toContain("Nothing was saved; please fix:");
    expect(told).toContain("• from: not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
    const reversed = await replyTo(
      h,
      configInteraction(h.fake, ADMIN, { from: "2024-06", to: "2024-01" }).id,
    );
    expect(reversed).toContain("• from: from is after to, so no article could match");
    expect(await store.get("discord", h.fake.channelId)).toEqual({ mode: "mention" });
  });

  it("keeps the setup across a restart: a new store reads the file and the new bot applies it", async () => {
    await replyTo(h, configInteraction(h.fake, ADMIN, { publishers: "Valley Wire" }).id);
    await h.stop();
    const reread = new FileChannelSettings({ file: join(dir, "channel-settings.json") });
    await reread.load();
    expect(await reread.get("discord", h.fake.channelId)).toEqual({
      mode: "mention",
      filters: { publishers: ["Valley Wire"] },
    });
    h = await startHarness({ channelSettings: reread, channelId: h.fake.channelId });
    const shown = await replyTo(h, configInteraction(h.fake, ADMIN).id);
    expect(shown).toContain("Publishers: Valley Wire");
    const message = guildMessage(h.fake, `<@${h.fake.botUser.id}> what happened to the water main?`, {
      mentionBot: true,
    });
    await h.fake.waitFor(
      (r) =>
        isChannelMessage(h.fake.channelId)(r) &&
        (r.body as Json).message_reference?.message_id === message.id,
    );
    expect(h.archive.asked.at(-1)?.options?.filters).toEqual({ publishers: ["Valley Wire"] });
  });
});

describe("Discord: a channel's or forum's filters bound what a real archive cites", () => {
  let t: TestArchive;
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "channel-corpus-"));
    const article = (publisher: string, section: string, published: string, text: string) =>
      `---\ntitle: "Ferry fares rise (${publisher})"\nurl: https://${publisher.replace(/\W/g, "").toLowerCase()}.example/ferry\npublished: ${published}\npublisher: ${publisher}\nsection: ${section}\n---\n\n${text}\n`;
    await writeFile(
      join(root, "business.md"),
      article(
        "Harbour Ledger",
        "Business",
        "2023-04-02",
        "Ferry fares rise by eight per cent in April, the operator said on Sunday. Season tickets rise less.",
      ),
    );
    await writeFile(
      join(root, "local.md"),
      article(
        "Island Post",
        "Local",
        "2024-02-10",
        "Ferry fares rise again next month, islanders heard at a packed meeting on Saturday. A return ticket will cost twelve pounds.",
      ),
    );
    t = await createTestArchive({ corpus: root });
  }, 60_000);
  afterAll(async () => {
    await t.cleanup();
    await rm(root, { recursive: true, force: true });
  });
  afterEach(() => stopCheckingNoPings());

  const ask = async (channelId: string, question: string): Promise<RecordedRequest> => {
    const message = guildMessage(h.fake, `<@${h.fake.botUser.id}> ${question}`, {
      mentionBot: true,
      channelId,
    });
    return h.fake.waitFor(
      (r) => isChannelMessage(channelId)(r) && (r.body as Json).message_reference?.message_id === message.id,
      10_000,
    );
  };
  const seen = (reply: RecordedRequest) => JSON.stringify(reply.body);

  it("cites only the configured publisher; a forum's setting applies to its posts", async () => {
    const settings = new FileChannelSettings({ file: join(await mkdtemp(join(tmpdir(), "dc-")), "s.json") });
    h = await startHarness({ archive: t.archive, channelSettings: settings });
    expect(seen(await ask(h.fake.channelId, "How much do ferry fares rise?"))).toContain("Harbour Ledger");

    await settings.set("discord", h.fake.channelId, {
      mode: "mention",
      filters: { publishers: ["Island Post"] },
    });
    const narrowed = seen(await ask(h.fake.channelId, "How much do ferry fares rise?"));
    expect(narrowed).toContain("Island Post");
    expect(narrowed).not.toContain("Harbour Ledger");

    // The forum is set up (as /config channel:<forum> does); a question in one of its posts uses that.
    await settings.set("discord", h.fake.forumId, { mode: "mention", filters: { sections: ["Business"] } });
    const inForum = seen(await ask(h.fake.forumThreadId, "How much do ferry fares rise?"));
    expect(inForum).toContain("Harbour Ledger");
    expect(inForum).not.toContain("Island Post");

    // The asker's publisher: token cannot reach outside the channel's publishers.
    const outside = await ask(h.fake.channelId, 'publisher:"Harbour Ledger" How much do ferry fares rise?');
    expect((outside.body as Json).content).toBe(
      "This channel searches only publisher “Island Post”. Your publisher is not one of them, so no article can match. Nothing was searched.",
    );
  });

  it("sets up a forum with /config channel:<forum>", async () => {
    const settings = new FileChannelSettings({ file: join(await mkdtemp(join(tmpdir(), "dc-")), "s.json") });
    h = await startHarness({ archive: t.archive, channelSettings: settings });
    const saved = await replyTo(
      h,
      configInteraction(h.fake, ADMIN, { channel: h.fake.forumId, sections: "Local" }).id,
    );
    expect(saved).toContain(`Saved. The setup of <#${h.fake.forumId}> is now:`);
    expect(await settings.get("discord", h.fake.forumId)).toEqual({
      mode: "mention",
      filters: { sections: ["Local"] },
    });
    const inForum = seen(await ask(h.fake.forumThreadId, "How much do ferry fares rise?"));
    expect(inForum).toContain("Island Post");
    expect(inForum).not.toContain("Harbour Ledger");
  });
});
