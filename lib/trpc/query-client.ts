import { defaultShouldDehydrateQuery, MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isSignedOutError, signInAddress } from "./signed-out";

/** A session that ended (expired, signed out in another tab) sends the browser to sign in, then back. */
function onError(error: unknown): void {
  if (typeof window !== "undefined" && isSignedOutError(error)) window.location.assign(signInAddress(window.location.pathname + window.location.search));
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      // Prefetched on the server: no refetch on first render in the browser.
      queries: { staleTime: 30_000 },
      dehydrate: { shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending" },
    },
  });
}
