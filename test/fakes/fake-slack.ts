/** A loopback fake Slack: Web API + response_url endpoints that record calls, and a Socket Mode server. */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

export interface RecordedCall {
  /** Web API method (`chat.postMessage`), or `response_url` for posts to a response_url. */
  method: string;
  body: Record<string, unknown>;
  /** For `response_url` calls: the id in /response/<id>. */
  responseId?: string;
  authorization?: string;
  /** What the fake answered (for Web API calls). */
  response?: Record<string, unknown>;
}

export interface FakeSlack {
  /** Base Web API url, for SLACK_API_URL / clientOptions.slackApiUrl. */
  apiUrl: string;
  botUserId: string;
  calls: RecordedCall[];
  /** A response_url that records what is posted to it (method `response_url`). */
  responseUrl(id?: string): string;
  callsTo(method: string): RecordedCall[];
  /** Polls `probe` until it returns something truthy; rejects after `timeoutMs` (default 3 s). */
  waitFor<T>(probe: () => T | undefined | null | false, description?: string, timeoutMs?: number): Promise<T>;
  /** Waits for the `count`-th call to `method` (1-based) matching `match`. */
  waitForCall(
    method: string,
    match?: (call: RecordedCall) => boolean,
    count?: number,
    timeoutMs?: number,
  ): Promise<RecordedCall>;
  /** Makes the next call to `method` answer `{ ok: false, error }`. */
  failNext(method: string, error: string): void;
  /** Makes the next `times` calls to `method` answer an HTTP error status (e.g. 501) instead. */
  failNextWithStatus(method: string, status: number, times?: number): void;
  /**
   * Sends an envelope on a Socket Mode connection (the first, or the `connection`-th in the order they
   * connected: Slack spreads an app's events over its connections) and resolves with the client's ack payload.
   */
  pushEnvelope(
    type: "events_api" | "slash_commands" | "interactive",
    payload: unknown,
    retryAttempt?: number,
    connection?: number,
  ): Promise<unknown>;
  /** How many Socket Mode clients are connected. */
  connections(): number;
  /** Resolves once a Socket Mode client is connected. */
  connected(): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeSlack(
  options: { botUserId?: string; botId?: string } = {},
): Promise<FakeSlack> {
  const botUserId = options.botUserId ?? "UBOT";
  const calls: RecordedCall[] = [];
  const failures = new Map<string, string[]>();
  const statusFailures = new Map<string, number[]>();
  const sockets = new Set<WebSocket>();
  const pendingAcks = new Map<string, (payload: unknown) => void>();
  let connectedWaiters: (() => void)[] = [];
  let tsCounter = 0;
  const nextTs = () => `${1_700_000_000 + ++tsCounter}.000100`;

  const server: Server = createServer(async (request, response) => {
    const raw = await readBody(request);
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (path.startsWith("/response/")) {
      calls.push({
        method: "response_url",
        responseId: path.slice("/response/".length),
        body: parseBody(raw, request),
      });
      return reply(200, { ok: true });
    }
    if (!path.startsWith("/api/")) return reply(404, { ok: false, error: "unknown_path" });
    const method = path.slice("/api/".length);
    const body = parseBody(raw, request);
    const call: RecordedCall = { method, body, authorization: request.headers.authorization };
    calls.push(call);
    const status = statusFailures.get(method)?.shift();
    if (status) return reply(status, { ok: false, error: "fake_http_failure" });
    const failure = failures.get(method)?.shift();
    if (failure) return reply(200, { ok: false, error: failure });
    call.response = answer(method, body);
    reply(200, call.response);
  });

  function answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://fake.slack.test/",
          team: "Fake",
          user: "newsroom-qa",
          team_id: "T1",
          user_id: botUserId,
          bot_id: options.botId ?? "BBOT",
        };
      case "apps.connections.open":
        return { ok: true, url: `ws://127.0.0.1:${port()}/socket` };
      case "chat.postMessage": {
        const ts = nextTs();
        const channel = String(body.channel).startsWith("U")
          ? `D${String(body.channel).slice(1)}`
          : body.channel;
        return { ok: true, channel, ts, message: { ts, text: body.text, bot_id: options.botId ?? "BBOT" } };
      }
      case "chat.update":
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      case "chat.postEphemeral":
        return { ok: true, message_ts: nextTs() };
      case "chat.getPermalink":
        return {
          ok: true,
          channel: body.channel,
          permalink: `https://fake.slack.test/archives/${body.channel}/p${String(body.message_ts).replace(".", "")}`,
        };
      case "views.open":
      case "views.update":
      case "views.publish":
        return { ok: true, view: { id: `V${++tsCounter}` } };
      default:
        return { ok: true };
    }
  }

  const wss = new WebSocketServer({ server, path: "/socket" });
  wss.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("message", (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (message.envelope_id) pendingAcks.get(message.envelope_id)?.(message.payload);
    });
    socket.send(
      JSON.stringify({
        type: "hello",
        num_connections: 1,
        debug_info: { host: "fake" },
        connection_info: { app_id: "A1" },
      }),
    );
    for (const resolve of connectedWaiters) resolve();
    connectedWaiters = [];
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = () => (server.address() as AddressInfo).port;

  async function waitFor<T>(
    probe: () => T | undefined | null | false,
    description = "condition",
    timeoutMs = 3000,
  ) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (Date.now() > deadline) {
        const seen = calls.map((call) => call.method).join(", ") || "none";
        throw new Error(`fake Slack: timed out waiting for ${description} (calls so far: ${seen})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  return {
    apiUrl: `http://127.0.0.1:${port()}/api/`,
    botUserId,
    calls,
    responseUrl: (id = randomUUID()) => `http://127.0.0.1:${port()}/response/${id}`,
    callsTo: (method) => calls.filter((call) => call.method === method),
    waitFor,
    waitForCall: (method, match = () => true, count = 1, timeoutMs = 3000) =>
      waitFor(
        () => calls.filter((call) => call.method === method && match(call))[count - 1],
        `call #${count} to ${method}`,
        timeoutMs,
      ),
    failNext(method, error) {
      failures.set(method, [...(failures.get(method) ?? []), error]);
    },
    failNextWithStatus(method, status, times = 1) {
      statusFailures.set(method, [...(statusFailures.get(method) ?? []), ...Array(times).fill(status)]);
    },
    connections: () => sockets.size,
    pushEnvelope(type, payload, retryAttempt = 0, connection = 0) {
      const socket = [...sockets][connection];
      if (!socket) return Promise.reject(new Error("fake Slack: no Socket Mode client connected"));
      const envelopeId = randomUUID();
      const acked = new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`fake Slack: envelope ${type} not acked`)), 3000);
        pendingAcks.set(envelopeId, (ackPayload) => {
          clearTimeout(timer);
          pendingAcks.delete(envelopeId);
          resolve(ackPayload);
        });
      });
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          accepts_response_payload: type !== "events_api",
          retry_attempt: retryAttempt,
          retry_reason: retryAttempt > 0 ? "timeout" : "",
          payload,
        }),
      );
      return acked;
    },
    connected: () =>
      sockets.size > 0 ? Promise.resolve() : new Promise<void>((resolve) => connectedWaiters.push(resolve)),
    async close() {
      // Clients should have closed (app.stop()) already; wait briefly, then cut whatever is left.
      await waitFor(() => sockets.size === 0, "Socket Mode client to disconnect", 1000).catch(() => {
        for (const socket of sockets) socket.terminate();
      });
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** Form bodies (the WebClient) have JSON-encoded values for blocks etc.; response_url bodies are JSON. */
function parseBody(raw: string, request: IncomingMessage): Record<string, unknown> {
  if (!raw) return {};
  if (String(request.headers["content-type"]).includes("application/json"))
    return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return body;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
