import type { Db } from "../../db/client";
import { importCatalogFiles } from "../services/catalogs";
import { rebuildGraph } from "../services/graph";
import { samplePathsIntoProject } from "../services/paths";
import { createProject, findProjectByName } from "../services/projects";
import { readDemoCatalog } from "./demo-catalog";
import { demoWasSeeded, markDemoSeeded } from "./demo-marker";

export const DEMO_PROJECT_NAME = "Demo: travel assistant";
/** Fixed seeds: every new studio gets the same graph and the same paths. */
export const DEMO_SEED = 1;
/** Enough walks to show every kind of path operation without burying the demo in paths. */
const DEMO_WALKS = 24;

export interface DemoResult {
  created: boolean;
  projectId?: number;
}

/**
 * Creates the demo project (catalog, offline graph, sampled paths) on a database where it was never
 * created, so that a new studio is never empty. Everything happens in one IMMEDIATE transaction (the
 * services' own transactions become savepoints inside it): a failure leaves no half-made demo, and
 * the write lock is taken before the marker is read, so two processes starting at once cannot both
 * seed. Throws when the catalog cannot be read or imported; the caller decides whether that stops it.
 */
export function ensureDemoProject(db: Db, options: { catalogDir?: string } = {}): DemoResult {
  // The common case (seeded long ago) costs one lookup and reads no files.
  if (demoWasSeeded(db)) return { created: false };
  const inputs = readDemoCatalog(options.catalogDir);
  return db.transaction(
    (tx) => {
      if (demoWasSeeded(tx)) return { created: false };
      // A project of that name that predates the marker is someone's work: keep it, never seed over it.
      const existing = findProjectByName(tx, DEMO_PROJECT_NAME);
      if (existing !== undefined) {
        markDemoSeeded(tx, existing.id);
        return { created: false, projectId: existing.id };
      }
      const project = createProject(tx, DEMO_PROJECT_NAME);
      importCatalogFiles(tx, project.id, inputs);
      rebuildGraph(tx, project.id, { seed: DEMO_SEED });
      // Coverage walks spread the few paths over as many functions and edges as they can.
      samplePathsIntoProject(tx, project.id, { walks: DEMO_WALKS, strategy: "coverage", seed: DEMO_SEED });
      markDemoSeeded(tx, project.id);
      return { created: true, projectId: project.id };
    },
    { behavior: "immediate" },
  );
}
