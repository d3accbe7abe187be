import type { Command } from "commander";
import { InvalidInput } from "../../pipeline/errors";
import { dependencyGraph } from "../../pipeline/schemas/graph";
import { functionPath } from "../../pipeline/schemas/path";
import { seedOption } from "../options";
import { readJsonFile } from "../read-json-file";
import { readJsonLines } from "../read-json-lines";
import { synthesizeToFile } from "../synthesize-to-file";
import { synthesisOptions, type SynthesisOptions } from "../teacher-options";

export function registerSynth(program: Command): void {
  const command = program
    .command("synth")
    .description("translate paths into queries, reference calls and positive / negative trajectories")
    .requiredOption("--graph <file>", "graph.json written by `magnet graph` (it carries the function specs)")
    .requiredOption("--paths <file>", "paths.jsonl written by `magnet sample`")
    .requiredOption("--out <file>", "where to write trajectories.jsonl");
  for (const option of synthesisOptions()) command.addOption(option);
  command.addOption(seedOption()).action(async (options: SynthesisOptions & { graph: string; paths: string; out: string; seed: number }) => {
    const graph = readJsonFile(options.graph, dependencyGraph);
    if (!graph.functions) throw new InvalidInput("has no function specs: write it again with `magnet graph`", { file: options.graph, field: "functions" });
    const paths = readJsonLines(options.paths, functionPath);
    await synthesizeToFile({ functions: graph.functions, paths, out: options.out, seed: options.seed, options });
  });
}
