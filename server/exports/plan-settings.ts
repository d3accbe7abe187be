import type { Mixture, PlanSettings } from "../pipeline/export";
import type { TurnKind } from "../pipeline/schemas/path";

/** The export options the plan depends on, as the engine and the studio's preview both hold them. */
export interface PlanOptions {
  seed: number;
  split: number;
  mixture?: Mixture | null;
  polarity?: readonly ("positive" | "negative")[];
  turnKinds?: readonly TurnKind[];
  dedupe: boolean;
  dropContaminated: boolean;
}

/** One mapping, so a preview plans exactly what its export will write. */
export function planSettings(options: PlanOptions, contaminationChecked: boolean): PlanSettings {
  return {
    seed: options.seed,
    split: options.split,
    ...(options.mixture ? { mixture: options.mixture } : {}),
    ...(options.polarity ? { polarity: options.polarity } : {}),
    ...(options.turnKinds ? { turnKinds: options.turnKinds } : {}),
    dedupe: options.dedupe,
    ...(contaminationChecked ? { contamination: { drop: options.dropContaminated } } : {}),
  };
}
