import { Option, type Command } from "commander";
import { parseMixture } from "../../pipeline/export";
import { InvalidInput } from "../../pipeline/errors";
import { formatNames, type FormatName } from "../../pipeline/formats";
import { turnKinds, type TurnKind } from "../../pipeline/schemas/path";
import { runExport } from "../../exports/run-export";
import { probabilityOption, seedOption } from "../options";
import { elapsed, report } from "../report";

interface ExportCommandOptions {
  in: string;
  out: string;
  format: FormatName[];
  mixture?: string;
  split: number;
  polarity?: ("positive" | "negative")[];
  turnKinds?: TurnKind[];
  dedupe: boolean;
  contamination?: string;
  dropContaminated: boolean;
  pairs: "turn" | "trajectory" | "both";
  seed: number;
}

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write SFT and preference datasets (OpenAI, TRL, LLaMA-Factory ShareGPT, BFCL) with a mixture, a split and a dataset card")
    .requiredOption("--in <file>", "trajectories.jsonl written by `magnet synth` or `magnet run`")
    .requiredOption("--out <dir>", "folder for train/ and validation/ files, dataset_info.json and README.md")
    .addOption(new Option("--format <formats...>", "one or more formats").choices([...formatNames]).makeOptionMandatory())
    .option("--mixture <shares>", "target shares, e.g. single=0.2,parallel=0.1,multiple=0.1,multi_turn=0.44,irrelevance=0.16 (default: 16 % irrelevance, the rest as available)")
    .option("--split <share>", "share of samples in train", probabilityOption, 0.95)
    .addOption(new Option("--polarity <p...>", "keep only these polarities").choices(["positive", "negative"]))
    .addOption(new Option("--turn-kinds <kinds...>", "keep samples whose turns are all of these kinds").choices([...turnKinds]))
    .option("--no-dedupe", "keep near-duplicates (same normalized queries and calls)")
    .option("--contamination <file>", "a benchmark file (BFCL test entries) to check query n-gram and path overlap against")
    .option("--drop-contaminated", "leave out the samples that overlap the benchmark", false)
    .addOption(new Option("--pairs <level>", "preference pairs per diverging turn, per trajectory, or both").choices(["turn", "trajectory", "both"]).default("turn"))
    .addOption(seedOption())
    .action(async (options: ExportCommandOptions) => {
      const startedAt = performance.now();
      let mixture;
      try {
        mixture = options.mixture === undefined ? undefined : parseMixture(options.mixture);
      } catch (error) {
        throw new InvalidInput(error instanceof Error ? error.message : String(error), { field: "--mixture" });
      }
      const summary = await runExport({
        input: options.in,
        outDir: options.out,
        formats: options.format,
        seed: options.seed,
        split: options.split,
        mixture,
        polarity: options.polarity,
        turnKinds: options.turnKinds,
        dedupe: options.dedupe,
        contamination: options.contamination,
        dropContaminated: options.dropContaminated,
        pairLevel: options.pairs,
        onProgress: (phase, records) => report(`${phase} ${records} records`),
      });
      report(
        `exported ${summary.positives} positives and ${summary.pairs} preference pairs (${summary.splits.train} train / ${summary.splits.validation} validation samples); ` +
          `${summary.dedupeRemoved} near-duplicates removed, ${summary.contaminated} contaminated → ${options.out} (${summary.files.length} files) in ${elapsed(startedAt)}`,
      );
    });
}
