"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTRPC } from "@/lib/trpc/client";
import styles from "./runs.module.css";

/** A run's failed paths with the error and the teacher's raw text (collapsed), each retryable. */
export function RunFailures({ runId, failed, canRetry, onRetried }: { runId: number; failed: number; canRetry: boolean; onRetried: () => Promise<void> }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const failures = useQuery(trpc.runs.failures.queryOptions({ runId }));
  const { refetch } = failures;
  // The run's progress polls; the list follows whenever its count of failures moves.
  useEffect(() => {
    void refetch();
  }, [failed, refetch]);
  const refresh = async () => {
    await Promise.all([queryClient.invalidateQueries({ queryKey: trpc.runs.failures.queryKey({ runId }) }), onRetried()]);
  };
  const retryOne = useMutation(trpc.runs.retryItem.mutationOptions({ onSuccess: refresh }));
  const retryAll = useMutation(trpc.runs.retryFailed.mutationOptions({ onSuccess: refresh }));
  const error = retryOne.error ?? retryAll.error ?? failures.error;
  return (
    <div className={styles.group}>
      <div className="row">
        <strong>Failures</strong>
        {canRetry && (
          <button type="button" onClick={() => retryAll.mutate({ runId })} disabled={retryAll.isPending} data-id="run-retry-failed">
            Retry all failed
          </button>
        )}
      </div>
      <ul className={styles.failures}>
        {(failures.data ?? []).map((failure) => (
          <li key={failure.pathId} className={styles.failure} data-id="run-failure" data-path-id={failure.pathId}>
            <details>
              <summary>
                <span className={styles.mono}>{failure.pathId}</span>: {failure.error ?? "failed"} ({failure.attempts} {failure.attempts === 1 ? "attempt" : "attempts"})
              </summary>
              {failure.raw ? (
                <pre className={styles.raw} data-id="run-failure-raw">
                  {failure.raw}
                </pre>
              ) : (
                <p className={styles.note}>The teacher sent no text (the request itself failed).</p>
              )}
            </details>
            {canRetry && (
              <button type="button" onClick={() => retryOne.mutate({ runId, pathId: failure.pathId })} disabled={retryOne.isPending} data-id="run-retry">
                Retry
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
    </div>
  );
}
