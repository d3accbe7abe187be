"use client";

import { memo, useId } from "react";
import type { GraphFilters } from "@/lib/graph/filter";
import { KIND_LABEL } from "@/lib/graph/style";
import { EDGE_KINDS, isEdgeKind } from "@/lib/graph/types";
import styles from "./graph.module.css";

export interface FilterBarProps {
  filters: GraphFilters;
  onChange: (filters: GraphFilters) => void;
  toolkits: readonly string[];
  categories: readonly string[];
  clustered: boolean;
  onClusteredChange: (clustered: boolean) => void;
  allEdges: boolean;
  onAllEdgesChange: (allEdges: boolean) => void;
}

const clampWeight = (value: number): number => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

/** Toolkit, category, kind and minimum-weight filters; the cluster and all-edges toggles. */
export const FilterBar = memo(function FilterBar({ filters, onChange, toolkits, categories, clustered, onClusteredChange, allEdges, onAllEdgesChange }: FilterBarProps) {
  const id = useId();
  const set = (patch: Partial<GraphFilters>) => onChange({ ...filters, ...patch });
  const minWeight = filters.minWeight ?? 0;
  const active = Boolean(filters.toolkit || filters.category || filters.kind || minWeight > 0);
  return (
    <div className={styles.filters} role="group" aria-label="Graph filters" data-testid="graph-filters">
      <div className={styles.field}>
        <label htmlFor={`${id}-category`}>Category</label>
        <select
          id={`${id}-category`}
          value={filters.category ?? ""}
          onChange={(event) => set({ category: event.target.value || undefined, toolkit: undefined })}
          data-testid="filter-category"
        >
          <option value="">All categories</option>
          {categories.map((category) => (
            <option key={category} value={category}>
              {category}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-toolkit`}>Toolkit</label>
        <select
          id={`${id}-toolkit`}
          value={filters.toolkit ?? ""}
          onChange={(event) => set({ toolkit: event.target.value || undefined })}
          data-testid="filter-toolkit"
        >
          <option value="">All toolkits</option>
          {toolkits.map((toolkit) => (
            <option key={toolkit} value={toolkit}>
              {toolkit}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-kind`}>Edge kind</label>
        <select
          id={`${id}-kind`}
          value={filters.kind ?? ""}
          onChange={(event) => set({ kind: isEdgeKind(event.target.value) ? event.target.value : undefined })}
          data-testid="filter-kind"
        >
          <option value="">All kinds</option>
          {EDGE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABEL[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-weight`}>Minimum weight</label>
        <div className={styles.weightInputs}>
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={minWeight}
            aria-label="Minimum weight slider"
            onChange={(event) => set({ minWeight: clampWeight(Number(event.target.value)) })}
          />
          <input
            id={`${id}-weight`}
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={minWeight}
            onChange={(event) => set({ minWeight: clampWeight(Number(event.target.value)) })}
            data-testid="filter-min-weight"
          />
        </div>
      </div>
      <label className={styles.checkbox}>
        <input type="checkbox" checked={clustered} onChange={(event) => onClusteredChange(event.target.checked)} data-testid="filter-clustered" />
        Group into clusters
      </label>
      <label className={styles.checkbox}>
        <input type="checkbox" checked={allEdges} onChange={(event) => onAllEdgesChange(event.target.checked)} data-testid="filter-all-edges" />
        Draw all edges
      </label>
      <button type="button" onClick={() => onChange({})} disabled={!active} data-testid="reset-filters">
        Reset filters
      </button>
    </div>
  );
});
