import { createHash } from "node:crypto";
import { createJavaScriptExecutor } from "../executors/javascript-executor";
import { builtinToolkits } from "../executors/toolkits";
import { progressLine } from "../jobs/progress";
import { runSynthesisJob } from "../jobs/synthesis-job";
import type { FunctionSpec } from "../pipeline/schemas/function-spec";
import type { FunctionPath } from "../pipeline/schemas/path";
import { judgedSample } from "../pipeline/schemas/judged-sample";
import { getOrCreateProject } from "../services/projects";
import { createTeacher } from "../teacher/create-teacher";
import { readJsonLines } from "./read-json-lines";
import { openStudioDatabase } from "./open-db";
import { elapsed, report } from "./report";
import type { SynthesisOptions } from "./teacher-options";
import { writeFileAtomic } from "./write-atomic";

/** A stable default run name: the same inputs and settings resume the same run. */
function defaultRunName(functions: readonly FunctionSpec[], paths: readonly FunctionPath[], options: SynthesisOptions, seed: number): string {
  const hash = createHash("sha256").update(JSON.stringify({ functions, paths, options, seed })).digest("hex");
  return `synth-${hash.slice(0, 12)}`;
}

/** Synthesizes trajectories for the paths through a stored run and writes them, one a line, atomically. */
export async function synthesizeToFile(input: {
  functions: readonly FunctionSpec[];
  paths: readonly FunctionPath[];
  out: string;
  seed: number;
  options: SynthesisOptions;
}): Promise<void> {
  const startedAt = performance.now();
  const database = openStudioDatabase();
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  try {
    const name = input.options.run ?? defaultRunName(input.functions, input.paths, input.options, input.seed);
    const interactive = process.stderr.isTTY;
    let lastLine = 0;
    const result = await runSynthesisJob(database.db, {
      name,
      ...(input.options.project === undefined ? {} : { projectId: getOrCreateProject(database.db, input.options.project).id }),
      functions: input.functions,
      paths: input.paths,
      teacher: createTeacher(input.options.teacher, database.db),
      executors: [createJavaScriptExecutor(builtinToolkits)],
      seed: input.seed,
      negatives: input.options.negatives,
      judge: input.options.judge,
      roundTrip: input.options.roundTrip,
      concurrency: input.options.concurrency,
      judged: input.options.judged === undefined ? [] : readJsonLines(input.options.judged, judgedSample),
      signal: controller.signal,
      onProgress: (event) => {
        const finished = event.done + event.failed === event.total;
        if (interactive) process.stderr.write(`\r${progressLine(event)}${finished ? "\n" : ""}`);
        else if (finished || performance.now() - lastLine > 2000) {
          lastLine = performance.now();
          report(progressLine(event));
        }
      },
    });
    if (result.resumed) report(`resumed run "${name}"`);
    for (const failure of result.failures) report(`failed ${failure.pathId}: ${failure.error}`);
    if (controller.signal.aborted) {
      report(`stopped: run "${name}" keeps what is done; run the same command again to resume`);
      process.exitCode = 130;
      return;
    }
    writeFileAtomic(input.out, result.trajectories.map((t) => JSON.stringify(t)).join("\n") + (result.trajectories.length ? "\n" : ""));
    const positives = result.trajectories.filter((t) => t.polarity === "positive").length;
    const { usage } = result.progress;
    report(
      `${result.trajectories.length} trajectories (${positives} positive, ${result.trajectories.length - positives} negative) from ${result.progress.done}/${result.progress.total} paths` +
        `, ${result.progress.failed} failed; ${usage.requests} teacher requests, ${usage.promptTokens + usage.completionTokens} tokens, $${usage.costUsd.toFixed(4)} → ${input.out} in ${elapsed(startedAt)}`,
    );
    if (result.progress.failed > 0) process.exitCode = 1;
  } finally {
    process.off("SIGINT", stop);
    database.close();
  }
}
