import { reviewDecisionKind } from "../schemas/review";

export interface DecisionEvent {
  /** The trajectory's row id. */
  trajectory: number;
  /** null: the whole trajectory; a number: one of its turns. */
  turn: number | null;
  action: string;
  /** ISO timestamp. */
  at: string;
}

export interface ReviewDay {
  /** YYYY-MM-DD (UTC). */
  day: string;
  /** Decisions made that day (accept, reject, needs-edit), on whole trajectories or on turns. */
  decisions: number;
  /** Trajectories whose latest decision, at the end of the day, is accepted / rejected. */
  accepted: number;
  rejected: number;
}

/** Days filled in between the first and the last decision so the lines keep their shape; longer spans show decision days only. */
const MAX_FILLED_DAYS = 400;
const DAY_MS = 86_400_000;

function daysBetween(first: string, last: string): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  const span = Math.round((Date.parse(`${last}T00:00:00Z`) - start) / DAY_MS);
  if (!(span >= 0 && span <= MAX_FILLED_DAYS)) return [];
  return Array.from({ length: span + 1 }, (_, i) => new Date(start + i * DAY_MS).toISOString().slice(0, 10));
}

/**
 * Review progress per day from the decision history, in the order decisions were made. A trajectory
 * decided again counts by its latest decision, so the cumulative lines fall when an accepted one is
 * rejected later; comments and edits are not decisions.
 */
export function reviewProgress(events: readonly DecisionEvent[]): ReviewDay[] {
  const decided = events.filter((e) => reviewDecisionKind.safeParse(e.action).success);
  const perDay = new Map<string, DecisionEvent[]>();
  for (const e of decided) {
    const day = e.at.slice(0, 10);
    const list = perDay.get(day);
    if (list) list.push(e);
    else perDay.set(day, [e]);
  }
  const decisionDays = [...perDay.keys()].sort();
  const first = decisionDays[0];
  const last = decisionDays[decisionDays.length - 1];
  if (first === undefined || last === undefined) return [];
  const filled = daysBetween(first, last);
  const days = filled.length > 0 ? filled : decisionDays;
  const latest = new Map<number, string>();
  const totals = { accepted: 0, rejected: 0 };
  const move = (status: string | undefined, by: number) => {
    if (status === "accepted" || status === "rejected") totals[status] += by;
  };
  return days.map((day) => {
    const today = perDay.get(day) ?? [];
    for (const e of today) {
      if (e.turn !== null) continue;
      move(latest.get(e.trajectory), -1);
      latest.set(e.trajectory, e.action);
      move(e.action, 1);
    }
    return { day, decisions: today.length, ...totals };
  });
}
