import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { describe, expect, it } from "vitest";
import type { AppRouter } from "@/server/api/root";
import { graphGetUrl } from "./preload";

describe("graphGetUrl", () => {
  it("is the URL tRPC's batch link fetches graph.get from", async () => {
    const urls: string[] = [];
    const client = createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: "/api/trpc",
          fetch: async (url) => {
            urls.push(String(url));
            return new Response(JSON.stringify([{ result: { data: { nodes: [], edges: [] } } }]), {
              headers: { "content-type": "application/json" },
            });
          },
        }),
      ],
    });
    await client.graph.get.query({ projectId: 42 });
    expect(urls).toEqual([graphGetUrl(42)]);
  });
});
