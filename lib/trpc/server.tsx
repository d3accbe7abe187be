import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { createRequestContext } from "@/server/api/request-context";
import { appRouter } from "@/server/api/root";
import { makeQueryClient } from "./query-client";

/** One query client per server request. */
export const getQueryClient = cache(makeQueryClient);

/** The signed-in person is looked up once per server request, however many queries a page prefetches. */
const requestContext = cache(async () => createRequestContext(new Headers(await headers())));

/** Server components prefetch through this proxy: procedures run in-process, no HTTP hop, as the signed-in person. */
export const trpc = createTRPCOptionsProxy({
  ctx: requestContext,
  router: appRouter,
  queryClient: getQueryClient,
});

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
