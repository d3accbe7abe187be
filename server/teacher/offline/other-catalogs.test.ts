import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasSharedData, sharedData } from "../../../test/shared-data";
import { importCatalogs } from "../../pipeline/catalog";
import { schemaCheck, unknownNamesCheck } from "../../pipeline/checks";
import { asCallable, toolNames } from "../../pipeline/translation";
import { callsOf, callTurn, queryOf } from "./test-fixture";
import { namesFunction } from "./words";

/** Catalogs unlike BFCL's multi-turn docs: ToolBench names with spaces and slashes, terse descriptions, odd defaults. */
const catalogs = [
  ["stabletoolbench", "G1_tool.json"],
  ["bfcl_v3", "BFCL_v3_multiple.json"],
  ["bfcl_v3", "BFCL_v3_irrelevance.json"],
];

describe.skipIf(!hasSharedData)("the offline teacher on other catalogs", () => {
  it.each(catalogs)("%s/%s: queries never name the function, calls validate", (folder, file) => {
    const { functions } = importCatalogs([{ file, bytes: new Uint8Array(readFileSync(sharedData(folder, file))) }]);
    const names = toolNames(functions);
    expect(functions.length).toBeGreaterThan(200);
    for (const raw of functions) {
      // The pipeline hands the teacher each function under the name the model calls (translation/tool-names).
      const spec = asCallable(raw, names.get(raw.id) ?? raw.name);
      const query = queryOf({ role: "back_translate", turn: callTurn(spec), functions: [spec], history: [] });
      expect(namesFunction(query, spec.name), query).toBe(false);
      const calls = callsOf(query, [spec], []);
      expect(unknownNamesCheck(calls, [spec]).problems).toEqual([]);
      for (const call of calls) expect(schemaCheck(spec, call).problems, `${spec.name}: ${query}`).toEqual([]);
    }
  });
});
