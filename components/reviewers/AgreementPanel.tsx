"use client";

import Link from "next/link";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";
import stage from "@/components/ui/stage.module.css";
import { figure, percent } from "./format";
import styles from "./reviewers.module.css";

type Agreement = inferRouterOutputs<AppRouter>["assignments"]["agreement"];

/** Agreement over whole trajectories and single turns, per pair and per reviewer, and the disputes. */
export function AgreementPanel({ projectId, agreement }: { projectId: number; agreement: Agreement }) {
  return (
    <section className={stage.panel} data-id="agreement">
      <h2 className={stage.panelTitle}>Agreement</h2>
      {agreement.reviewed === 0 && <p className="muted">No record has two reviews yet.</p>}
      <table className={styles.table}>
        <thead>
          <tr>
            <th />
            <th>percent agreement</th>
            <th>Fleiss&apos; kappa</th>
            <th>items</th>
          </tr>
        </thead>
        <tbody>
          {(["trajectory", "turn"] as const).map((level) => (
            <tr key={level} data-id={`agreement-${level}`}>
              <th>{level === "trajectory" ? "whole trajectories" : "single turns"}</th>
              <td data-id={`agreement-${level}-percent`}>{percent(agreement[level].percent.agreement)}</td>
              <td data-id={`agreement-${level}-fleiss`}>{figure(agreement[level].fleiss.kappa)}</td>
              <td data-id={`agreement-${level}-items`}>{agreement[level].percent.items}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {agreement.pairs.length > 0 && (
        <table className={styles.table} data-id="agreement-pairs">
          <thead>
            <tr>
              <th>pair</th>
              <th>Cohen&apos;s kappa</th>
              <th>observed</th>
              <th>common records</th>
            </tr>
          </thead>
          <tbody>
            {agreement.pairs.map((pair) => (
              <tr key={`${pair.raterA}-${pair.raterB}`} data-id={`pair-${pair.nameA}-${pair.nameB}`}>
                <td>
                  {pair.nameA} · {pair.nameB}
                </td>
                <td data-id="pair-kappa">{figure(pair.kappa)}</td>
                <td data-id="pair-observed">{percent(pair.observed)}</td>
                <td data-id="pair-items">{pair.items}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {agreement.disputes.length > 0 && (
        <p data-id="agreement-disputes">
          Disputed (no majority; an admin decides):{" "}
          {agreement.disputes.map((id) => (
            <Link key={id} href={`/projects/${projectId}/review?item=${id}`} className={styles.dispute}>
              #{id}
            </Link>
          ))}
        </p>
      )}
    </section>
  );
}
