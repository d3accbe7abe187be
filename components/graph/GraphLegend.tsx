import { memo } from "react";
import { EDGE_KINDS, EDGE_ORIGINS } from "@/lib/graph/types";
import { edgeStroke, KIND_LABEL } from "@/lib/graph/style";
import styles from "./graph.module.css";

function Swatch({ stroke }: { stroke: ReturnType<typeof edgeStroke> }) {
  return (
    <svg width="40" height="12" aria-hidden="true">
      <line x1="2" y1="6" x2="38" y2="6" {...stroke} />
    </svg>
  );
}

/** What an edge's pattern, colour and width mean. */
export const GraphLegend = memo(function GraphLegend() {
  return (
    <section className={styles.panel} data-testid="graph-legend" aria-labelledby="graph-legend-title">
      <h2 id="graph-legend-title">Legend</h2>
      <dl className={styles.legend}>
        {EDGE_KINDS.map((kind) => (
          <div key={kind} style={{ display: "contents" }} data-kind={kind}>
            <dt>
              <Swatch stroke={edgeStroke(kind, 0.8, "auto")} />
            </dt>
            <dd>{KIND_LABEL[kind]}</dd>
          </div>
        ))}
        {EDGE_ORIGINS.map((origin) => (
          <div key={origin} style={{ display: "contents" }} data-origin={origin}>
            <dt>
              <Swatch stroke={edgeStroke("exact_input", 0.8, origin)} />
            </dt>
            <dd>{origin === "auto" ? "built automatically" : origin === "teacher" ? "judged by the teacher" : "set by an annotator"}</dd>
          </div>
        ))}
        {[0.2, 1].map((weight) => (
          <div key={weight} style={{ display: "contents" }}>
            <dt>
              <Swatch stroke={edgeStroke("exact_input", weight, "auto")} />
            </dt>
            <dd>weight {weight}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.legendNote}>
        Click a function to see its neighbourhood, an edge to see its evidence. <abbr title="required">*</abbr> marks required parameters.
      </p>
    </section>
  );
});
