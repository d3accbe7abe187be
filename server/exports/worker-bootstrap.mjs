// Worker threads do not inherit the TypeScript loader of the thread that starts them: register it, then run the entry.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
