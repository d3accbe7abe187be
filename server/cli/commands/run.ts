import path from "node:path";
import type { Command } from "commander";
import { importCatalogs } from "../../pipeline/catalog";
import { buildGraph } from "../../pipeline/graph";
import { operationContext, samplePaths, sampleSettings } from "../../pipeline/paths";
import { createRandom } from "../../pipeline/random";
import { integerOption, seedOption } from "../options";
import { classifyWithTeacher } from "../classify-with-teacher";
import { readCatalogInputs } from "../read-inputs";
import { report } from "../report";
import { synthesizeToFile } from "../synthesize-to-file";
import { synthesisOptions, type SynthesisOptions } from "../teacher-options";
import { writeFileAtomic } from "../write-atomic";

export function registerRun(program: Command): void {
  const command = program
    .command("run")
    .description("import → graph → sample → synth in one go, writing graph.json, paths.jsonl and trajectories.jsonl into a folder")
    .requiredOption("--tools <files...>", "catalog files")
    .requiredOption("--out <dir>", "folder for graph.json, paths.jsonl and trajectories.jsonl")
    .option("--candidates <n>", "candidate set size per function", integerOption(1, 500), 30)
    .option("--steps <n>", "functions per walk at most", integerOption(1, 50), 7)
    .option("--classify", "let the teacher label functions whose source names no category (MAGNET's domain classification)");
  for (const option of synthesisOptions()) command.addOption(option);
  command
    .addOption(seedOption())
    .action(async (options: SynthesisOptions & { tools: string[]; out: string; candidates: number; steps: number; seed: number; classify?: boolean }) => {
      const imported = importCatalogs(readCatalogInputs(options.tools)).functions;
      const functions = options.classify ? await classifyWithTeacher(imported, options.teacher) : imported;
      const graph = buildGraph(functions, { candidates: options.candidates, random: createRandom(options.seed) });
      writeFileAtomic(path.join(options.out, "graph.json"), `${JSON.stringify({ ...graph, functions })}\n`);
      report(`graph: ${graph.nodes.length} functions, ${graph.edges.length} edges`);
      const { paths } = samplePaths(operationContext(graph), sampleSettings.parse({ steps: options.steps, seed: options.seed }));
      writeFileAtomic(path.join(options.out, "paths.jsonl"), paths.map((p) => JSON.stringify(p)).join("\n") + "\n");
      report(`paths: ${paths.length}`);
      await synthesizeToFile({ functions, paths, out: path.join(options.out, "trajectories.jsonl"), seed: options.seed, options });
    });
}
