/** Tool execution (DESIGN.md 1.5): simulated, JavaScript toolkits, MCP and HTTP, behind one interface. */
export type { Executor, ExecutorKind, ExecutionState, ExecuteCall } from "./types";
export { executorKinds } from "./types";
export { ExecutorError, type ExecutorErrorCode } from "./errors";
export { createSession, type ExecutionSession } from "./session";
export { chooseExecutor, executorKindsFor, bindExecutors } from "./choose-executor";
export { createSimulatedExecutor, type SimulateFunction } from "./simulated-executor";
export { createJavaScriptExecutor, defineToolkit, type Toolkit, type ToolFunction, type ToolArguments } from "./javascript-executor";
export { builtinToolkits, createFileSystemToolkit, fileSystemToolkit, FILE_SYSTEM_TOOLKIT, SAMPLE_ROOT, SAMPLE_TREE, type FileSystemState, type TreeSpec, type DirectorySpec } from "./toolkits";
export { connectMcp, type McpConnection, type McpTarget, type McpOptions } from "./mcp/connect-mcp";
export { createMcpExecutor } from "./mcp/mcp-executor";
export { createHttpExecutor, expandUrl, type HttpEndpoint, type HttpOptions } from "./http/http-executor";
