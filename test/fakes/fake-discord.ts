/**
 * A loopback Discord for tests: REST and gateway on one 127.0.0.1 port; records every request; tests dispatch
 * events. With `shards` > 1 it is sharded as Discord is: GET /gateway/bot recommends that many, there is one
 * server per shard, an IDENTIFY must carry `shard: [id, count]` with count ≥ `shards` (else the socket is closed
 * with 4011 "Sharding required", 4010 for an impossible id), and each event goes only to the connection whose
 * shard owns its server, (guild_id >> 22) % count; events without a server (DMs) go to shard 0.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

export interface RecordedRequest {
  method: string;
  /** Decoded path without the query, e.g. `/api/v10/webhooks/1/token/messages/@original`. */
  path: string;
  query: string;
  /** Parsed JSON body (undefined when empty). */
  body: unknown;
  authorization: string | undefined;
  /** What the fake answered (message objects for sends and edits). */
  response: unknown;
}

export interface FakeUser {
  id: string;
  username: string;
}

export interface FakeGuild {
  id: string;
  /** Its one text channel. */
  channelId: string;
}

export interface FakeDiscord {
  /** For `rest.api` / DISCORD_API_URL: `http://127.0.0.1:<port>/api`. */
  apiUrl: string;
  botUser: FakeUser;
  applicationId: string;
  /** The first server (of shard 0) and its channel. */
  guildId: string;
  channelId: string;
  /** A second text channel, for editors (issue 17's hand-off). */
  editorsChannelId: string;
  /** A role in the guild, for the editors. */
  editorsRoleId: string;
  /** A forum channel (type 15) and one post (a thread) in it; new posts come with `createThread`. */
  forumId: string;
  forumThreadId: string;
  /** One server per shard, `guilds[k]` on shard k. */
  guilds: FakeGuild[];
  requests: RecordedRequest[];
  /** The `d` of every IDENTIFY received. */
  identifies: Record<string, unknown>[];
  heartbeats: number;
  /** Dispatches THREAD_CREATE (newly created) for a thread of `parentId` (a forum post, say); returns it. */
  createThread(thread: {
    id: string;
    parentId: string;
    name: string;
    ownerId?: string;
  }): Record<string, unknown>;
  /**
   * Sends a gateway dispatch (op 0) with the next sequence number to every identified connection whose shard
   * owns the event's server; returns the `[id, count]` shard of each connection it went to.
   */
  dispatch(event: string, data: unknown): [number, number][];
  /** Polls the recorded requests until one matches; rejects after `timeoutMs` listing what was seen. */
  waitFor(predicate: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** Answers the next request matching `predicate` with an error status instead. */
  failNext(predicate: (request: RecordedRequest) => boolean, status: number): void;
  close(): Promise<void>;
}

const DISCORD_EPOCH = 1420070400000n;
let sequence = 0;

/** A unique, well-formed snowflake (timestamp + counter). */
export function snowflake(): string {
  sequence = (sequence + 1) % 4096;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | BigInt(sequence)).toString();
}

/** The shard of `count` that receives a server's events: (guild_id >> 22) % count. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** A snowflake whose server would be on shard `shard` of `count`. */
function snowflakeOnShard(shard: number, count: number): string {
  const id = BigInt(snowflake());
  const time = id >> 22n;
  const placed = time - (time % BigInt(count)) + BigInt(shard);
  return ((placed << 22n) | (id & 0x3fffffn)).toString();
}

export async function startFakeDiscord(
  options: {
    heartbeatIntervalMs?: number;
    /** Keep the first server's channel id across fakes (a restart test). */
    channelId?: string;
    /** Shards GET /gateway/bot recommends and IDENTIFY must use at least (default 1). */
    shards?: number;
    /** session_start_limit.max_concurrency: IDENTIFYs allowed per 5 s (default 1). */
    maxConcurrency?: number;
  } = {},
): Promise<FakeDiscord> {
  const shardCount = options.shards ?? 1;
  const botUser: FakeUser = { id: snowflake(), username: "newsroom-qa" };
  const applicationId = botUser.id;
  const guilds: FakeGuild[] = Array.from({ length: shardCount }, (_, shard) => ({
    id: snowflakeOnShard(shard, shardCount),
    channelId: shard === 0 && options.channelId ? options.channelId : snowflake(),
  }));
  const [{ id: guildId, channelId } = { id: "", channelId: "" }] = guilds;
  const editorsChannelId = snowflake();
  const editorsRoleId = snowflake();
  const forumId = snowflake();
  const forumThreadId = snowflake();
  const requests: RecordedRequest[] = [];
  const identifies: Record<string, unknown>[] = [];
  const failures: { predicate: (request: RecordedRequest) => boolean; status: number }[] = [];
  const sockets = new Set<WebSocket>();
  /** The `[id, count]` each connection identified with. */
  const socketShards = new Map<WebSocket, [number, number]>();
  let seq = 0;
  let heartbeats = 0;

  const server = createServer((request, response) => {
    handleRest(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  const wss = new WebSocketServer({ server });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const wsUrl = `ws://127.0.0.1:${port}`;

  const message = (channel: string, body: Record<string, unknown>, id = snowflake()) => ({
    id,
    channel_id: channel,
    type: 0,
    content: body.content ?? "",
    author: { ...botUser, discriminator: "0000", avatar: null, global_name: null, bot: true },
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    pinned: false,
    flags: body.flags ?? 0,
  });

  async function handleRest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://fake");
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const record: RecordedRequest = {
      method: request.method ?? "GET",
      path: decodeURIComponent(url.pathname),
      query: url.search,
      body: raw ? JSON.parse(raw) : undefined,
      authorization: request.headers.authorization,
      response: undefined,
    };
    requests.push(record);
    const send = (status: number, payload?: unknown) => {
      record.response = payload;
      if (payload === undefined) response.writeHead(status).end();
      else response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
    };
    const failure = failures.findIndex((candidate) => candidate.predicate(record));
    if (failure >= 0) {
      const [{ status } = { status: 500 }] = failures.splice(failure, 1);
      return send(status, { message: "Fake failure", code: 0 });
    }
    const body = (record.body ?? {}) as Record<string, unknown>;
    const route = `${record.method} ${record.path}`;
    if (route === "GET /api/v10/gateway/bot") {
      return send(200, {
        url: wsUrl,
        shards: shardCount,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 86_400_000,
          max_concurrency: options.maxConcurrency ?? 1,
        },
      });
    }
    if (route === "GET /api/v10/users/@me") {
      return send(200, { ...botUser, discriminator: "0000", avatar: null, global_name: null, bot: true });
    }
    if (/^POST \/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(route)) return send(204);
    if (/^PATCH \/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/(@original|\d+)$/.test(route)) {
      return send(200, message(channelId, body));
    }
    if (/^POST \/api\/v10\/webhooks\/\d+\/[^/]+$/.test(route)) return send(200, message(channelId, body));
    // A thread started on a message has the message's id (Start Thread from Message).
    const startThread = /^POST \/api\/v10\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(route);
    if (startThread) {
      return send(
        201,
        threadChannel({
          id: startThread[2] ?? snowflake(),
          parentId: startThread[1] ?? channelId,
          name: String(body.name ?? ""),
          ownerId: botUser.id,
        }),
      );
    }
    const channelMessage = /^POST \/api\/v10\/channels\/(\d+)\/messages$/.exec(route);
    if (channelMessage) return send(200, message(channelMessage[1] ?? channelId, body));
    if (/^POST \/api\/v10\/channels\/\d+\/typing$/.test(route)) return send(204);
    if (/^PUT \/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(route)) {
      const commands = Array.isArray(record.body) ? (record.body as Record<string, unknown>[]) : [];
      return send(
        200,
        commands.map((command) => ({
          id: snowflake(),
          application_id: applicationId,
          version: snowflake(),
          ...command,
        })),
      );
    }
    return send(404, { message: "Unknown", code: 0 });
  }

  const sendFrame = (socket: WebSocket, frame: unknown) => socket.send(JSON.stringify(frame));
  const dispatchTo = (socket: WebSocket, t: string, d: unknown) =>
    sendFrame(socket, { op: 0, t, s: ++seq, d });

  wss.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => {
      sockets.delete(socket);
      socketShards.delete(socket);
    });
    sendFrame(socket, { op: 10, d: { heartbeat_interval: options.heartbeatIntervalMs ?? 1000 } });
    socket.on("message", (data) => {
      const frame = JSON.parse(String(data)) as { op: number; d: Record<string, unknown> };
      if (frame.op === 1) {
        heartbeats++;
        sendFrame(socket, { op: 11 });
      } else if (frame.op === 2) {
        identifies.push(frame.d);
        const [id, count] = (frame.d.shard as [number, number] | undefined) ?? [0, 1];
        if (count < shardCount) return socket.close(4011, "Sharding required");
        if (id < 0 || id >= count) return socket.close(4010, "Invalid shard");
        socketShards.set(socket, [id, count]);
        const own = guilds.filter((guild) => shardOf(guild.id, count) === id);
        dispatchTo(socket, "READY", readyPayload(own, [id, count]));
        for (const guild of own) dispatchTo(socket, "GUILD_CREATE", guildPayload(guild));
      }
    });
  });

  const threadChannel = (thread: { id: string; parentId: string; name: string; ownerId: string }) => ({
    id: thread.id,
    type: 11,
    guild_id: guildId,
    parent_id: thread.parentId,
    owner_id: thread.ownerId,
    name: thread.name,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    flags: 0,
    applied_tags: [],
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: new Date().toISOString(),
      locked: false,
      create_timestamp: new Date().toISOString(),
    },
  });

  const readyPayload = (own: FakeGuild[], shard: [number, number]) => ({
    v: 10,
    user: { ...botUser, discriminator: "0000", avatar: null, global_name: null, bot: true },
    guilds: own.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: "fake-session",
    resume_gateway_url: wsUrl,
    application: { id: applicationId, flags: 0 },
    shard,
  });

  const guildPayload = ({ id: guildId, channelId }: FakeGuild) => ({
    id: guildId,
    name: "Newsroom readers",
    icon: null,
    owner_id: snowflake(),
    unavailable: false,
    member_count: 3,
    large: false,
    joined_at: new Date().toISOString(),
    features: [],
    emojis: [],
    stickers: [],
    roles: [
      {
        id: guildId,
        name: "@everyone",
        permissions: "0",
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
      {
        id: editorsRoleId,
        name: "editors",
        permissions: "0",
        position: 1,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: true,
        flags: 0,
      },
    ],
    members: [],
    channels: [
      {
        id: channelId,
        type: 0,
        name: "ask-the-archive",
        position: 0,
        permission_overwrites: [],
        guild_id: guildId,
      },
      {
        id: editorsChannelId,
        type: 0,
        name: "editors",
        position: 1,
        permission_overwrites: [],
        guild_id: guildId,
      },
      {
        id: forumId,
        type: 15,
        name: "ask-forum",
        position: 2,
        permission_overwrites: [],
        guild_id: guildId,
        available_tags: [],
        default_reaction_emoji: null,
        default_sort_order: null,
        default_forum_layout: 0,
        flags: 0,
        topic: null,
        rate_limit_per_user: 0,
        nsfw: false,
      },
    ],
    threads: [
      {
        id: forumThreadId,
        type: 11,
        name: "A forum question",
        parent_id: forumId,
        guild_id: guildId,
        owner_id: snowflake(),
        message_count: 1,
        member_count: 1,
        thread_metadata: {
          archived: false,
          auto_archive_duration: 1440,
          archive_timestamp: new Date().toISOString(),
          locked: false,
        },
        flags: 0,
      },
    ],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  });

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    botUser,
    applicationId,
    guildId,
    channelId,
    editorsChannelId,
    editorsRoleId,
    forumId,
    forumThreadId,
    guilds,
    requests,
    identifies,
    get heartbeats() {
      return heartbeats;
    },
    createThread(thread) {
      const data = { ...threadChannel({ ownerId: botUser.id, ...thread }), newly_created: true };
      for (const socket of sockets) dispatchTo(socket, "THREAD_CREATE", data);
      return data;
    },
    dispatch(event, data) {
      const guild = (data as { guild_id?: string } | null)?.guild_id;
      const reached: [number, number][] = [];
      for (const [socket, [id, count]] of socketShards) {
        if ((guild ? shardOf(guild, count) : 0) !== id) continue;
        dispatchTo(socket, event, data);
        reached.push([id, count]);
      }
      return reached;
    },
    async waitFor(predicate, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = requests.find(predicate);
        if (found) return found;
        if (Date.now() > deadline) {
          const seen = requests.map((request) => `${request.method} ${request.path}`).join("\n  ");
          throw new Error(`fake Discord: no matching request within ${timeoutMs} ms; saw:\n  ${seen}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    failNext(predicate, status) {
      failures.push({ predicate, status });
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
