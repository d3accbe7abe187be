// Worker threads do not inherit the TypeScript loader of the thread that starts them: register it, then run the entry.
import { workerData } from "node:worker_threads";

// The scan's libraries are plain JavaScript: loaded before the loader is registered they skip its hooks
// (a round trip to the loader's thread per file; ajv alone is dozens of files), which took about 150 ms
// of CPU off each worker's start. The entry's imports of them then find them already loaded.
await import("zod");
await import("ajv/dist/2020.js");
const { register } = await import("tsx/esm/api");

register();
await import(workerData.entry);
