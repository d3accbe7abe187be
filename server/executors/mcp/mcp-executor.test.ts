import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCatalogs } from "../../pipeline/catalog";
import { failureTextCheck, outputSchemaCheck, schemaCheck } from "../../pipeline/checks";
import type { FunctionSpec } from "../../pipeline/schemas/function-spec";
import { bindExecutors, chooseExecutor } from "../choose-executor";
import { ExecutorError } from "../errors";
import { createEchoServer } from "../fixtures/echo-tools";
import { createSession } from "../session";
import { createSimulatedExecutor } from "../simulated-executor";
import { connectMcp, type McpConnection } from "./connect-mcp";
import { createMcpExecutor } from "./mcp-executor";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const echoServer = fileURLToPath(new URL("../fixtures/echo-server.ts", import.meta.url));

/** The tools/list result imported the way a user would import a saved file: the catalog importer. */
function importListing(listing: unknown, file: string): FunctionSpec[] {
  return importCatalogs([{ file, bytes: new TextEncoder().encode(JSON.stringify(listing)) }]).functions;
}
const byName = (functions: FunctionSpec[], name: string): FunctionSpec => {
  const found = functions.find((spec) => spec.name === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
};

describe("MCP over stdio (our echo server started with node --import tsx)", () => {
  let connection: McpConnection;
  let functions: FunctionSpec[];

  beforeAll(async () => {
    connection = await connectMcp({ transport: "stdio", command: process.execPath, args: ["--import", "tsx", echoServer], cwd: repoRoot });
    functions = importListing(await connection.listTools(), `${connection.serverName ?? "mcp"}.json`);
  });
  afterAll(async () => connection?.close());

  it("lists the tools as a tools/list result the catalog importer reads", async () => {
    const listing = await connection.listTools();
    expect(connection.serverName).toBe("echo");
    expect(listing.tools.map((tool) => tool.name)).toEqual(["echo", "add", "count", "fail"]);
    expect(listing.tools[0]?.inputSchema).toMatchObject({ type: "object", properties: { text: { type: "string", description: "The text to repeat." } }, required: ["text"] });
    expect(functions.map((spec) => [spec.name, spec.toolkit, spec.source.format])).toEqual([
      ["echo", "echo", "mcp"],
      ["add", "echo", "mcp"],
      ["count", "echo", "mcp"],
      ["fail", "echo", "mcp"],
    ]);
    const add = byName(functions, "add");
    expect(add.returns).toMatchObject({ type: "object", properties: { sum: { type: "number" } } });
    // The SDK declares draft-07; the checks and the simulator read the imported schemas all the same.
    expect(schemaCheck(add, { name: "add", arguments: { a: 1, b: 2 } }).passed).toBe(true);
    expect(schemaCheck(add, { name: "add", arguments: { a: 1 } }).problems).toEqual(["arguments.b: is required"]);
    const simulated = await createSimulatedExecutor().execute({ name: "add", arguments: { a: 1, b: 2 } }, add, createSession(4));
    expect(outputSchemaCheck(add, simulated).problems).toEqual([]);
  });

  it("calls tools: text content as text, structuredContent as data, server state kept, errors as {error}", async () => {
    const executor = createMcpExecutor(connection, "echo");
    const execute = bindExecutors([executor], createSession(1));
    expect(chooseExecutor([executor], byName(functions, "echo")).kind).toBe("mcp");
    expect(await execute({ name: "echo", arguments: { text: "hello there" } }, byName(functions, "echo"), [])).toBe("hello there");
    expect(await execute({ name: "add", arguments: { a: 2, b: 3.5 } }, byName(functions, "add"), [])).toEqual({ sum: 5.5 });
    const first = (await execute({ name: "count", arguments: {} }, byName(functions, "count"), [])) as { calls: number };
    expect(await execute({ name: "count", arguments: {} }, byName(functions, "count"), [])).toEqual({ calls: first.calls + 1 });
    const refused = await execute({ name: "fail", arguments: {} }, byName(functions, "fail"), []);
    expect(refused).toEqual({ error: "Bad request: nothing to do" });
    expect(failureTextCheck([refused]).passed).toBe(false);
  });

  it("turns invalid arguments into an {error} output the failure check flags", async () => {
    const output = await connection.callTool("add", { a: "two", b: 3 });
    expect(output).toMatchObject({ error: expect.stringMatching(/invalid/i) });
    expect(failureTextCheck([output]).passed).toBe(false);
  });
});

describe("MCP servers that fail to start", () => {
  it("report ExecutorError with what the server wrote to stderr", async () => {
    const crash = connectMcp({ transport: "stdio", command: process.execPath, args: ["-e", "console.error('missing API key'); process.exit(3)"] });
    await expect(crash).rejects.toBeInstanceOf(ExecutorError);
    await expect(crash).rejects.toThrow(/missing API key/);
  });
});

describe("MCP over streamable HTTP on 127.0.0.1", () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => "session-1" });
    await createEchoServer().connect(transport);
    server = createServer((request, response) => void transport.handleRequest(request, response));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("lists and calls tools", async () => {
    const connection = await connectMcp({ transport: "http", url });
    try {
      expect((await connection.listTools()).tools.map((tool) => tool.name)).toEqual(["echo", "add", "count", "fail"]);
      expect(await connection.callTool("add", { a: 40, b: 2 })).toEqual({ sum: 42 });
    } finally {
      await connection.close();
    }
  });

  it("reports a server that is not there as ExecutorError", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(connectMcp({ transport: "http", url: `http://127.0.0.1:${port}/mcp` })).rejects.toBeInstanceOf(ExecutorError);
  });
});
