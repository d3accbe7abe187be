import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { InvalidInput } from "../pipeline/errors";
import { trajectory, type Trajectory } from "../pipeline/schemas/trajectory";
import { zodFieldPath } from "../pipeline/zod-field-path";


/** Streams a trajectories file one record at a time; a bad line is named by file, record and field. */
export async function* readTrajectories(file: string): AsyncGenerator<{ record: number; trajectory: Trajectory }> {
  const input = createReadStream(file, { encoding: "utf8" });
  const failed = new Promise<never>((_, reject) =>
    input.once("error", () => reject(new InvalidInput("cannot be read (no such file or no permission)", { file }))),
  );
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let record = -1;
  const iterator = lines[Symbol.asyncIterator]();
  for (;;) {
    const next = await Promise.race([iterator.next(), failed]);
    if (next.done) return;
    record++;
    if (next.value.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(next.value);
    } catch {
      throw new InvalidInput("is not valid JSON", { file, record });
    }
    const parsed = trajectory.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InvalidInput(issue?.message ?? "is not a trajectory", { file, record, field: zodFieldPath(issue?.path ?? []) || undefined });
    }
    yield { record, trajectory: parsed.data };
  }
}
