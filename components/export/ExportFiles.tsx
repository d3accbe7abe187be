import { downloadHref } from "@/lib/export/export-form";
import type { ExportFile } from "@/server/exports/export-files";
import styles from "./export.module.css";

const size = (bytes: number): string => (bytes < 1024 ? `${bytes} B` : bytes < 1 << 20 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / (1 << 20)).toFixed(1)} MB`);

/** An export's files as download links; `linkId` tells the latest export's links from the history's. */
export function ExportFiles({ exportId, files, linkId }: { exportId: number; files: readonly ExportFile[]; linkId: string }) {
  return (
    <ul className={styles.files}>
      {files.map((file) => (
        <li key={file.name}>
          <a href={downloadHref(exportId, file.name)} download={file.name} data-id={linkId} data-file={file.name} data-rows={file.rows ?? undefined}>
            {file.path}
          </a>
          <span className="muted">
            {file.rows !== null && `${file.rows} rows · `}
            {size(file.bytes)}
          </span>
        </li>
      ))}
    </ul>
  );
}
