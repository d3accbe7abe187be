import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createInnerContext } from "@/server/api/context";
import { appRouter } from "@/server/api/root";
import { studioDb } from "@/server/db";

export const dynamic = "force-dynamic";

/** The outer context: built per request from the inner one (nothing of the request is needed yet). */
const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createInnerContext(studioDb()),
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });

export { handler as GET, handler as POST };
