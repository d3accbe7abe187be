import { Command, CommanderError } from "commander";
import { InvalidInput, NotFound } from "../pipeline/errors";
import { registerExport } from "./commands/export";
import { registerGraph } from "./commands/graph";
import { registerImport } from "./commands/import";
import { registerProjects } from "./commands/projects";
import { registerRun } from "./commands/run";
import { registerSample } from "./commands/sample";
import { registerSynth } from "./commands/synth";

const program = new Command("magnet")
  .description("Magnet Studio's pipeline: import catalogs, build dependency graphs, sample and enhance paths, synthesize trajectories, export datasets.")
  .showHelpAfterError("(run with --help for usage)")
  .exitOverride();

registerImport(program);
registerGraph(program);
registerSample(program);
registerSynth(program);
registerRun(program);
registerExport(program);
registerProjects(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  if (error instanceof InvalidInput || error instanceof NotFound) {
    process.stderr.write(`magnet: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
