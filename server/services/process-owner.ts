import { hostname } from "node:os";

/** This process, as a run records who works on it. */
export const thisProcess = (): string => `${process.pid}@${hostname()}`;

/**
 * Whether the process that owns a run still exists: true or false on this machine, null for another
 * machine's (or an unknown) owner, where only the run's recent activity can tell.
 */
export function ownerAlive(owner: string | null): boolean | null {
  const match = owner?.match(/^(\d+)@(.+)$/);
  if (!match || match[2] !== hostname()) return null;
  try {
    process.kill(Number(match[1]), 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}
