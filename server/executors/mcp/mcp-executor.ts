import type { Executor } from "../types";
import type { McpConnection } from "./connect-mcp";

/**
 * Functions of `toolkit` run on the MCP server behind `connection`. The server keeps its own state, so
 * sessions that share a server share that state; start one server per trajectory where that matters.
 */
export function createMcpExecutor(connection: McpConnection, toolkit: string): Executor {
  return {
    kind: "mcp",
    handles: (spec) => spec.toolkit === toolkit,
    execute: (call, spec) => connection.callTool(spec.name, call.arguments),
  };
}
