export { formatCall, formatCalls, type CallStyle } from "./format-calls";
export { parseAction, type Action, type ParseActionResult } from "./parse-action";
export { parseCalls, parseValue, type ParseCallsResult, type ParseValueResult } from "./parse-calls";
export { stripFence } from "./strip-fence";
