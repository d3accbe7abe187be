import { Option, type Command } from "commander";
import { operationContext, samplePaths, sampleSettings } from "../../pipeline/paths";
import { summarizeCoverage, walkStrategies, type WalkStrategy } from "../../pipeline/sampling";
import { dependencyGraph } from "../../pipeline/schemas/graph";
import { InvalidInput } from "../../pipeline/errors";
import { integerOption, probabilityOption, seedOption } from "../options";
import { readJsonFile } from "../read-json-file";
import { elapsed, report } from "../report";
import { writeFileAtomic } from "../write-atomic";

interface SampleOptions {
  graph: string;
  out: string;
  fromEveryNode?: boolean;
  walks?: number;
  from?: string[];
  steps: number;
  strategy: WalkStrategy;
  mergeP: number;
  insertP: number;
  splitP: number;
  irrelevanceP: number;
  seed: number;
}

export function registerSample(program: Command): void {
  program
    .command("sample")
    .description("sample function signature paths by random walk and enhance them with merge / insert / split")
    .requiredOption("--graph <file>", "graph.json written by `magnet graph`")
    .requiredOption("--out <file>", "where to write paths.jsonl (one path a line)")
    .option("--from-every-node", "one walk from every function (the default)")
    .option("--walks <n>", "draw this many start functions instead", integerOption(0, 1_000_000))
    .option("--from <ids...>", "start a walk from each of these function ids")
    .option("--steps <n>", "functions per walk at most", integerOption(1, 50), 7)
    .addOption(new Option("--strategy <s>", "how the next function is chosen").choices([...walkStrategies]).default("uniform"))
    .option("--merge-p <p>", "probability of merging each consecutive pair of turns", probabilityOption, 0.3)
    .option("--insert-p <p>", "probability of inserting a nested neighbour per turn", probabilityOption, 0.3)
    .option("--split-p <p>", "probability of adding a split (miss_func / miss_param) copy of a path", probabilityOption, 0.3)
    .option("--irrelevance-p <p>", "probability of adding an irrelevance copy of a path", probabilityOption, 0.15)
    .addOption(seedOption())
    .action((options: SampleOptions) => {
      const startedAt = performance.now();
      if (options.fromEveryNode && (options.walks !== undefined || options.from !== undefined)) {
        throw new InvalidInput("--from-every-node cannot be combined with --walks or --from");
      }
      const graph = readJsonFile(options.graph, dependencyGraph);
      const settings = sampleSettings.parse({
        steps: options.steps,
        from: options.from,
        walks: options.walks,
        strategy: options.strategy,
        mergeP: options.mergeP,
        insertP: options.insertP,
        splitP: options.splitP,
        irrelevanceP: options.irrelevanceP,
        seed: options.seed,
      });
      const { paths, coverage } = samplePaths(operationContext(graph), settings);
      writeFileAtomic(options.out, paths.map((p) => JSON.stringify(p)).join("\n") + (paths.length ? "\n" : ""));
      const ops = new Map<string, number>();
      for (const path of paths) for (const op of path.operations) ops.set(op.op, (ops.get(op.op) ?? 0) + 1);
      const { functions, edges } = summarizeCoverage(coverage);
      report(
        `sampled ${paths.length} paths (${[...ops].map(([op, n]) => `${n} ${op}`).join(", ") || "no operations"}); ` +
          `walks cover ${(functions.share * 100).toFixed(1)} % of functions and ${(edges.share * 100).toFixed(1)} % of edges → ${options.out} in ${elapsed(startedAt)}`,
      );
    });
}
