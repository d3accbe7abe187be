import { count, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { reviewDecisions, trajectories } from "../../db/schema";
import type { BulkDecideInput } from "../pipeline/review/review-inputs";
import { requireSelection, selectionWhere } from "./review-queue";

/**
 * Decides every trajectory the queue's selection matches, in one transaction: each gets its own history
 * entry and a new version, so a reviewer holding one of them open is told on their next save.
 */
export function bulkDecide(db: Db, input: BulkDecideInput): { count: number } {
  requireSelection(db, input);
  const where = selectionWhere(input);
  return db.transaction(
    (tx) => {
      const matching = tx.select({ n: count() }).from(trajectories).where(where).get()?.n ?? 0;
      if (matching === 0) return { count: 0 };
      const comment = `bulk decision on ${matching} matching trajectories`;
      // Set-based: the history rows and the updates are two statements, whatever the number of rows.
      tx.run(sql`insert into ${reviewDecisions} (trajectory_row_id, turn, action, comment, reviewer, version)
        select ${trajectories.id}, null, ${input.decision}, ${comment}, ${input.reviewer}, ${trajectories.version} + 1 from ${trajectories} where ${where}`);
      tx.update(trajectories)
        .set({ status: input.decision, version: sql`${trajectories.version} + 1`, updatedAt: new Date().toISOString() })
        .where(where)
        .run();
      return { count: matching };
    },
    { behavior: "immediate" },
  );
}
