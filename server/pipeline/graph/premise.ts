import type { FunctionProfile } from "./function-profile";

/** A premise found between two functions, with why. */
export interface Premise {
  score: number;
  reason: string;
}

/**
 * Whether calling the source is a precondition of calling the target: a login/authenticate call opens
 * the session every action of its toolkit needs, and a check (`file_exists`, `verify_email`, a
 * yes/no answer) guards an action on the same thing.
 */
export function findPremise(source: FunctionProfile, target: FunctionProfile, sameToolkit: boolean): Premise | undefined {
  if (target.role === "auth" || target.role === "teardown") return undefined;
  if (!sameToolkit && source.role === "auth") return undefined;
  if (source.role === "auth") {
    return { score: 0.75, reason: `${source.spec.name} opens the session that ${target.spec.name} runs in` };
  }
  if (sameToolkit && source.checksService && !target.checksService) {
    return { score: 0.6, reason: `${source.spec.name} checks that the ${source.spec.toolkit} service is up` };
  }
  const checks = source.role === "check" || (source.returnsBoolean && source.role !== "action");
  if (!checks || target.role === "check") return undefined;
  // The check guards the target when the target takes the same identifying input (`path`, `user_id`).
  const shared = [...source.inputSubjects].filter((token) => target.inputSubjects.has(token)).sort();
  // Between toolkits a check guards an action only when they clearly handle the same things.
  if (shared.length < (sameToolkit ? 1 : 2)) return undefined;
  const sameEntity = source.entity.some((token) => target.entity.includes(token));
  return {
    score: Math.min(0.85, 0.5 + 0.1 * shared.length + (sameEntity ? 0.1 : 0)) * (sameToolkit ? 1 : 0.7),
    reason: `${source.spec.name} checks the ${shared.join(", ")} that ${target.spec.name} acts on`,
  };
}
