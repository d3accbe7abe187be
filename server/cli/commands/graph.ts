import { Option, type Command } from "commander";
import { importCatalogs } from "../../pipeline/catalog";
import { buildGraph, buildGraphWithJudge, createTeacherJudge } from "../../pipeline/graph";
import { createRandom } from "../../pipeline/random";
import type { CatalogFormat, FunctionSpec } from "../../pipeline/schemas/function-spec";
import { createTeacher, teacherKinds, type TeacherKind } from "../../teacher/create-teacher";
import { classifyWithTeacher } from "../classify-with-teacher";
import { openStudioDatabase } from "../open-db";
import { formatOption, integerOption, seedOption } from "../options";
import { readCatalogInputs } from "../read-inputs";
import { elapsed, report } from "../report";
import { writeFileAtomic } from "../write-atomic";

interface GraphCommandOptions {
  out: string;
  format?: CatalogFormat;
  candidates: number;
  seed: number;
  judge: "offline" | "teacher";
  teacher: TeacherKind;
  concurrency: number;
  classify?: boolean;
}

/** Every function's candidate set judged by the teacher, through the answer cache, with progress on stderr. */
async function judgeWithTeacher(functions: FunctionSpec[], options: GraphCommandOptions) {
  const database = openStudioDatabase();
  try {
    const { teacher } = createTeacher(options.teacher, database.db);
    return await buildGraphWithJudge(functions, {
      candidates: options.candidates,
      random: createRandom(options.seed),
      judge: createTeacherJudge(teacher),
      origin: "teacher",
      concurrency: options.concurrency,
      onProgress: ({ done, total }) => {
        if (done === total || done % 25 === 0) report(`judged ${done}/${total} functions`);
      },
    });
  } finally {
    database.close();
  }
}

export function registerGraph(program: Command): void {
  program
    .command("graph")
    .description("build a dependency graph straight from catalog files and write it as JSON")
    .argument("<files...>", "catalog files")
    .requiredOption("--out <file>", "where to write graph.json")
    .addOption(formatOption())
    .option("--candidates <n>", "candidate set size per function", integerOption(1, 500), 30)
    .addOption(new Option("--judge <judge>", "who decides the edges: the offline scorer, or the teacher (MAGNET's dependency prompt)").choices(["offline", "teacher"]).default("offline"))
    .addOption(new Option("--teacher <kind>", "the teacher that judges with --judge teacher").choices([...teacherKinds]).default("openai"))
    .option("--concurrency <n>", "functions judged at once by the teacher", integerOption(1, 256), 8)
    .option("--classify", "let the teacher label functions whose source names no category (MAGNET's domain classification)")
    .addOption(seedOption())
    .action(async (files: string[], options: GraphCommandOptions) => {
      const startedAt = performance.now();
      const imported = importCatalogs(readCatalogInputs(files), { format: options.format }).functions;
      report(`read ${imported.length} functions from ${files.length} file(s)`);
      const functions = options.classify ? await classifyWithTeacher(imported, options.teacher) : imported;
      const graph = options.judge === "offline" ? buildGraph(functions, { candidates: options.candidates, random: createRandom(options.seed) }) : await judgeWithTeacher(functions, options);
      writeFileAtomic(options.out, `${JSON.stringify({ ...graph, functions })}\n`);
      const nested = graph.edges.filter((e) => e.nested).length;
      report(`graph: ${graph.nodes.length} functions, ${graph.edges.length} edges (${nested} nested) → ${options.out} in ${elapsed(startedAt)}`);
    });
}
