import { parentPort, workerData } from "node:worker_threads";
import { z } from "zod";
import { InvalidInput } from "../pipeline/errors";
import { scanRange, scanRequest } from "./scan-range";
import type { WorkerMessage } from "./scan-message";

const port = parentPort;
if (port) {
  const send = (message: WorkerMessage) => port.postMessage(message);
  try {
    const request = scanRequest.parse(z.object({ request: z.unknown() }).parse(workerData).request);
    const result = await scanRange(
      request,
      (records) => send({ type: "progress", records }),
      (facts) => send({ type: "facts", facts: JSON.stringify(facts) }),
    );
    send({ type: "done", result: JSON.stringify(result) });
  } catch (error) {
    if (error instanceof InvalidInput) send({ type: "error", reason: error.reason, location: error.location });
    else send({ type: "error", reason: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
