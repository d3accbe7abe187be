import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createRequestContext } from "@/server/api/request-context";
import { appRouter } from "@/server/api/root";
import { guardTrpcRequest } from "@/server/security/trpc-guard";

export const dynamic = "force-dynamic";

const handler = async (request: Request) => {
  // Cross-site state-changing requests (403) and bodies over the limit (413) are refused before tRPC runs.
  const req = await guardTrpcRequest(request);
  if (req instanceof Response) return req;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: ({ req }) => createRequestContext(req.headers),
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
};

export { handler as GET, handler as POST };
