import { readFileSync } from "node:fs";
import path from "node:path";
import { Option, type Command } from "commander";
import { parseMixture, type Mixture } from "../../pipeline/export";
import { InvalidInput, NotFound } from "../../pipeline/errors";
import { formatNames, type FormatName } from "../../pipeline/formats";
import { reviewStatuses, type ReviewStatus } from "../../pipeline/schemas/review";
import { turnKinds, type TurnKind } from "../../pipeline/schemas/path";
import { zodFieldPath } from "../../pipeline/zod-field-path";
import { exportRequest } from "../../exports/export-request";
import { parallelScanner, runExport, type ExportSummary } from "../../exports/run-export";
import { projectRunIds } from "../../services/export-selection";
import { writeProjectExport } from "../../services/export-writer";
import { findProjectByName } from "../../services/projects";
import { openStudioDatabase } from "../open-db";
import { probabilityOption, seedOption } from "../options";
import { elapsed, report } from "../report";

interface ExportCommandOptions {
  in?: string;
  project?: string;
  run?: string[];
  status?: ReviewStatus[];
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

const progress = (phase: string, records: number) => report(`${phase} ${records} records`);

type Source = { file: string } | { project: string };

/** Which records: a file (every record: a file has no review status) or a project in the database (accepted only by default). */
function sourceOf(options: ExportCommandOptions): Source {
  if (options.project !== undefined && options.in === undefined) return { project: options.project };
  if (options.in === undefined || options.project !== undefined)
    throw new InvalidInput("give exactly one of --in FILE (a trajectories file) or --project NAME (a project in the studio's database)", { field: "--in/--project" });
  if (options.status !== undefined || options.run !== undefined)
    throw new InvalidInput(
      "selects by review status and run, which only the database keeps: use it with --project (a --in file has no review status, so every record is exported)",
      { field: options.status !== undefined ? "--status" : "--run" },
    );
  return { file: options.in };
}

function parseMixtureOption(text: string | undefined): Mixture | undefined {
  try {
    return text === undefined ? undefined : parseMixture(text);
  } catch (error) {
    throw new InvalidInput(error instanceof Error ? error.message : String(error), { field: "--mixture" });
  }
}

function readBenchmarkUpload(file: string) {
  try {
    return { name: path.basename(file), text: readFileSync(file, "utf8") };
  } catch {
    throw new InvalidInput("cannot be read (no such file or no permission)", { file });
  }
}

async function exportFromProject(name: string, options: ExportCommandOptions, mixture: Mixture | undefined): Promise<ExportSummary> {
  const database = openStudioDatabase();
  try {
    const project = findProjectByName(database.db, name);
    if (!project) throw new NotFound("project", name);
    const parsed = exportRequest.safeParse({
      projectId: project.id,
      ...(options.run ? { runIds: projectRunIds(database.db, project.id, options.run) } : {}),
      ...(options.status ? { statuses: options.status } : {}),
      formats: options.format,
      mixture: mixture ?? null,
      split: options.split,
      dedupe: options.dedupe,
      ...(options.contamination ? { contamination: readBenchmarkUpload(options.contamination) } : {}),
      dropContaminated: options.dropContaminated,
      seed: options.seed,
      pairLevel: options.pairs,
      ...(options.polarity ? { polarity: options.polarity } : {}),
      ...(options.turnKinds ? { turnKinds: options.turnKinds } : {}),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InvalidInput(issue?.message ?? "invalid option", { field: zodFieldPath(issue?.path ?? []) || undefined });
    }
    return await writeProjectExport(database.db, parsed.data, options.out, { scan: parallelScanner(), onProgress: progress });
  } finally {
    database.close();
  }
}

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write SFT and preference datasets (OpenAI, TRL, LLaMA-Factory ShareGPT, BFCL) with a mixture, a split and a dataset card")
    .option("--in <file>", "trajectories.jsonl written by `magnet synth` or `magnet run`: every record is exported (a file has no review status)")
    .option("--project <name>", "export a project's trajectories from the studio's database (MAGNET_DB) instead, with reviewers' edits")
    .option("--run <names...>", "with --project: only these runs of the project (default: every run)")
    .addOption(
      new Option("--status <statuses...>", "with --project: the review statuses to export (default: accepted); refused with --in, whose records have no status").choices([
        ...reviewStatuses,
      ]),
    )
    .requiredOption("--out <dir>", "folder for train/ and validation/ files, dataset_info.json and README.md")
    .addOption(new Option("--format <formats...>", "one or more formats").choices([...formatNames]).makeOptionMandatory())
    .option("--mixture <shares>", "target shares, e.g. single=0.2,parallel=0.1,multiple=0.1,multi_turn=0.44,irrelevance=0.16 (default: keep everything, reported against 16 % irrelevance)")
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
      const source = sourceOf(options);
      const mixture = parseMixtureOption(options.mixture);
      const summary =
        "project" in source
          ? await exportFromProject(source.project, options, mixture)
          : await runExport({
              input: source.file,
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
              onProgress: progress,
            });
      report(
        `exported ${summary.positives} positives and ${summary.pairs} preference pairs (${summary.splits.train} train / ${summary.splits.validation} validation samples); ` +
          `${summary.dedupeRemoved} near-duplicates removed, ${summary.contaminated} contaminated → ${options.out} (${summary.files.length} files) in ${elapsed(startedAt)}`,
      );
    });
}
