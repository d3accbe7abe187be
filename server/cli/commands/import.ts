import type { Command } from "commander";
import type { CatalogFormat } from "../../pipeline/schemas/function-spec";
import { importIntoNamedProject } from "../../services/catalogs";
import { openStudioDatabase } from "../open-db";
import { formatOption, seedOption } from "../options";
import { readCatalogInputs } from "../read-inputs";
import { elapsed, report } from "../report";

export function registerImport(program: Command): void {
  program
    .command("import")
    .description("store catalog files in a project of the studio's database (MAGNET_DB)")
    .argument("<files...>", "catalog files (OpenAI tools, BFCL, ToolBench, MCP tools/list, xLAM)")
    .addOption(formatOption())
    .option("--project <name>", "project to import into (created when missing)", "default")
    .addOption(seedOption())
    .action((files: string[], options: { format?: CatalogFormat; project: string }) => {
      const startedAt = performance.now();
      const inputs = readCatalogInputs(files);
      const database = openStudioDatabase();
      try {
        const { project, files: imported } = importIntoNamedProject(database.db, options.project, inputs, { format: options.format });
        for (const file of imported) {
          report(`${file.file}: ${file.format}, ${file.functions} functions from ${file.records} records${file.duplicatesSkipped ? `, ${file.duplicatesSkipped} duplicates skipped` : ""}`);
        }
        const total = imported.reduce((sum, f) => sum + f.functions, 0);
        report(`imported ${total} functions into project "${project.name}" (${database.file}) in ${elapsed(startedAt)}`);
      } finally {
        database.close();
      }
    });
}
