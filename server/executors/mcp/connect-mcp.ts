import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { getDefaultEnvironment, StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { CallToolResultSchema, type ListToolsResult } from "@modelcontextprotocol/sdk/types.js";
import { ExecutorError } from "../errors";
import { toolOutput } from "./tool-output";

/** Where an MCP server is: a command to start (stdio) or a streamable HTTP endpoint. */
export type McpTarget =
  | { transport: "stdio"; command: string; args?: string[]; env?: Record<string, string>; cwd?: string }
  | { transport: "http"; url: string; headers?: Record<string, string> };

export interface McpConnection {
  /** The server's own name (serverInfo.name), the natural toolkit name of its tools. */
  readonly serverName: string | undefined;
  /** A complete `tools/list` result (every page), importable as an MCP catalog. */
  listTools(): Promise<ListToolsResult>;
  /** The call's output: structuredContent, else the parsed text content; `{error}` when the tool failed. */
  callTool(name: string, args: Record<string, unknown>): Promise<unknown>;
  close(): Promise<void>;
}

export interface McpOptions {
  /** Per request; the SDK's default is 60 s. */
  timeoutMs?: number;
}

const STDERR_TAIL = 2000;

/** The transport, and the end of what a started server wrote to stderr (drained so it never blocks). */
function transportFor(target: McpTarget): { transport: Transport; stderr: () => string } {
  if (target.transport === "http") {
    const options = target.headers === undefined ? undefined : { requestInit: { headers: target.headers } };
    return { transport: new StreamableHTTPClientTransport(new URL(target.url), options), stderr: () => "" };
  }
  const transport = new StdioClientTransport({
    command: target.command,
    args: target.args ?? [],
    // The SDK passes only a safe subset of the environment; the caller's additions go on top.
    env: { ...getDefaultEnvironment(), ...target.env },
    ...(target.cwd === undefined ? {} : { cwd: target.cwd }),
    stderr: "pipe",
  });
  let tail = "";
  transport.stderr?.on("data", (chunk: unknown) => {
    tail = (tail + String(chunk)).slice(-STDERR_TAIL);
  });
  return { transport, stderr: () => tail.trim() };
}

const describeTarget = (target: McpTarget): string => (target.transport === "http" ? target.url : [target.command, ...(target.args ?? [])].join(" "));

function failure(target: McpTarget, doing: string, error: unknown, stderr = ""): ExecutorError {
  const message = error instanceof Error ? error.message : String(error);
  const code = /timed? ?out/i.test(message) ? "timeout" : doing === "connect" ? "unreachable" : "protocol";
  const said = stderr === "" ? "" : ` (server stderr: ${stderr})`;
  return new ExecutorError("mcp", code, `MCP ${describeTarget(target)}: ${doing} failed: ${message}${said}`, { cause: error });
}

/** Connects (initialize handshake included); the connection is shared by every session that uses the server. */
export async function connectMcp(target: McpTarget, options: McpOptions = {}): Promise<McpConnection> {
  const client = new Client({ name: "magnet-studio", version: "0.1.0" });
  const requestOptions = options.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs };
  const { transport, stderr } = transportFor(target);
  try {
    await client.connect(transport, requestOptions);
  } catch (error) {
    await client.close().catch(() => undefined);
    throw failure(target, "connect", error, stderr());
  }
  return {
    serverName: client.getServerVersion()?.name,
    async listTools() {
      const tools: ListToolsResult["tools"] = [];
      let cursor: string | undefined;
      try {
        do {
          const page = await client.listTools(cursor === undefined ? undefined : { cursor }, requestOptions);
          tools.push(...page.tools);
          cursor = page.nextCursor;
        } while (cursor !== undefined);
      } catch (error) {
        throw failure(target, "tools/list", error, stderr());
      }
      return { tools };
    },
    async callTool(name, args) {
      let result: Awaited<ReturnType<Client["callTool"]>>;
      try {
        result = await client.callTool({ name, arguments: args }, undefined, requestOptions);
      } catch (error) {
        throw failure(target, `tools/call ${name}`, error, stderr());
      }
      const parsed = CallToolResultSchema.safeParse(result);
      if (parsed.success) return toolOutput(parsed.data);
      // Servers speaking the 2024-10 protocol answer `{toolResult}` instead of content.
      if ("toolResult" in result) return result.toolResult;
      throw failure(target, `tools/call ${name}`, new Error("the result has neither content nor toolResult"));
    },
    close: () => client.close(),
  };
}
