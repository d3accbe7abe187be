import type { TaskOf } from "../../pipeline/prompts/template";
import { MISC_CATEGORY } from "../../pipeline/schemas/function-spec";
import { actionPhrase } from "./action-phrase";
import { domainScore, domainsOfCategory } from "./domains";
import { identifierTokens } from "./words";

/** Name and toolkit words say more about a function's domain than its description's words. */
const NAME_WEIGHT = 2;
/** One stray description word ("climate" in a car's manual) is no domain. */
const MIN_SCORE = 2;

/**
 * The category whose domain vocabulary the function's name, toolkit and description share most words
 * with (a category counts its own words too, so unknown domains still match by name); `misc` when none.
 */
export function classifyDomain(task: TaskOf<"classify_domain">): string {
  const spec = task.function;
  const named = [...identifierTokens(spec.name), ...identifierTokens(spec.toolkit)];
  const described = [...identifierTokens(actionPhrase(spec)), ...identifierTokens(spec.description)];
  let best: string = MISC_CATEGORY;
  let bestScore = MIN_SCORE - 1;
  for (const category of task.categories) {
    const own = new Set(identifierTokens(category));
    const domains = domainsOfCategory(category);
    const score = (tokens: readonly string[]): number =>
      tokens.filter((token) => own.has(token)).length + domains.reduce((sum, domain) => sum + domainScore(domain, tokens), 0);
    const total = NAME_WEIGHT * score(named) + score(described);
    if (total > bestScore) {
      best = category;
      bestScore = total;
    }
  }
  return best;
}
