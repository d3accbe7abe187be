import { KIND_LABEL } from "@/lib/graph/style";
import { EDGE_KINDS, isEdgeKind, type EdgeKind } from "@/lib/graph/types";

/** The edge kinds as a select, labelled as the legend labels them. */
export function EdgeKindSelect({ id, value, onChange, testId }: { id: string; value: EdgeKind; onChange: (kind: EdgeKind) => void; testId?: string }) {
  return (
    <select id={id} value={value} onChange={(event) => isEdgeKind(event.target.value) && onChange(event.target.value)} data-testid={testId}>
      {EDGE_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {KIND_LABEL[kind]}
        </option>
      ))}
    </select>
  );
}
