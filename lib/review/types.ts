import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

/** What the reviews router answers, as the browser receives it; type-only, so no server code is bundled. */
type Outputs = inferRouterOutputs<AppRouter>["reviews"];
type Inputs = inferRouterInputs<AppRouter>["reviews"];

export type QueuePage = Outputs["queue"];
export type ReviewFacets = Outputs["facets"];
export type ReviewDetail = Outputs["get"];
export type ReviewItem = ReviewDetail["item"];
export type ReviewPartner = ReviewDetail["partners"][number];
export type HistoryEntry = ReviewDetail["history"][number];
export type DecideInput = Inputs["decide"];
export type EditTurnInput = Inputs["editTurn"];
export type QueueFilters = NonNullable<Inputs["queue"]["filters"]>;
