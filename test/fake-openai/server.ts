import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

/** What the fake answers to one chat completion request. */
export type FakeReply =
  /** A normal completion; `content: null` with `toolCalls` mimics a native function-calling answer. */
  | {
      kind: "text";
      content: string | null;
      toolCalls?: Array<{ name: string; arguments: string }>;
      delayMs?: number;
      usage?: { prompt_tokens: number; completion_tokens: number };
      model?: string;
    }
  /** An error status with an OpenAI-style error body, e.g. 429 with `{ "retry-after": "1" }`. */
  | { kind: "status"; status: number; message?: string; headers?: Record<string, string>; delayMs?: number }
  /** Sends nothing until the client gives up (or the server closes). */
  | { kind: "hang" }
  /** 200 with half a JSON body: "end" finishes the response cleanly, "reset" destroys the socket. */
  | { kind: "truncated"; mode?: "end" | "reset" }
  /** Any body verbatim, for shapes the other kinds do not cover. */
  | { kind: "raw"; status?: number; contentType?: string; body: string };

/** `(parsed body, 0-based index of this chat request) → reply`, or a queue consumed in order. */
export type FakeScript = FakeReply[] | ((body: unknown, index: number) => FakeReply | Promise<FakeReply>);

export interface RecordedRequest {
  method: string;
  path: string;
  /** Every header except Authorization, so a test can prove the key went nowhere else. */
  headers: Record<string, string>;
  /** Whether the Authorization header was exactly `Bearer <apiKey>` (when the fake was given one). */
  authorized: boolean;
  bodyText: string;
  body: unknown;
  receivedAt: number;
}

export interface FakeOpenAI {
  /** Base URL for the openai client, ending in `/v1`. */
  url: string;
  requests: RecordedRequest[];
  /** Chat requests being answered right now, and the most there ever were at once. */
  readonly inFlight: number;
  readonly maxInFlight: number;
  close(): Promise<void>;
}

export interface FakeOptions {
  /** When set, requests without `Authorization: Bearer <apiKey>` get a 401 before the script runs. */
  apiKey?: string;
  models?: string[];
}

/** Text completions, the reply most scripts need. */
export const text = (content: string, extra: Omit<Extract<FakeReply, { kind: "text" }>, "kind" | "content"> = {}): FakeReply => ({
  kind: "text",
  content,
  ...extra,
});

/**
 * An OpenAI-compatible server on 127.0.0.1 (ephemeral port) for tests and the throughput benchmark:
 * POST /v1/chat/completions follows the script, GET /v1/models lists `models`. Every request is
 * recorded. `close()` ends hanging and delayed replies and stops the server.
 */
export async function startFakeOpenAI(script: FakeScript, options: FakeOptions = {}): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  const queue = Array.isArray(script) ? [...script] : [];
  const pick = Array.isArray(script)
    ? (_body: unknown, index: number): FakeReply => queue.shift() ?? { kind: "status", status: 500, message: `fake-openai: script exhausted at request ${index}` }
    : script;
  let chatIndex = 0;
  let inFlight = 0;
  let maxInFlight = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: `fake-openai: ${String(error)}`, type: "server_error" } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Bound to loopback already; refusing anything else keeps the fake from ever serving the network.
    if (!isLoopback(req.socket.remoteAddress)) return void req.socket.destroy();
    const bodyText = await readBody(req);
    const { authorization, ...headers } = req.headers;
    const record: RecordedRequest = {
      method: req.method ?? "",
      path: req.url ?? "",
      headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)])),
      authorized: options.apiKey === undefined || authorization === `Bearer ${options.apiKey}`,
      bodyText,
      body: parseJson(bodyText),
      receivedAt: Date.now(),
    };
    requests.push(record);
    if (!record.authorized) return sendJson(res, 401, { error: { message: "fake-openai: bad API key", type: "invalid_request_error", code: "invalid_api_key" } });
    if (req.method === "GET" && req.url === "/v1/models") {
      const data = (options.models ?? ["fake-model"]).map((id) => ({ id, object: "model", created: 0, owned_by: "fake-openai" }));
      return sendJson(res, 200, { object: "list", data });
    }
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") return sendJson(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await answer(await pick(record.body, chatIndex++), record.body, req, res);
    } finally {
      inFlight--;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("fake-openai: not listening on TCP");

  return {
    url: `http://127.0.0.1:${address.port}/v1`,
    requests,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answer(reply: FakeReply, body: unknown, req: IncomingMessage, res: ServerResponse): Promise<void> {
  switch (reply.kind) {
    case "text": {
      if (!(await wait(reply.delayMs ?? 0, req))) return;
      const model = reply.model ?? requestedModel(body);
      const toolCalls = reply.toolCalls?.map((call, index) => ({ id: `call_${index}`, type: "function", function: call }));
      const message = { role: "assistant", content: reply.content, ...(toolCalls ? { tool_calls: toolCalls } : {}) };
      const usage = reply.usage ?? { prompt_tokens: 10, completion_tokens: 5 };
      return sendJson(res, 200, {
        id: `chatcmpl-fake`,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [{ index: 0, message, finish_reason: toolCalls ? "tool_calls" : "stop" }],
        usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
      });
    }
    case "status":
      if (!(await wait(reply.delayMs ?? 0, req))) return;
      return sendJson(res, reply.status, { error: { message: reply.message ?? `fake-openai: status ${reply.status}`, type: "fake_error" } }, reply.headers);
    case "hang":
      // Resolve when the client gives up, so the server's bookkeeping (inFlight) stays truthful.
      return new Promise<void>((resolve) => res.once("close", resolve));
    case "truncated": {
      const full = JSON.stringify({ id: "chatcmpl-fake", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: "cut" } }] });
      res.writeHead(200, { "content-type": "application/json" });
      const half = full.slice(0, Math.floor(full.length / 2));
      // Destroy only once the half is on the wire, so the client has headers and is mid-body.
      if (reply.mode === "reset") return void res.write(half, () => res.destroy());
      return void res.end(half);
    }
    case "raw":
      res.writeHead(reply.status ?? 200, { "content-type": reply.contentType ?? "application/json" });
      return void res.end(reply.body);
  }
}

/** Resolves false if the client disconnected first, so a late write does not hit a dead socket. */
function wait(ms: number, req: IncomingMessage): Promise<boolean> {
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      req.socket.off("close", onClose);
      resolve(true);
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    req.socket.once("close", onClose);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function requestedModel(body: unknown): string {
  const model = body !== null && typeof body === "object" && "model" in body ? body.model : undefined;
  return typeof model === "string" ? model : "fake-model";
}

function isLoopback(address: string | undefined): boolean {
  return address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";
}
