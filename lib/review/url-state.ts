import { z } from "zod";
import { queueFilters, queueSelection } from "@/server/pipeline/review/queue-filters";
import type { QueueFilters } from "./types";

/** The queue as the address bar keeps it, so a reload or a shared link opens the same queue and item. */
export interface ReviewUrlState {
  runId?: number;
  filters: QueueFilters;
  search: string;
  offset: number;
  item?: number;
  /** Only the records assigned to the signed-in reviewer: still open, or done. */
  mine?: "open" | "done";
}

/** URL parameter of each filter. */
const filterParams = {
  status: "status",
  polarity: "polarity",
  errorType: "error",
  operation: "op",
  turnKind: "kind",
  toolkit: "toolkit",
  check: "check",
} as const satisfies Record<keyof QueueFilters, string>;
const filterKeys = ["status", "polarity", "errorType", "operation", "turnKind", "toolkit", "check"] as const satisfies readonly (keyof QueueFilters)[];

const positiveInt = z.coerce.number().int().positive();
const offset = z.coerce.number().int().min(0);

type Params = Record<string, string | string[] | undefined> | URLSearchParams;
const read = (params: Params, name: string): string | undefined => {
  const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Reads the state from the address bar; a value that is not valid is dropped rather than failing the page. */
export function parseReviewUrl(params: Params): ReviewUrlState {
  const filters: Record<string, string> = {};
  for (const key of filterKeys) {
    const value = read(params, filterParams[key]);
    if (value !== undefined && queueFilters.shape[key].safeParse(value).success) filters[key] = value;
  }
  const run = positiveInt.safeParse(read(params, "run"));
  const item = positiveInt.safeParse(read(params, "item"));
  const from = offset.safeParse(read(params, "from"));
  const mine = queueSelection.shape.mine.safeParse(read(params, "mine"));
  return {
    runId: run.success ? run.data : undefined,
    filters: queueFilters.parse(filters),
    search: read(params, "q") ?? "",
    offset: from.success ? from.data : 0,
    item: item.success ? item.data : undefined,
    mine: mine.success ? mine.data : undefined,
  };
}

/** The query string of a state (without `?`); empty values are left out. */
export function reviewUrlSearch(state: ReviewUrlState): string {
  const params = new URLSearchParams();
  if (state.runId !== undefined) params.set("run", String(state.runId));
  for (const key of filterKeys) {
    const value = state.filters[key];
    if (value !== undefined) params.set(filterParams[key], value);
  }
  if (state.search.trim() !== "") params.set("q", state.search);
  if (state.offset > 0) params.set("from", String(state.offset));
  if (state.item !== undefined) params.set("item", String(state.item));
  if (state.mine !== undefined) params.set("mine", state.mine);
  return params.toString();
}

export const hasFilters = (state: Pick<ReviewUrlState, "filters" | "search">): boolean =>
  Object.values(state.filters).some((v) => v !== undefined) || state.search.trim() !== "";
