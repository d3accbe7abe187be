"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { parameterRows, prettyJson } from "@/lib/catalog/schema";
import { useTRPC } from "@/lib/trpc/client";
import type { FunctionSpec } from "@/server/pipeline/schemas/function-spec";
import styles from "./catalog.module.css";

/**
 * One function: description, parameter table, returns schema, where it came from and the record as
 * the source file had it. All catalog text is rendered as text.
 */
export function FunctionDetail({ projectId, functionId, onClose }: { projectId: number; functionId: string; onClose: () => void }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.catalog.function.queryOptions({ projectId, functionId }));
  const panel = useRef<HTMLElement>(null);

  // When the panel sits below the table (narrow screens), bring it into view on selection.
  useEffect(() => {
    panel.current?.scrollIntoView?.({ block: "nearest" });
  }, [functionId]);

  return (
    <aside ref={panel} className={styles.detail} data-testid="function-detail" data-id={functionId} aria-label={`Function ${functionId}`} aria-busy={query.isFetching}>
      <div className={styles.detailHeader}>
        <h3>{query.data?.spec.name ?? functionId}</h3>
        <button type="button" onClick={onClose} aria-label="Close function detail">
          Close
        </button>
      </div>
      {query.isPending ? (
        <p className="muted">Loading…</p>
      ) : query.isError ? (
        <p className="error" role="alert">
          Could not load {functionId}: {query.error.message}
        </p>
      ) : (
        <DetailBody spec={query.data.spec} original={query.data.original} />
      )}
    </aside>
  );
}

function DetailBody({ spec, original }: { spec: FunctionSpec; original: unknown }) {
  const rows = parameterRows(spec.parameters);
  return (
    <>
      <section>
        <h4>Description</h4>
        {spec.description ? (
          <p className={styles.description} data-testid="detail-description">
            {spec.description}
          </p>
        ) : (
          <p className="muted" data-testid="detail-description">
            No description.
          </p>
        )}
      </section>

      <dl className={styles.meta} data-testid="detail-source">
        <dt>Id</dt>
        <dd>
          <code>{spec.id}</code>
        </dd>
        <dt>Toolkit</dt>
        <dd>{spec.toolkit}</dd>
        <dt>Category</dt>
        <dd>{spec.category}</dd>
        <dt>Source</dt>
        <dd>
          {spec.source.format} · {spec.source.file} · record {spec.source.record}
        </dd>
      </dl>

      <section>
        <h4>Parameters</h4>
        {rows.length === 0 ? (
          <p className="muted">No parameters.</p>
        ) : (
          <table className={`data ${styles.paramTable}`} data-testid="detail-parameters">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">Required</th>
                <th scope="col">Description</th>
                <th scope="col">Enum</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name} data-id={row.name}>
                  <td style={{ paddingLeft: `${0.5 + row.depth * 0.9}rem` }}>
                    <code className={row.depth > 0 ? styles.nested : undefined}>{row.name}</code>
                  </td>
                  <td>{row.type}</td>
                  <td>{row.required ? "required" : <span className="muted">optional</span>}</td>
                  <td>
                    {row.description}
                    {row.defaultValue && (
                      <div className="muted">
                        default <code>{row.defaultValue}</code>
                      </div>
                    )}
                  </td>
                  <td>{row.enumValues}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <h4>Returns</h4>
        {spec.returns === undefined ? (
          <p className="muted" data-testid="detail-returns">
            No returns schema declared.
          </p>
        ) : (
          <pre className={styles.json} data-testid="detail-returns">
            {prettyJson(spec.returns)}
          </pre>
        )}
      </section>

      <details className={styles.original} data-testid="detail-original">
        <summary>Original record ({spec.source.file}, record {spec.source.record})</summary>
        <pre className={styles.json}>{prettyJson(original)}</pre>
      </details>
    </>
  );
}
