import type { Command } from "commander";
import { importCatalogs } from "../../pipeline/catalog";
import { buildGraph } from "../../pipeline/graph";
import { createRandom } from "../../pipeline/random";
import type { CatalogFormat } from "../../pipeline/schemas/function-spec";
import { formatOption, integerOption, seedOption } from "../options";
import { readCatalogInputs } from "../read-inputs";
import { elapsed, report } from "../report";
import { writeFileAtomic } from "../write-atomic";

export function registerGraph(program: Command): void {
  program
    .command("graph")
    .description("build a dependency graph straight from catalog files and write it as JSON")
    .argument("<files...>", "catalog files")
    .requiredOption("--out <file>", "where to write graph.json")
    .addOption(formatOption())
    .option("--candidates <n>", "candidate set size per function", integerOption(1, 500), 30)
    .addOption(seedOption())
    .action((files: string[], options: { out: string; format?: CatalogFormat; candidates: number; seed: number }) => {
      const startedAt = performance.now();
      const { functions } = importCatalogs(readCatalogInputs(files), { format: options.format });
      report(`read ${functions.length} functions from ${files.length} file(s)`);
      const graph = buildGraph(functions, { candidates: options.candidates, random: createRandom(options.seed) });
      writeFileAtomic(options.out, `${JSON.stringify({ ...graph, functions })}\n`);
      const nested = graph.edges.filter((e) => e.nested).length;
      report(`graph: ${graph.nodes.length} functions, ${graph.edges.length} edges (${nested} nested) → ${options.out} in ${elapsed(startedAt)}`);
    });
}
