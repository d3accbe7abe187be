import type { FunctionSpec } from "../../pipeline/schemas/function-spec";
import { ExecutorError } from "../errors";
import type { Executor } from "../types";

/** One toolkit served over HTTP: each call POSTs its arguments as JSON to the expanded URL. */
export interface HttpEndpoint {
  /** The catalog toolkit (FunctionSpec.toolkit) whose functions this endpoint serves. */
  toolkit: string;
  /** `{name}`, `{toolkit}` and `{id}` are replaced, URL-encoded, per call: `http://host/tools/{name}`. */
  url: string;
  headers?: Record<string, string>;
}

export interface HttpOptions {
  /** Per call; default 30 s. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function expandUrl(template: string, spec: FunctionSpec): string {
  const values: Record<string, string> = { name: spec.name, toolkit: spec.toolkit, id: spec.id };
  return template.replace(/\{(name|toolkit|id)\}/g, (_match, key: string) => encodeURIComponent(values[key] ?? ""));
}

function parseBody(text: string): unknown {
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Calls go to the toolkit's endpoint. A 4xx answer is the call's fault and becomes an `{error}` output
 * (the failure check then filters the trajectory); a 5xx answer, a timeout or a refused connection is the
 * server's, and throws ExecutorError so the job can retry.
 */
export function createHttpExecutor(endpoints: readonly HttpEndpoint[], options: HttpOptions = {}): Executor {
  const endpointOf = (spec: FunctionSpec): HttpEndpoint | undefined => endpoints.find((endpoint) => endpoint.toolkit === spec.toolkit);
  return {
    kind: "http",
    handles: (spec) => endpointOf(spec) !== undefined,
    async execute(call, spec) {
      const endpoint = endpointOf(spec);
      if (endpoint === undefined) return { error: `${spec.name}: no HTTP endpoint for toolkit ${spec.toolkit}` };
      const url = expandUrl(endpoint.url, spec);
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json", ...endpoint.headers },
          body: JSON.stringify(call.arguments),
          signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
        });
      } catch (error) {
        const timedOut = error instanceof Error && error.name === "TimeoutError";
        throw new ExecutorError("http", timedOut ? "timeout" : "unreachable", `POST ${url}: ${timedOut ? "timed out" : error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`, { cause: error });
      }
      const body = parseBody(await response.text());
      if (response.status >= 500) {
        throw new ExecutorError("http", "server_error", `POST ${url}: HTTP ${response.status} ${response.statusText}: ${JSON.stringify(body).slice(0, 200)}`);
      }
      if (response.status >= 400) return { error: `HTTP ${response.status} ${response.statusText}`, detail: body };
      return body;
    },
  };
}
