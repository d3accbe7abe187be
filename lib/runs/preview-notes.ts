/** Turn numbers as people count them: "turns 2 and 3". */
export function turnList(indices: readonly number[]): string {
  const names = indices.map((i) => String(i + 1));
  if (names.length === 0) return "no turn";
  if (names.length === 1) return `turn ${names[0]}`;
  return `turns ${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * What a regeneration did. The pipeline translates a path as a whole (each query is written from the
 * earlier turns' outputs), so a turn cannot be redone alone: the path was synthesized again with
 * another seed, and the note says so and which turns came out different.
 */
export function regenerateNote(turn: number, result: { seed: number; changed: readonly number[]; turnChanged: boolean }): string {
  const whole = `A turn cannot be regenerated alone (each query is written from the earlier turns' outputs), so the whole path was synthesized again with seed ${result.seed}`;
  if (result.changed.length === 0) return `${whole}; nothing changed.`;
  const changed = `; ${turnList(result.changed)} changed.`;
  if (result.turnChanged) return `${whole}${changed}`;
  return `${whole}${changed} Turn ${turn + 1} came out the same with every seed tried: it depends only on the path (and the teacher's cached answers), not on the seed.`;
}

export function editNote(turn: number, turns: number, changed: readonly number[]): string {
  const later = changed.filter((i) => i > turn);
  const after = turn === turns - 1 ? "." : later.length > 0 ? `; ${turnList(later)} followed from the new outputs.` : "; the later turns came out the same.";
  return (
    `Turn ${turn + 1}'s query is yours: the teacher derived its reference calls from it (forth translation) and they were executed${after}` +
    " This is a preview: a run synthesizes the path as the teacher writes it."
  );
}
