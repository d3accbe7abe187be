/** Items per queue page. */
export const QUEUE_PAGE = 50;

/** Where `j` / `k` go: another item of the page, or the first / last item of the next / previous page. */
export type Step = { id: number } | { offset: number; pick: "first" | "last" };

/**
 * `wasAt` is where the current item last stood on the page: after a decision takes it out of a filtered
 * queue, the item now in its place is the next one.
 */
export function stepInQueue(
  page: { offset: number; ids: readonly number[]; total: number },
  current: number | undefined,
  direction: 1 | -1,
  pageSize: number,
  wasAt?: number,
): Step | undefined {
  const at = current === undefined ? -1 : page.ids.indexOf(current);
  const target = at >= 0 ? page.ids[at + direction] : wasAt !== undefined ? page.ids[direction === 1 ? wasAt : wasAt - 1] : page.ids[direction === 1 ? 0 : page.ids.length - 1];
  if (target !== undefined) return { id: target };
  const lastIndex = at >= 0 ? at : (wasAt ?? -1);
  if (direction === 1 && page.offset + page.ids.length < page.total && lastIndex >= page.ids.length - 1) return { offset: page.offset + pageSize, pick: "first" };
  if (direction === -1 && page.offset > 0) return { offset: Math.max(0, page.offset - pageSize), pick: "last" };
  return undefined;
}

/** The ids that follow `current` on the page, nearest first: fetched before the reviewer asks for them. */
export function followingIds(ids: readonly number[], current: number | undefined, count: number): number[] {
  const at = current === undefined ? -1 : ids.indexOf(current);
  return at < 0 ? [] : ids.slice(at + 1, at + 1 + count);
}
