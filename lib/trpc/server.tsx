import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache, type ReactNode } from "react";
import { createInnerContext } from "@/server/api/context";
import { appRouter } from "@/server/api/root";
import { studioDb } from "@/server/db";
import { makeQueryClient } from "./query-client";

/** One query client per server request. */
export const getQueryClient = cache(makeQueryClient);

/** Server components prefetch through this proxy: procedures run in-process, no HTTP hop. */
export const trpc = createTRPCOptionsProxy({
  ctx: () => createInnerContext(studioDb()),
  router: appRouter,
  queryClient: getQueryClient,
});

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
