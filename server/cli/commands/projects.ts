import type { Command } from "commander";
import { listProjects } from "../../services/projects";
import { openStudioDatabase } from "../open-db";
import { seedOption } from "../options";

export function registerProjects(program: Command): void {
  program
    .command("projects")
    .description("list the projects in the studio's database with their counts")
    .addOption(seedOption())
    .action(() => {
      const database = openStudioDatabase();
      try {
        for (const p of listProjects(database.db)) {
          process.stdout.write(
            `${p.name}\t${p.counts.catalogs} catalogs\t${p.counts.functions} functions\t${p.counts.edges} edges\t${p.counts.paths} paths\n`,
          );
        }
      } finally {
        database.close();
      }
    });
}
