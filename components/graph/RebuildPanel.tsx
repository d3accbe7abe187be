"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { memo, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTRPC } from "@/lib/trpc/client";
import styles from "./graph.module.css";
import { Outcome } from "./Outcome";

type Judge = "offline" | "teacher";

/** Rebuilds the graph with settings; a teacher rebuild runs in the background and is polled every 500 ms. */
export const RebuildPanel = memo(function RebuildPanel({ projectId }: { projectId: number }) {
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [candidates, setCandidates] = useState("30");
  const [seed, setSeed] = useState("1");
  const [judge, setJudge] = useState<Judge>("offline");

  const statusKey = trpc.graph.rebuildStatus.queryKey({ projectId });
  const status = useQuery(
    trpc.graph.rebuildStatus.queryOptions(
      { projectId },
      { refetchInterval: (query) => (query.state.data?.state === "running" ? 500 : false) },
    ),
  );
  const [finishedHere, setFinishedHere] = useState(false);
  const finished = () => {
    setFinishedHere(true);
    void queryClient.invalidateQueries({ queryKey: trpc.graph.get.queryKey({ projectId }) });
  };
  const rebuild = useMutation(
    trpc.graph.rebuild.mutationOptions({
      onSuccess: (next) => {
        queryClient.setQueryData(statusKey, next);
        // The offline judge finishes before the mutation returns.
        if (next.state === "done") finished();
      },
    }),
  );

  // A background (teacher) rebuild seen going from running to done: reload the graph.
  const state = status.data?.state;
  const previous = useRef(state);
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (before === "running" && state === "done") finished();
  });

  const running = state === "running" || rebuild.isPending;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFinishedHere(false);
    rebuild.mutate({ projectId, settings: { candidates: Number(candidates), seed: Number(seed), judge } });
  };

  const data = status.data;
  return (
    <section className={styles.panel} data-testid="rebuild" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Rebuild the graph</h2>
      <form onSubmit={submit} aria-label="Rebuild the graph">
        <div className={styles.row}>
          <div className={styles.field}>
            <label htmlFor={`${id}-candidates`}>Candidates</label>
            <input id={`${id}-candidates`} type="number" min={1} max={500} step={1} required value={candidates} onChange={(event) => setCandidates(event.target.value)} style={{ width: "5rem" }} data-testid="rebuild-candidates" />
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-seed`}>Seed</label>
            <input id={`${id}-seed`} type="number" step={1} required value={seed} onChange={(event) => setSeed(event.target.value)} style={{ width: "5rem" }} data-testid="rebuild-seed" />
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-judge`}>Judge</label>
            <select id={`${id}-judge`} value={judge} onChange={(event) => setJudge(event.target.value === "teacher" ? "teacher" : "offline")} data-testid="rebuild-judge">
              <option value="offline">offline</option>
              <option value="teacher">teacher</option>
            </select>
          </div>
        </div>
        <div>
          <button type="submit" className="primary" disabled={running}>
            {running ? "Rebuilding…" : "Rebuild graph"}
          </button>
        </div>
      </form>
      {data?.state === "running" ? (
        <div className={styles.progress} data-testid="rebuild-progress">
          <progress value={data.done} max={Math.max(1, data.total)} aria-label="Rebuild progress" />
          <span>
            {data.done}/{data.total}
          </span>
        </div>
      ) : null}
      {data?.state === "done" && data.result ? (
        <p role="status" className={finishedHere ? styles.ok : styles.status} data-testid="rebuild-result">
          {finishedHere ? "Rebuilt: " : "Last rebuild: "}
          {data.result.edges} edges over {data.result.functions} functions
          {data.judge ? ` (${data.judge} judge)` : ""}
        </p>
      ) : null}
      {data?.state === "failed" ? (
        <p role="alert" className={styles.error}>
          Rebuild failed: {data.error ?? "unknown error"}
        </p>
      ) : null}
      <Outcome error={rebuild.error} />
    </section>
  );
});
