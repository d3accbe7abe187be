import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

/** `../shared/data` beside the clone; tests that need it skip with a clear message where it is absent. */
export const sharedDataDir = path.resolve(fileURLToPath(new URL("../../shared/data", import.meta.url)));
export const hasSharedData = existsSync(sharedDataDir);
export const sharedData = (...parts: string[]): string => path.join(sharedDataDir, ...parts);
