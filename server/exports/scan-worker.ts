import { parentPort, workerData } from "node:worker_threads";
import { InvalidInput } from "../pipeline/errors";
import { scanInTurn } from "./scan-in-turn";
import type { WorkerMessage } from "./scan-message";
import { workerInput } from "./scan-range";
import { SharedParts } from "./shared-parts";

const port = parentPort;
if (port) {
  const send = (message: WorkerMessage) => port.postMessage(message);
  try {
    const { base, first, parts } = workerInput.parse(workerData);
    const shared = new SharedParts(parts, base.input);
    try {
      await scanInTurn(shared, base, first, {
        onPart: (result) => send({ type: "part", result: JSON.stringify(result) }),
        onProgress: (part, records) => send({ type: "progress", part, records }),
        onFacts: (part, facts) => send({ type: "facts", part, facts: JSON.stringify(facts) }),
      });
    } finally {
      shared.close();
    }
    send({ type: "done" });
  } catch (error) {
    if (error instanceof InvalidInput) send({ type: "error", reason: error.reason, location: error.location });
    else send({ type: "error", reason: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
