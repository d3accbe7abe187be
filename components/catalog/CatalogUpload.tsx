"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type ChangeEvent, type DragEvent } from "react";
import { CATALOG_FORMATS, FORMAT_LABELS, isCatalogFormat, type FileResult } from "@/lib/catalog/format";
import { decodeUpload, formatBytes, mergeSelection } from "@/lib/catalog/upload";
import { catalogFileRefusal, catalogImportRefusal } from "@/server/security/upload-limits";
import { useTRPC } from "@/lib/trpc/client";
import type { CatalogFormat } from "@/server/pipeline/schemas/function-spec";
import { ImportResults } from "./ImportResults";
import styles from "./catalog.module.css";

type Decoded = { name: string; ok: true; content: string } | { name: string; ok: false; message: string };

async function readFile(file: File): Promise<Decoded> {
  // A file over the limit is refused by its size, before its bytes are read into memory.
  const tooLarge = catalogFileRefusal(file.size);
  if (tooLarge) return { name: file.name, ok: false, message: tooLarge };
  try {
    const decoded = decodeUpload(new Uint8Array(await file.arrayBuffer()));
    return decoded.ok ? { name: file.name, ok: true, content: decoded.content } : { name: file.name, ok: false, message: decoded.message };
  } catch (error) {
    return { name: file.name, ok: false, message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Upload zone: drop files or pick them, optionally force a format, then "Import".
 * Each file is imported on its own; the results list says per file what was stored or why nothing was.
 */
export function CatalogUpload({ projectId }: { projectId: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const inputId = useId();
  const formatId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const dragDepth = useRef(0);
  const running = useRef(false);
  const [selection, setSelection] = useState<File[]>([]);
  const [format, setFormat] = useState<CatalogFormat | "auto">("auto");
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState(false);
  const [results, setResults] = useState<FileResult[] | null>(null);

  const importMutation = useMutation(
    trpc.catalog.import.mutationOptions({
      // Returned so the mutation stays pending until the files and functions tables are fresh.
      onSuccess: () => queryClient.invalidateQueries(trpc.catalog.pathFilter()),
    }),
  );
  const busy = reading || importMutation.isPending;
  // Too many files, or too many bytes together: the server would refuse the whole upload, so it is not sent.
  const selectionRefusal = catalogImportRefusal(selection.map((file) => ({ bytes: file.size })));

  // A file dropped next to the zone would make the browser open it and leave the page: refuse such drops.
  useEffect(() => {
    const refuse = (event: globalThis.DragEvent) => {
      // The zone's own handlers ran first (React listens below window) and accepted the drop.
      if (event.defaultPrevented) return;
      if (event.dataTransfer && Array.from(event.dataTransfer.types).includes("Files")) {
        event.preventDefault();
        event.dataTransfer.dropEffect = "none";
      }
    };
    window.addEventListener("dragover", refuse);
    window.addEventListener("drop", refuse);
    return () => {
      window.removeEventListener("dragover", refuse);
      window.removeEventListener("drop", refuse);
    };
  }, []);

  const addFiles = (files: FileList | File[] | null) => {
    if (!files || files.length === 0) return;
    setSelection((current) => mergeSelection(current, Array.from(files)));
  };

  const clearInput = () => {
    if (inputRef.current) inputRef.current.value = "";
  };

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    addFiles(event.currentTarget.files);
    // Let the same file be picked again after it was removed from the selection.
    event.currentTarget.value = "";
  };

  const onDragEnter = (event: DragEvent<HTMLDivElement>) => {
    if (!Array.from(event.dataTransfer.types).includes("Files")) return;
    event.preventDefault();
    dragDepth.current += 1;
    setDragging(true);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!Array.from(event.dataTransfer.types).includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = busy ? "none" : "copy";
  };
  const onDragLeave = () => {
    dragDepth.current = Math.max(0, dragDepth.current - 1);
    if (dragDepth.current === 0) setDragging(false);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    if (!busy) addFiles(event.dataTransfer.files);
  };

  const runImport = async () => {
    if (running.current || selection.length === 0 || selectionRefusal) return;
    running.current = true;
    try {
      importMutation.reset();
      setResults(null);
      setReading(true);
      const decoded = await Promise.all(selection.map(readFile));
      const toSend = decoded.filter((d): d is Extract<Decoded, { ok: true }> => d.ok);
      const request =
        toSend.length === 0
          ? Promise.resolve<FileResult[]>([])
          : importMutation.mutateAsync({
              projectId,
              files: toSend.map((d) => ({ name: d.name, content: d.content })),
              ...(format === "auto" ? {} : { format }),
            });
      // Cleared only once the mutation is pending, so the button never flickers back to enabled in between.
      setReading(false);
      let fromServer: FileResult[];
      try {
        fromServer = await request;
      } catch {
        // The whole request failed (shown from importMutation.error); keep the selection for a retry.
        return;
      }
      // Results in the order the files were chosen; files refused before upload are reported like the server's.
      let next = 0;
      setResults(
        decoded.map((d): FileResult => {
          if (!d.ok) return { file: d.name, ok: false, error: { message: d.message, location: { file: d.name } } };
          const result = fromServer[next++];
          return result ?? { file: d.name, ok: false, error: { message: "the server sent no result for this file", location: { file: d.name } } };
        }),
      );
      setSelection([]);
      clearInput();
    } finally {
      setReading(false);
      running.current = false;
    }
  };

  return (
    <div>
      <div
        className={styles.dropZone}
        data-testid="upload"
        data-dragging={dragging}
        aria-busy={busy}
        onDragEnter={onDragEnter}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        <p className={styles.dropPrompt}>
          Drop catalog files here, or{" "}
          <input
            ref={inputRef}
            id={inputId}
            className={styles.fileInput}
            type="file"
            multiple
            accept=".json,.jsonl,application/json"
            onChange={onPick}
            disabled={busy}
            data-testid="file-input"
          />
          <label htmlFor={inputId} className={`button ${styles.pickLabel}`}>
            Choose files
          </label>
        </p>
        <p className={styles.hint}>
          JSON or JSON Lines: OpenAI tools, BFCL function docs or test entries, ToolBench, MCP <code>tools/list</code>, xLAM. Each
          file is imported on its own: a file with an error is rejected whole. Records are counted from 0 (the line of a JSON Lines
          file, the element of an array).
        </p>

        {selection.length > 0 && (
          <ul className={styles.selectedList} data-testid="selected-files" aria-label="Files to import">
            {selection.map((file) => (
              <li key={`${file.name}:${file.size}:${file.lastModified}`} data-id={file.name}>
                <span className={styles.fileName}>{file.name}</span>
                <span className="muted">{formatBytes(file.size)}</span>
                <button
                  type="button"
                  className={styles.small}
                  onClick={() => setSelection((current) => current.filter((f) => f !== file))}
                  disabled={busy}
                  aria-label={`Remove ${file.name}`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}

        <div className={styles.controls}>
          <span className={styles.field}>
            <label htmlFor={formatId}>Format</label>
            <select
              id={formatId}
              value={format}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setFormat(isCatalogFormat(value) ? value : "auto");
              }}
              disabled={busy}
              data-testid="format-select"
            >
              <option value="auto">Detect automatically</option>
              {CATALOG_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {f} — {FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
          </span>
          <button type="button" className="primary" onClick={() => void runImport()} disabled={busy || selection.length === 0 || selectionRefusal !== undefined} data-testid="import-button">
            {reading ? "Reading…" : importMutation.isPending ? "Importing…" : selection.length > 1 ? `Import ${selection.length} files` : "Import"}
          </button>
          {selection.length > 0 && !busy && (
            <button type="button" onClick={() => setSelection([])}>
              Clear
            </button>
          )}
          {busy && (
            <span className="muted" role="status">
              {reading ? "Reading files…" : `Importing ${selection.length === 1 ? "1 file" : `${selection.length} files`}…`}
            </span>
          )}
        </div>
      </div>

      {selectionRefusal && (
        <p className="error" role="alert" data-testid="selection-error">
          {selectionRefusal}. Nothing was sent.
        </p>
      )}
      {importMutation.error && (
        <p className="error" role="alert" data-testid="import-error">
          Import failed: {importMutation.error.message}. Nothing was imported.
        </p>
      )}
      {results && <ImportResults results={results} />}
    </div>
  );
}
