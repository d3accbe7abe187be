import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { initTRPC } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { guardTrpcRequest } from "./trpc-guard";

/** A stand-in router: the guard is checked in front of real tRPC, without the studio's database. */
const t = initTRPC.create();
const writes: string[] = [];
const router = t.router({
  ping: t.procedure.query(() => "pong"),
  save: t.procedure.input(z.object({ text: z.string() })).mutation(({ input }) => {
    writes.push(input.text);
    return input.text.length;
  }),
});

const BASE = "http://127.0.0.1:3000";

/** The route as it will be wired: guard first, tRPC only for what the guard lets through. */
async function route(request: Request): Promise<Response> {
  const guarded = await guardTrpcRequest(request, 4096);
  if (guarded instanceof Response) return guarded;
  return fetchRequestHandler({ endpoint: "/api/trpc", req: guarded, router, createContext: () => ({}) });
}

/** A tRPC client whose requests carry `headers`, as a page on that origin would send them. */
const client = (headers: Record<string, string>) =>
  createTRPCClient<typeof router>({
    links: [httpBatchLink({ url: `${BASE}/api/trpc`, headers, fetch: (url, init) => route(new Request(String(url), { ...init, headers: { host: "127.0.0.1:3000", ...Object.fromEntries(new Headers(init?.headers)) } } as RequestInit)) })],
  });

async function failure(call: Promise<unknown>): Promise<TRPCClientError<typeof router>> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<typeof router>;
}

describe("tRPC route guard", () => {
  it("lets same-origin and header-less (CLI, curl) mutations through to tRPC with their body intact", async () => {
    writes.length = 0;
    expect(await client({ origin: BASE, "sec-fetch-site": "same-origin" }).save.mutate({ text: "from the page" })).toBe(13);
    expect(await client({}).save.mutate({ text: "from curl" })).toBe(9);
    expect(writes).toEqual(["from the page", "from curl"]);
  });

  it("refuses a mutation from http://evil.example with 403 in tRPC's error shape, before tRPC runs", async () => {
    writes.length = 0;
    const error = await failure(client({ origin: "http://evil.example" }).save.mutate({ text: "forged" }));
    expect(error.message).toBe("cross-site request refused: it comes from http://evil.example, not from this studio");
    expect(error.data).toMatchObject({ code: "FORBIDDEN", httpStatus: 403, path: "save" });
    expect(writes).toEqual([]);
  });

  it("refuses a plain cross-site form post (no batch, Sec-Fetch-Site cross-site) with a JSON body", async () => {
    const response = await route(
      new Request(`${BASE}/api/trpc/save`, { method: "POST", headers: { host: "127.0.0.1:3000", "sec-fetch-site": "cross-site", "content-type": "text/plain" }, body: '{"text":"x"}' }),
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { message: "cross-site request refused: the browser marked it cross-site", code: -32003, data: { code: "FORBIDDEN", httpStatus: 403, path: "save" } } });
  });

  it("still answers cross-site GET queries (they change nothing; the browser keeps the answer from the other site)", async () => {
    expect(await client({ origin: "http://evil.example", "sec-fetch-site": "cross-site" }).ping.query()).toBe("pong");
  });

  it("refuses a body over the limit with 413 and a message saying what to do, nothing stored", async () => {
    writes.length = 0;
    const error = await failure(client({}).save.mutate({ text: "x".repeat(5000) }));
    expect(error.message).toMatch(/^the request body is .* over the 4 KB limit for one request: send fewer or smaller files at a time$/);
    expect(error.data).toMatchObject({ code: "PAYLOAD_TOO_LARGE", httpStatus: 413 });
    expect(writes).toEqual([]);
  });
});
