"use client";

import { useQuery } from "@tanstack/react-query";
import { formatTimestamp } from "@/lib/catalog/format";
import { useTRPC } from "@/lib/trpc/client";
import styles from "./catalog.module.css";

/** The files imported into the project, oldest first. */
export function CatalogFiles({ projectId }: { projectId: number }) {
  const trpc = useTRPC();
  const files = useQuery(trpc.catalog.files.queryOptions({ projectId }));

  if (files.isPending) return <p className="muted">Loading imported files…</p>;
  if (files.isError) {
    return (
      <p className="error" role="alert">
        Could not load the imported files: {files.error.message}
      </p>
    );
  }
  if (files.data.length === 0) {
    return (
      <p className="empty" data-testid="no-catalog-files">
        No catalog imported yet.
      </p>
    );
  }
  return (
    <table className="data" data-testid="catalog-files">
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Format</th>
          <th scope="col" className="num">
            Records
          </th>
          <th scope="col" className="num">
            Functions
          </th>
          <th scope="col">Imported</th>
        </tr>
      </thead>
      <tbody>
        {files.data.map((file) => (
          <tr key={file.id} data-id={file.file}>
            <td className={styles.breakable}>{file.file}</td>
            <td>{file.format}</td>
            <td className="num">{file.records.toLocaleString("en-US")}</td>
            <td className="num">{file.functionCount.toLocaleString("en-US")}</td>
            <td>
              <time dateTime={file.createdAt}>{formatTimestamp(file.createdAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
