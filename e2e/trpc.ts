import type { APIRequestContext } from "@playwright/test";

/** Calls a tRPC query over HTTP as the browser does (no batching), returning its data. */
export async function trpcQuery(request: APIRequestContext, procedure: string, input: unknown): Promise<unknown> {
  const response = await request.get(`/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  if (!response.ok()) throw new Error(`${procedure} answered ${response.status()}: ${await response.text()}`);
  const body: unknown = await response.json();
  if (typeof body === "object" && body !== null && "result" in body) {
    const result: unknown = body.result;
    if (typeof result === "object" && result !== null && "data" in result) return result.data;
  }
  throw new Error(`${procedure} answered without result.data`);
}
