import { beforeAll, describe, expect, it } from "vitest";
import { hasSharedData } from "../../../test/shared-data";
import type { PreferencePair } from "../schemas/preference";
import type { Trajectory } from "../schemas/trajectory";
import { formatNames, formats } from ".";
import { sameJson } from "./same-json";
import { bfclTrajectories, turnPairs } from "./test-fixtures";

describe("sameJson", () => {
  it("is equality of the serialized text, for parsed JSON values", () => {
    const values: unknown[] = [1, "1", null, true, [], {}, [1, 2], [2, 1], { a: 1, b: 2 }, { b: 2, a: 1 }, { a: [1, { c: "x" }] }, { a: [1, { c: "y" }] }, { a: 1 }];
    for (const a of values) for (const b of values) expect(sameJson(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(JSON.stringify(a) === JSON.stringify(b));
  });
});

describe.skipIf(!hasSharedData)("format lines", () => {
  let trajectories: Trajectory[] = [];
  let pairs: PreferencePair[] = [];
  beforeAll(async () => {
    trajectories = await bfclTrajectories();
    pairs = turnPairs(trajectories);
  });

  /** The records again with each function changed under the same name: remembered text must not be reused for them. */
  const altered = (records: readonly Trajectory[]): Trajectory[] =>
    records.map((t) => ({ ...t, tools: t.tools.map((tool) => ({ ...tool, function: { ...tool.function, description: `${tool.function.description} (v2)` } })) }));

  it.each(formatNames)("%s: each line is its row serialized", (name) => {
    const spec = formats[name];
    if (spec.kind === "sft") {
      for (const t of [...trajectories, ...altered(trajectories), ...trajectories]) expect(spec.lines(t)).toEqual(spec.rows(t).map((row) => JSON.stringify(row)));
    } else {
      const alteredPairs = pairs.map((p) => ({ ...p, tools: altered([{ tools: p.tools } as Trajectory])[0]?.tools ?? [] }));
      for (const p of [...pairs, ...alteredPairs, ...pairs]) expect(spec.lines(p)).toEqual(spec.rows(p).map((row) => JSON.stringify(row)));
    }
  });
});
