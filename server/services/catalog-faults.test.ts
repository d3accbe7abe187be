import { asc, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { catalogs, functions, graphEdges, projects } from "../../db/schema";
import { catalogSeeds } from "../../test/faults/catalog-seeds";
import { faultCases, type FaultCase } from "../../test/faults/catalog-mutator";
import { hasSharedData } from "../../test/shared-data";
import { openTempDatabase } from "../../test/temp-db";
import { ensureDemoProject } from "../demo/seed-demo";
import { InvalidInput } from "../pipeline/errors";
import { importCatalogFiles, importEachCatalogFile, importIntoNamedProject } from "./catalogs";

/**
 * The fault suite of the catalog importer (issue 7): hundreds of seeded malformed files, made from real
 * catalogs, go through the real import service into a project that already has catalogs, functions and
 * a graph. Every file must be imported whole or rejected whole with our InvalidInput naming the file
 * (and the record and field where the fault was put); nothing else may be thrown and nothing of a
 * rejected file may be stored. Other failures are collected and shown together, case by case.
 */

/** Our own words only: never a runtime's (JSON.parse, a TypeError) or a stack trace. */
const FOREIGN_WORDING = /Unexpected token|JSON\.parse|is not a function|Cannot read prop|Maximum call stack|\bundefined\b|\[object Object\]|\n\s+at /;
const MAX_MESSAGE_LENGTH = 600;

/** A parent of a field: `a.b[2].c` → `a.b[2]`. */
const parentOf = (field: string): string => field.replace(/(\.[^.[\]]*|\[\d+\])$/, "");
const within = (field: string, outer: string): boolean => field === outer || field.startsWith(`${outer}.`) || field.startsWith(`${outer}[`);

/**
 * Whether the reported field is the one mutated, inside it, around it (a wrong `parameters` is
 * reported at `parameters`), or beside it (removing a property breaks `required` next to it).
 */
function relatedField(reported: string | undefined, target: string, message: string): boolean {
  // A changed first record can make the file another format or none: that is said about the record.
  if (reported === undefined) return /unknown catalog format|expected an object/.test(message);
  return within(reported, target) || within(target, reported) || within(reported, parentOf(parentOf(target)));
}

describe.skipIf(!hasSharedData)("catalog import fault suite", () => {
  const database = openTempDatabase();
  afterAll(() => database.dispose());
  const { db } = database;
  const projectId = ensureDemoProject(db).projectId ?? 0;

  /** Everything an import may touch, in a comparable form. */
  const snapshot = (): string =>
    JSON.stringify([
      db.select().from(projects).orderBy(asc(projects.id)).all(),
      db.select().from(catalogs).orderBy(asc(catalogs.id)).all(),
      db.select().from(functions).orderBy(asc(functions.id)).all(),
      db.select().from(graphEdges).orderBy(asc(graphEdges.id)).all(),
    ]);
  const good = { file: "good.json", bytes: new TextEncoder().encode(JSON.stringify([{ type: "function", function: { name: "fault_suite_good" } }])) };

  it("imports each seeded malformed catalog whole or rejects it whole, naming file, record and field", () => {
    const started = performance.now();
    const cases = faultCases(catalogSeeds());
    const baseline = snapshot();
    const problems: string[] = [];
    // Every message names its own file (case_N/...): the reasons, without the location, tell how varied they are.
    const reasons = new Set<string>();
    let rejected = 0;
    let batches = 0;

    const checkRejection = (fault: FaultCase, error: InvalidInput): void => {
      const say = (problem: string) => problems.push(`${fault.id}: ${problem}\n    message: ${error.message.slice(0, 300)}`);
      if (error.location.file !== fault.file || !error.message.startsWith(`${fault.file}`)) say("the message does not start with the file");
      if (FOREIGN_WORDING.test(error.message)) say("the message has a runtime's wording");
      if (/[\u0000-\u001f\u007f]/.test(error.message)) say("the message holds control characters");
      if (error.message.length > MAX_MESSAGE_LENGTH) say(`the message is ${error.message.length} characters long`);
      if (fault.reason && !fault.reason.test(error.reason)) say(`the reason does not match ${fault.reason}`);
      // A changed definition that another record repeats is reported at the later one, naming the first.
      const redefined = fault.target !== undefined && error.message.includes(`first defined at ${fault.file}, record ${fault.target.record})`);
      if (fault.target && error.location.record !== fault.target.record && !redefined) say(`names record ${error.location.record}, not ${fault.target.record}`);
      if (fault.target?.field !== undefined && !redefined && !relatedField(error.location.field, fault.target.field, error.message)) {
        say(`names field ${error.location.field}, not ${fault.target.field} or near it`);
      }
    };

    for (const fault of cases) {
      const input = { file: fault.file, bytes: fault.bytes };
      let outcome: "accepted" | "rejected";
      try {
        const imported = importCatalogFiles(db, projectId, [input]);
        outcome = "accepted";
        const [file] = imported;
        const stored = db.select().from(functions).where(eq(functions.catalogId, file?.catalogId ?? -1)).all();
        if (imported.length !== 1 || stored.length !== file?.functions) problems.push(`${fault.id}: accepted, but ${stored.length} functions stored of ${file?.functions}`);
        // Undo the accepted file so every case starts from the same database.
        db.delete(functions).where(eq(functions.catalogId, file?.catalogId ?? -1)).run();
        db.delete(catalogs).where(eq(catalogs.id, file?.catalogId ?? -1)).run();
        if (snapshot() !== baseline) problems.push(`${fault.id}: accepted, and changed rows that were there before`);
      } catch (error) {
        outcome = "rejected";
        if (!(error instanceof InvalidInput)) {
          problems.push(`${fault.id}: crashed with ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)}`);
          continue;
        }
        rejected++;
        reasons.add(error.reason);
        if (snapshot() !== baseline) problems.push(`${fault.id}: rejected, but the database changed (partial import)`);
        checkRejection(fault, error);
        // The same file through the CLI's import (project created in the same transaction) and the studio's upload.
        try {
          importIntoNamedProject(db, "fault-suite-cli", [input]);
          problems.push(`${fault.id}: the CLI import accepted it`);
        } catch (cli) {
          if (!(cli instanceof InvalidInput) || cli.message !== error.message) problems.push(`${fault.id}: the CLI import said ${String(cli)}`);
        }
        const [upload] = importEachCatalogFile(db, projectId, [input]);
        if (upload?.ok !== false || upload.error.message !== error.message) problems.push(`${fault.id}: the studio upload answered ${JSON.stringify(upload).slice(0, 200)}`);
        // Every tenth: beside a good file in one batch, which must be refused with it.
        if (rejected % 10 === 0) {
          batches++;
          try {
            importCatalogFiles(db, projectId, [good, input]);
            problems.push(`${fault.id}: accepted in a batch`);
          } catch (batch) {
            if (!(batch instanceof InvalidInput) || batch.message !== error.message) problems.push(`${fault.id}: in a batch, ${String(batch)}`);
          }
        }
        if (snapshot() !== baseline) problems.push(`${fault.id}: the CLI, upload or batch import left something behind`);
      }
      if (fault.expect !== "either" && outcome !== (fault.expect === "accept" ? "accepted" : "rejected")) {
        problems.push(`${fault.id}: ${outcome}, expected to be ${fault.expect}ed`);
      }
    }

    const seconds = (performance.now() - started) / 1000;
    console.log(
      `catalog faults: ${cases.length} cases (${rejected} rejected, ${cases.length - rejected} imported whole), ${reasons.size} distinct reasons, ${batches} batches, ${problems.length} problems, ${seconds.toFixed(1)} s`,
    );
    expect(cases.length).toBeGreaterThanOrEqual(300);
    // Most faults must be refused: a mutator that stopped breaking files would pass everything else.
    expect(rejected / cases.length).toBeGreaterThan(0.75);
    expect(problems).toEqual([]);
  }, 60_000);
});
