import type { Random } from "../random";
import type { Trajectory } from "../schemas/trajectory";

/**
 * Each trajectory with its `tools` in a seeded order; the order depends only on the seed and the
 * trajectory id (the random is forked by id), so it is stable whatever else is exported. Messages and
 * every other field are left as they are (shared by reference).
 */
export function shuffleTools(trajectories: readonly Trajectory[], random: Random): Trajectory[] {
  return trajectories.map((t) => shuffleOwnTools({ ...t, tools: [...t.tools] }, random));
}

/**
 * `shuffleTools` of a trajectory that nothing else holds (one just parsed): its own `tools` array is
 * shuffled in place, without copying the record.
 */
export function shuffleOwnTools(t: Trajectory, random: Random): Trajectory {
  const r = random.fork(`tools:${t.id}`);
  const tools = t.tools;
  for (let i = tools.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    const tmp = tools[i] as (typeof tools)[number];
    tools[i] = tools[j] as (typeof tools)[number];
    tools[j] = tmp;
  }
  return t;
}
