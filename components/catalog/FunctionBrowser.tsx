"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { showingCount } from "@/lib/catalog/format";
import { parameterCountText } from "@/lib/catalog/schema";
import { useTRPC } from "@/lib/trpc/client";
import { FunctionDetail } from "./FunctionDetail";
import styles from "./catalog.module.css";

/** Rows rendered at once; "Show more" adds as many again (thousands of rows stay responsive without virtualisation). */
export const FUNCTION_PAGE_SIZE = 200;

function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** The project's functions: search, toolkit and category filters, a table, and the detail of the selected one. */
export function FunctionBrowser({ projectId }: { projectId: number }) {
  const trpc = useTRPC();
  const searchId = useId();
  const toolkitId = useId();
  const categoryId = useId();
  const [search, setSearch] = useState("");
  const [toolkit, setToolkit] = useState("");
  const [category, setCategory] = useState("");
  const [limit, setLimit] = useState(FUNCTION_PAGE_SIZE);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const debouncedSearch = useDebouncedValue(search.trim(), 200);

  // Only set keys go into the input, so the first query matches the server's prefetch ({ projectId }).
  const input = {
    projectId,
    ...(debouncedSearch ? { search: debouncedSearch } : {}),
    ...(toolkit ? { toolkit } : {}),
    ...(category ? { category } : {}),
  };
  const query = useQuery(trpc.catalog.functions.queryOptions(input, { placeholderData: keepPreviousData }));

  const filtered = Boolean(search.trim() || toolkit || category);
  const clearFilters = () => {
    setSearch("");
    setToolkit("");
    setCategory("");
    setLimit(FUNCTION_PAGE_SIZE);
  };

  if (query.isPending) return <p className="muted">Loading functions…</p>;
  if (query.isError && !query.data) {
    return (
      <p className="error" role="alert">
        Could not load the functions: {query.error.message}
      </p>
    );
  }
  const data = query.data;
  if (!data) return null;

  if (data.total === 0) {
    return (
      <p className="empty" data-testid="no-functions">
        No functions yet. Import a catalog above to list its functions here.
      </p>
    );
  }

  const rows = data.functions.slice(0, limit);
  const stale = query.isPlaceholderData || debouncedSearch !== search.trim();

  return (
    <div>
      <div className={styles.filters} role="search" aria-label="Filter functions">
        <label htmlFor={searchId} className="muted">
          Search
        </label>
        <input
          id={searchId}
          className={styles.search}
          type="search"
          placeholder="Function id or description"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setLimit(FUNCTION_PAGE_SIZE);
          }}
          maxLength={200}
          data-testid="function-search"
        />
        <span className={styles.field}>
          <label htmlFor={toolkitId}>Toolkit</label>
          <select
            id={toolkitId}
            value={toolkit}
            onChange={(event) => {
              setToolkit(event.currentTarget.value);
              setLimit(FUNCTION_PAGE_SIZE);
            }}
            data-testid="toolkit-filter"
          >
            <option value="">All toolkits ({data.toolkits.length})</option>
            {data.toolkits.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </span>
        <span className={styles.field}>
          <label htmlFor={categoryId}>Category</label>
          <select
            id={categoryId}
            value={category}
            onChange={(event) => {
              setCategory(event.currentTarget.value);
              setLimit(FUNCTION_PAGE_SIZE);
            }}
            data-testid="category-filter"
          >
            <option value="">All categories ({data.categories.length})</option>
            {data.categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </span>
        {filtered && (
          <button type="button" onClick={clearFilters}>
            Clear filters
          </button>
        )}
        <span className="muted" data-testid="function-count" aria-live="polite">
          {showingCount(data.functions.length, data.total)}
        </span>
      </div>
      {query.isError && (
        <p className="error" role="alert">
          Could not refresh the functions: {query.error.message}
        </p>
      )}

      <div className={styles.browser} data-detail={selectedId !== null}>
        <div className={styles.tableWrap} data-stale={stale}>
          {data.functions.length === 0 ? (
            <p className="empty" data-testid="no-matching-functions">
              No function matches these filters.{" "}
              <button type="button" onClick={clearFilters}>
                Clear filters
              </button>
            </p>
          ) : (
            <table className="data" data-testid="functions" aria-busy={stale}>
              <thead>
                <tr>
                  <th scope="col">Function</th>
                  <th scope="col">Toolkit</th>
                  <th scope="col">Category</th>
                  <th scope="col" className="num">
                    Parameters
                  </th>
                  <th scope="col">Returns</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((fn) => {
                  const selected = fn.id === selectedId;
                  return (
                    <tr
                      key={fn.id}
                      data-id={fn.id}
                      className={styles.functionRow}
                      aria-current={selected ? "true" : undefined}
                      onClick={() => setSelectedId(fn.id)}
                    >
                      <td>
                        <button
                          type="button"
                          className={styles.nameButton}
                          onClick={(event) => {
                            event.stopPropagation();
                            setSelectedId(fn.id);
                          }}
                          aria-pressed={selected}
                        >
                          {fn.name}
                        </button>
                        {fn.id !== fn.name && <div className={styles.qualifiedId}>{fn.id}</div>}
                        {fn.description && <div className={styles.rowDescription}>{fn.description}</div>}
                      </td>
                      <td className={styles.breakable}>{fn.toolkit}</td>
                      <td className={styles.breakable}>{fn.category}</td>
                      <td className="num">{parameterCountText(fn.parameters)}</td>
                      <td>{fn.returns ? "yes" : <span className="muted">—</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {data.functions.length > rows.length && (
            <div className={styles.more}>
              <span className="muted">
                {rows.length.toLocaleString("en-US")} of {data.functions.length.toLocaleString("en-US")} rows shown
              </span>
              <button type="button" onClick={() => setLimit((l) => l + FUNCTION_PAGE_SIZE)} data-testid="show-more">
                Show {Math.min(FUNCTION_PAGE_SIZE, data.functions.length - rows.length).toLocaleString("en-US")} more
              </button>
            </div>
          )}
        </div>
        {selectedId !== null && <FunctionDetail projectId={projectId} functionId={selectedId} onClose={() => setSelectedId(null)} />}
      </div>
    </div>
  );
}
