"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { errorMessage } from "@/components/paths/errors";
import stage from "@/components/ui/stage.module.css";
import { useTRPC } from "@/lib/trpc/client";
import { AgreementPanel } from "./AgreementPanel";
import { AssignForm } from "./AssignForm";
import { ReviewerTable } from "./ReviewerTable";

/** While people review, the figures follow: polled, so a second reviewer's decision shows within seconds. */
const REFRESH_MS = 2000;

/** The project's distributed review: one's own assignments, agreement figures, and (for admins) assigning. */
export function ReviewersView({ projectId }: { projectId: number }) {
  const trpc = useTRPC();
  const status = useQuery(trpc.accounts.status.queryOptions());
  const mine = useQuery({ ...trpc.assignments.mine.queryOptions({ projectId }), refetchInterval: REFRESH_MS });
  const agreement = useQuery({ ...trpc.assignments.agreement.queryOptions({ projectId }), refetchInterval: REFRESH_MS });
  const isAdmin = status.data?.viewer?.role === "admin";
  const failure = mine.error ?? agreement.error;
  return (
    <div className={stage.column}>
      <section className={stage.panel} data-id="my-assignments">
        <h2 className={stage.panelTitle}>My assignments</h2>
        {mine.data && (
          <p>
            <span data-id="mine-open">{mine.data.open}</span> open, <span data-id="mine-done">{mine.data.done}</span> done of {mine.data.assigned}.{" "}
            {mine.data.open > 0 && (
              <Link href={`/projects/${projectId}/review?mine=open`} data-id="review-mine">
                Review my open records
              </Link>
            )}
          </p>
        )}
      </section>
      {failure && (
        <p role="alert" className="error">
          {errorMessage(failure)}
        </p>
      )}
      {isAdmin && status.data?.accounts && <AssignForm projectId={projectId} />}
      {!status.data?.accounts && status.data && <p className="muted">Accounts are off: turn them on (MAGNET_ACCOUNTS=on) to spread records across reviewers.</p>}
      {agreement.data && <AgreementPanel projectId={projectId} agreement={agreement.data} />}
      {agreement.data && <ReviewerTable reviewers={agreement.data.reviewers} />}
    </div>
  );
}
