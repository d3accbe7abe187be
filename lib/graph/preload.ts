/**
 * The URL the studio's tRPC client (`httpBatchLink({ url: "/api/trpc" })`) fetches `graph.get` from
 * when it is the only query of its batch. The graph page preloads it (`<link rel="preload" as="fetch">`)
 * so that the server builds the JSON while the browser loads the page's scripts; `preload.test.ts`
 * checks that tRPC still spells the URL this way.
 */
export const graphGetUrl = (projectId: number): string =>
  `/api/trpc/graph.get?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { projectId } }))}`;
