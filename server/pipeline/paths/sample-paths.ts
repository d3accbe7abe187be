import type { OperationContext } from "../operations/context";
import { enhancePath } from "../operations/enhance-path";
import { createRandom } from "../random";
import type { FunctionPath } from "../schemas/path";
import { createCoverage, type Coverage } from "../sampling/coverage";
import type { SampleSettings } from "./sample-settings";
import { sampleWalks } from "../sampling/sample-walks";

/**
 * Walks, then MAGNET's node operations on each walk: the plain path and its split / irrelevance
 * copies. Walks and enhancements draw from separate streams so changing an operation probability
 * does not change which walks are sampled.
 */
export function samplePaths(
  context: OperationContext,
  settings: SampleSettings,
  options: { idPrefix?: string; coverage?: Coverage } = {},
): { paths: FunctionPath[]; coverage: Coverage } {
  const random = createRandom(settings.seed);
  const coverage = options.coverage ?? createCoverage(context.index);
  const walks = sampleWalks(context.index, {
    steps: settings.steps,
    from: settings.from ?? "every",
    walks: settings.walks,
    strategy: settings.strategy,
    random: random.fork("walks"),
    coverage,
    idPrefix: options.idPrefix,
  });
  const enhanceRandom = random.fork("operations");
  const paths = walks.flatMap((walk) =>
    enhancePath(walk, context, {
      random: enhanceRandom,
      mergeP: settings.mergeP,
      insertP: settings.insertP,
      splitP: settings.splitP,
      irrelevanceP: settings.irrelevanceP,
    }),
  );
  return { paths, coverage };
}
