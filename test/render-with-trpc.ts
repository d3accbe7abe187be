import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { TRPCProvider } from "../lib/trpc/client";
import type { AppRouter } from "../server/api/root";

type Options = ReturnType<typeof createTRPCOptionsProxy<AppRouter>>;

/**
 * Renders a component that reads tRPC queries to static HTML, with the queries' answers given
 * beforehand (`seed` puts them into the cache); nothing is fetched, so a test needs no server.
 */
export function renderWithTrpc(element: ReactElement, seed: (trpc: Options, queryClient: QueryClient) => void = () => {}): string {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const trpcClient = createTRPCClient<AppRouter>({ links: [httpLink({ url: "http://127.0.0.1:9/api/trpc" })] });
  seed(createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient }), queryClient);
  return renderToStaticMarkup(
    createElement(QueryClientProvider, { client: queryClient }, createElement(TRPCProvider, { trpcClient, queryClient, children: element })),
  );
}
