import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failureTextCheck } from "../../pipeline/checks";
import { specOf } from "../../pipeline/simulate/test-catalog";
import { bindExecutors, chooseExecutor } from "../choose-executor";
import { ExecutorError } from "../errors";
import { createSession } from "../session";
import { createHttpExecutor, expandUrl } from "./http-executor";

const read = async (request: IncomingMessage): Promise<string> => {
  let body = "";
  for await (const chunk of request) body += String(chunk);
  return body;
};

const tool = (name: string) => ({ ...specOf(name, { properties: { city: { type: "string" } } }), toolkit: "weather api" });

describe("the HTTP executor against a node:http server on 127.0.0.1", () => {
  let server: Server;
  let base: string;
  const seen: Array<{ url: string; method: string; type: string; key: string; body: unknown }> = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      void read(request).then((text) => {
        seen.push({ url: request.url ?? "", method: request.method ?? "", type: request.headers["content-type"] ?? "", key: String(request.headers["x-api-key"]), body: JSON.parse(text) });
        const name = request.url?.split("/").pop();
        if (name === "bad") return response.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ message: "city is required" }));
        if (name === "broken") return response.writeHead(503).end("down for maintenance");
        if (name === "slow") return setTimeout(() => response.end("{}"), 1000);
        if (name === "plain") return response.end("sunny");
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ tool: name, received: JSON.parse(text), temperature: 21 }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** A short limit only where the test waits for it: loaded machines answer the other calls slower. */
  const executor = (timeoutMs = 10_000) => createHttpExecutor([{ toolkit: "weather api", url: `${base}/toolkits/{toolkit}/{name}`, headers: { "x-api-key": "k-1" } }], { timeoutMs });

  it("POSTs the arguments as JSON to the toolkit's URL and returns the parsed answer", async () => {
    const execute = bindExecutors([executor()], createSession());
    expect(await execute({ name: "forecast", arguments: { city: "Oslo" } }, tool("forecast"), [])).toEqual({ tool: "forecast", received: { city: "Oslo" }, temperature: 21 });
    expect(seen.at(-1)).toEqual({ url: "/toolkits/weather%20api/forecast", method: "POST", type: "application/json", key: "k-1", body: { city: "Oslo" } });
    expect(await execute({ name: "plain", arguments: {} }, tool("plain"), [])).toBe("sunny");
  });

  it("handles only its toolkits", () => {
    expect(chooseExecutor([executor()], tool("forecast")).kind).toBe("http");
    expect(chooseExecutor([executor()], specOf("forecast", {})).kind).toBe("simulated");
  });

  it("turns a 4xx answer into an {error} output the failure check flags", async () => {
    const output = await executor().execute({ name: "bad", arguments: {} }, tool("bad"), createSession());
    expect(output).toEqual({ error: "HTTP 400 Bad Request", detail: { message: "city is required" } });
    expect(failureTextCheck([output]).passed).toBe(false);
  });

  it.each([
    ["a 5xx answer", "broken", "server_error", 10_000],
    ["a timeout", "slow", "timeout", 100],
  ])("throws ExecutorError on %s", async (_label, name, code, timeoutMs) => {
    await expect(executor(timeoutMs).execute({ name, arguments: {} }, tool(name), createSession())).rejects.toMatchObject({ name: "ExecutorError", kind: "http", code });
  });

  it("throws ExecutorError when nothing listens", async () => {
    const closed = createHttpExecutor([{ toolkit: "weather api", url: "http://127.0.0.1:9/{name}" }]);
    const failure = closed.execute({ name: "forecast", arguments: {} }, tool("forecast"), createSession());
    await expect(failure).rejects.toBeInstanceOf(ExecutorError);
    await expect(failure).rejects.toMatchObject({ code: "unreachable" });
  });

  it("expands {name}, {toolkit} and {id}, URL-encoded", () => {
    expect(expandUrl("http://h/{toolkit}/{id}/{name}?x={name}", { ...tool("a/b"), id: "weather.a/b" })).toBe("http://h/weather%20api/weather.a%2Fb/a%2Fb?x=a%2Fb");
  });
});
