"use client";

import { useQuery } from "@tanstack/react-query";
import { errorMessage } from "@/components/paths/errors";
import { useTRPC } from "@/lib/trpc/client";
import { AcceptanceChart } from "./AcceptanceChart";
import { CategoriesChart } from "./CategoriesChart";
import { CountChart } from "./CountChart";
import { CoverageChart } from "./CoverageChart";
import { ReviewProgressChart } from "./ReviewProgressChart";
import styles from "./statistics.module.css";

const noTrajectories = "No trajectories yet: start a run on the Runs tab.";

/** The project's statistics (statistics.project, prefetched by the page) as charts. */
export function StatisticsView({ projectId }: { projectId: number }) {
  const trpc = useTRPC();
  const stats = useQuery(trpc.statistics.project.queryOptions({ projectId }));
  if (stats.isError)
    return (
      <p role="alert" className="error">
        {errorMessage(stats.error)}
      </p>
    );
  if (!stats.data) return <p className="muted">Counting…</p>;
  const { trajectories, coverage, turns, operations, turnKinds, categories, toolkits, review, acceptance } = stats.data;
  return (
    <>
      <dl className={styles.summary} data-id="statistics-summary">
        <div>
          <dt>trajectories</dt>
          <dd data-id="statistics-trajectories">{trajectories.total}</dd>
        </div>
        <div>
          <dt>positive / negative</dt>
          <dd>
            {trajectories.positives} / {trajectories.negatives}
          </dd>
        </div>
        <div>
          <dt>reviewed</dt>
          <dd data-id="statistics-reviewed">{trajectories.reviewed}</dd>
        </div>
      </dl>
      {trajectories.total === 0 && (
        <p className="empty" data-id="statistics-empty">
          {noTrajectories} The coverage below is the stored paths&apos; alone.
        </p>
      )}
      <div className={styles.grid}>
        <CoverageChart coverage={coverage} />
        <CountChart
          name="turns"
          title="Turns per trajectory"
          rows={turns.map((t) => ({ label: String(t.turns), value: t.trajectories }))}
          valueName="trajectories"
          axisName="turns"
          empty={noTrajectories}
        />
        <CountChart
          name="operations"
          title="Operations"
          note="Trajectories whose path was built with each node operation."
          rows={operations.map((o) => ({ label: o.name, value: o.trajectories }))}
          valueName="trajectories"
          empty={trajectories.total === 0 ? noTrajectories : "No path of a trajectory used a node operation."}
        />
        <CountChart
          name="turn-kinds"
          title="Turn kinds"
          note="Trajectories with at least one turn of each kind."
          rows={turnKinds.map((k) => ({ label: k.name, value: k.trajectories }))}
          valueName="trajectories"
          empty={noTrajectories}
        />
        <CategoriesChart categories={categories} toolkits={toolkits} />
        <ReviewProgressChart days={review} />
        <AcceptanceChart rates={acceptance} />
      </div>
    </>
  );
}
