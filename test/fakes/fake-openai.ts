/** A loopback OpenAI for the real @langchain/openai client: embeddings (float or base64) and scripted chat, every request recorded. */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { embedHashed } from "../../src/embedders/local-embedder";

export interface ChatMessage {
  role: string;
  content: string;
}

export interface ChatRequest {
  headers: IncomingHttpHeaders;
  body: {
    model: string;
    messages: ChatMessage[];
    stream?: boolean;
    max_tokens?: number;
    response_format?: unknown;
  };
}

export interface EmbeddingRequest {
  headers: IncomingHttpHeaders;
  body: {
    model: string;
    input: string | string[];
    encoding_format?: "float" | "base64";
    dimensions?: number;
  };
}

/**
 * What the fake does with one request: answer (chat: `json` becomes the message content as JSON text,
 * `content` is sent as is), fail with a status (and headers such as Retry-After), or never answer.
 */
export type Reply =
  | { json: unknown }
  | { content: string }
  | { status: number; headers?: Record<string, string>; message?: string; code?: string }
  | { hang: true };

export type ChatScript = (request: ChatRequest) => Reply;

export interface FakeOpenAI {
  /** Base URL for OPENAI_BASE_URL, ending in /v1. */
  url: string;
  chatRequests: ChatRequest[];
  embeddingRequests: EmbeddingRequest[];
  /** Every text sent for embedding, in order. */
  embeddingInputs(): string[];
  /** Replies for the next chat requests, in order; after them `chatDefault` answers. */
  queueChat(...replies: (Reply | ChatScript)[]): void;
  chatDefault: ChatScript;
  /** Replies for the next embedding requests (failures); after them, vectors. */
  queueEmbeddings(...replies: Reply[]): void;
  /** Forgets recorded requests and queued replies. */
  reset(): void;
  close(): Promise<void>;
}

const SIZES: Record<string, number> = { "text-embedding-3-large": 3072 };

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function sendFailure(
  res: ServerResponse,
  reply: { status: number; headers?: Record<string, string>; message?: string; code?: string },
) {
  send(
    res,
    reply.status,
    {
      error: {
        message: reply.message ?? `fake failure ${reply.status}`,
        type: "fake",
        code: reply.code ?? null,
      },
    },
    reply.headers,
  );
}

/** Deterministic vectors from the local embedder's hashed part, so similar texts are near in the fake's space too. */
function embeddingResponse(body: EmbeddingRequest["body"]) {
  const inputs = Array.isArray(body.input) ? body.input : [body.input];
  const dimensions = body.dimensions ?? SIZES[body.model] ?? 1536;
  const data = inputs.map((text, index) => {
    const vector = embedHashed(text, dimensions);
    const embedding =
      body.encoding_format === "base64"
        ? Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString("base64")
        : Array.from(vector);
    return { object: "embedding", index, embedding };
  });
  const tokens = inputs.reduce((sum, text) => sum + Math.ceil(text.length / 4), 0);
  return { object: "list", data, model: body.model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}

function chatResponse(model: string, content: string) {
  return {
    id: `chatcmpl-fake-${Date.now()}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message: { role: "assistant", content, refusal: null },
        logprobs: null,
        finish_reason: "stop",
      },
    ],
    usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
  };
}

/** `apiKey`: the key GET /v1/models accepts (others get 401, as OpenAI answers); any key when unset. */
export async function startFakeOpenAI(options: { apiKey?: string } = {}): Promise<FakeOpenAI> {
  const chatQueue: (Reply | ChatScript)[] = [];
  const embeddingQueue: Reply[] = [];
  const hanging = new Set<ServerResponse>();

  const fake: Omit<FakeOpenAI, "url" | "close"> = {
    chatRequests: [],
    embeddingRequests: [],
    embeddingInputs: () =>
      fake.embeddingRequests.flatMap((r) => (Array.isArray(r.body.input) ? r.body.input : [r.body.input])),
    queueChat: (...replies) => chatQueue.push(...replies),
    chatDefault: () => ({ status: 500, message: "no scripted chat reply" }),
    queueEmbeddings: (...replies) => embeddingQueue.push(...replies),
    reset: () => {
      fake.chatRequests.length = 0;
      fake.embeddingRequests.length = 0;
      chatQueue.length = 0;
      embeddingQueue.length = 0;
    },
  };

  const respond = (res: ServerResponse, reply: Reply, model: string) => {
    if ("hang" in reply) hanging.add(res);
    else if ("status" in reply) sendFailure(res, reply);
    else send(res, 200, chatResponse(model, "json" in reply ? JSON.stringify(reply.json) : reply.content));
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
      if (req.method === "POST" && req.url === "/v1/embeddings") {
        fake.embeddingRequests.push({ headers: req.headers, body });
        const reply = embeddingQueue.shift();
        if (reply && "hang" in reply) hanging.add(res);
        else if (reply && "status" in reply) sendFailure(res, reply);
        else send(res, 200, embeddingResponse(body));
      } else if (req.method === "POST" && req.url === "/v1/chat/completions") {
        const request: ChatRequest = { headers: req.headers, body };
        fake.chatRequests.push(request);
        const next = chatQueue.shift() ?? fake.chatDefault;
        try {
          respond(res, typeof next === "function" ? next(request) : next, body.model);
        } catch (error) {
          sendFailure(res, { status: 500, message: `chat script failed: ${(error as Error).message}` });
        }
      } else if (req.method === "GET" && req.url === "/v1/models") {
        if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) {
          sendFailure(res, { status: 401, message: "Incorrect API key provided", code: "invalid_api_key" });
        } else {
          const data = ["gpt-4o-mini", "text-embedding-3-small"].map((id) => ({ id, object: "model" }));
          send(res, 200, { object: "list", data });
        }
      } else {
        send(res, 404, {
          error: { message: `fake has no ${req.method} ${req.url}`, type: "fake", code: null },
        });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
