import { rmSync } from "node:fs";
import path from "node:path";

/** Every e2e run starts from an empty database. */
export default function globalSetup(): void {
  rmSync(path.resolve(".tmp/e2e"), { recursive: true, force: true });
}
