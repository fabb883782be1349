/** Complete gateway payloads for the Discord tests, cloned from test/fixtures/discord and filled per test. */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type FakeDiscord, type FakeGuild, type FakeUser, snowflake } from "../../fakes/fake-discord";

// biome-ignore lint/suspicious/noExplicitAny: fixtures are free-form JSON that tests reshape field by field
type Payload = Record<string, any>;

export interface TestUser extends FakeUser {
  bot?: boolean;
}

export const READER: TestUser = { id: "1300000000000000005", username: "reader" };
export const ADMIN: TestUser = { id: "1300000000000000099", username: "editor" };

export interface Dispatched {
  id: string;
  token: string;
  payload: Payload;
}

function fixture(name: string): Payload {
  return JSON.parse(
    readFileSync(join(__dirname, "..", "..", "fixtures", "discord", name), "utf8"),
  ) as Payload;
}

/** Looks like a real interaction token (long, url-safe), so log-hygiene checks are meaningful. */
function interactionToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(48).toString("base64url")}`;
}

function userObject(user: TestUser): Payload {
  return {
    id: user.id,
    username: user.username,
    global_name: null,
    discriminator: "0",
    avatar: null,
    bot: user.bot ?? false,
  };
}

function baseInteraction(
  fake: FakeDiscord,
  name: string,
  user: TestUser,
  guild: FakeGuild = { id: fake.guildId, channelId: fake.channelId },
): Payload {
  const payload = fixture(name);
  payload.id = snowflake();
  payload.token = interactionToken();
  payload.application_id = fake.applicationId;
  payload.guild_id = guild.id;
  payload.channel_id = guild.channelId;
  payload.channel = { ...payload.channel, id: guild.channelId, guild_id: guild.id };
  payload.member.user = userObject(user);
  payload.authorizing_integration_owners = { "0": guild.id };
  return payload;
}

/**
 * A chat-input command; `dm` makes it come from a DM (`user` instead of `member`, no guild); `guild` from
 * another of the fake's servers than the first.
 */
export function commandInteraction(
  fake: FakeDiscord,
  command: string,
  options: { name: string; type: number; value: unknown }[] = [],
  from: { user?: TestUser; dm?: boolean; guild?: FakeGuild } = {},
): Dispatched {
  const user = from.user ?? READER;
  const payload = baseInteraction(fake, "interaction-chat-input.json", user, from.guild);
  payload.data = { id: snowflake(), name: command, type: 1, ...(options.length ? { options } : {}) };
  if (from.dm) {
    delete payload.guild_id;
    delete payload.member;
    delete payload.guild_locale;
    payload.user = userObject(user);
    payload.channel = {
      id: dmChannelId(user),
      type: 1,
      flags: 0,
      last_message_id: null,
      recipients: [userObject(user)],
    };
    payload.channel_id = payload.channel.id;
    payload.context = 1;
    payload.authorizing_integration_owners = { "0": user.id };
  }
  fake.dispatch("INTERACTION_CREATE", payload);
  return { id: payload.id, token: payload.token, payload };
}

export function askInteraction(
  fake: FakeDiscord,
  question: string,
  from: { user?: TestUser; private?: boolean; dm?: boolean; guild?: FakeGuild } = {},
): Dispatched {
  const options = [{ name: "question", type: 3, value: question }];
  if (from.private !== undefined) options.push({ name: "private", type: 5, value: from.private } as never);
  return commandInteraction(fake, "ask", options, from);
}

export function reingestInteraction(fake: FakeDiscord, user: TestUser): Dispatched {
  return commandInteraction(fake, "reingest", [], { user });
}

/** A click on a button of `message` (a message object the fake returned for the bot's send or edit). */
export function buttonInteraction(
  fake: FakeDiscord,
  customId: string,
  message: unknown,
  user = READER,
): Dispatched {
  const payload = baseInteraction(fake, "interaction-button.json", user);
  payload.data = { custom_id: customId, component_type: 2 };
  payload.message = message;
  fake.dispatch("INTERACTION_CREATE", payload);
  return { id: payload.id, token: payload.token, payload };
}

/** `/config` with options; channel and role options are resolved as Discord sends them. */
export function configInteraction(
  fake: FakeDiscord,
  user: TestUser,
  options: Record<string, string | boolean> = {},
): Dispatched {
  const channelOptions = new Set(["editors-channel", "channel"]);
  const typed = Object.entries(options).map(([name, value]) => ({
    name,
    type: typeof value === "boolean" ? 5 : channelOptions.has(name) ? 7 : name === "editors-role" ? 8 : 3,
    value,
  }));
  const resolved: Payload = {};
  for (const option of typed) {
    if (option.type === 7) {
      resolved.channels ??= {};
      const forum = option.value === fake.forumId;
      resolved.channels[String(option.value)] = {
        id: option.value,
        name: forum ? "ask-forum" : "editors",
        type: forum ? 15 : 0,
        permissions: "2248473465835073",
      };
    }
    if (option.type === 8) {
      resolved.roles ??= {};
      resolved.roles[String(option.value)] = {
        id: option.value,
        name: "editors",
        permissions: "0",
        position: 1,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: true,
        flags: 0,
      };
    }
  }
  const payload = baseInteraction(fake, "interaction-chat-input.json", user);
  payload.data = {
    id: snowflake(),
    name: "config",
    type: 1,
    ...(typed.length ? { options: typed } : {}),
    ...(Object.keys(resolved).length ? { resolved } : {}),
  };
  fake.dispatch("INTERACTION_CREATE", payload);
  return { id: payload.id, token: payload.token, payload };
}

/**
 * A channel message; `mentionBot` puts the bot in `mentions` (the content should contain `<@botId>`).
 * `channelId` (default the test channel) may be a thread's; `id` a given one (a forum post's starter message
 * has its thread's id); `replyTo` makes it a reply (message reference) to that message, without a ping.
 */
export function guildMessage(
  fake: FakeDiscord,
  content: string,
  options: {
    author?: TestUser;
    mentionBot?: boolean;
    channelId?: string;
    id?: string;
    replyTo?: string;
  } = {},
): Payload {
  const payload = fixture("message-create-guild.json");
  payload.id = options.id ?? snowflake();
  payload.nonce = payload.id;
  payload.channel_id = options.channelId ?? fake.channelId;
  if (options.replyTo) {
    payload.type = 19;
    payload.message_reference = {
      type: 0,
      message_id: options.replyTo,
      channel_id: payload.channel_id,
      guild_id: fake.guildId,
    };
  }
  payload.guild_id = fake.guildId;
  payload.author = userObject(options.author ?? READER);
  payload.content = content;
  payload.mentions = options.mentionBot
    ? [{ ...userObject({ ...fake.botUser, bot: true }), member: { roles: [] } }]
    : [];
  fake.dispatch("MESSAGE_CREATE", payload);
  return payload;
}

export function dmMessage(fake: FakeDiscord, content: string, author = READER): Payload {
  const payload = fixture("message-create-dm.json");
  payload.id = snowflake();
  payload.nonce = payload.id;
  payload.channel_id = dmChannelId(author);
  payload.author = userObject(author);
  payload.content = content;
  fake.dispatch("MESSAGE_CREATE", payload);
  return payload;
}

/** A stable DM channel id per user. */
export function dmChannelId(user: TestUser): string {
  return (BigInt(user.id) + 7n).toString();
}
