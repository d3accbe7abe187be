import type { APIRequestContext } from "@playwright/test";
import { z } from "zod";

const envelope = z.object({ result: z.object({ data: z.unknown() }) });

/** Calls a tRPC query over HTTP as the browser does (no batching) and parses its data with `schema`. */
export async function trpcQuery<T>(request: APIRequestContext, procedure: string, input: unknown, schema: z.ZodType<T>): Promise<T> {
  const response = await request.get(`/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  if (!response.ok()) throw new Error(`${procedure} answered ${response.status()}: ${await response.text()}`);
  return schema.parse(envelope.parse(await response.json()).result.data);
}

/** Calls a tRPC mutation over HTTP (no batching) and parses its data with `schema`. */
export async function trpcMutation<T>(request: APIRequestContext, procedure: string, input: unknown, schema: z.ZodType<T>): Promise<T> {
  const response = await request.post(`/api/trpc/${procedure}`, { data: input });
  if (!response.ok()) throw new Error(`${procedure} answered ${response.status()}: ${await response.text()}`);
  return schema.parse(envelope.parse(await response.json()).result.data);
}
