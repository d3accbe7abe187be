import { startFakeOpenAI, text } from "./server";

/**
 * The fake as its own process, answering every chat request with "ok" after `--delay-ms` (default
 * 100). It prints `{"url": …}` on one line once listening and stops when stdin closes, so a parent
 * that dies cannot leave it behind. Used by the throughput benchmark, which wants the server's CPU
 * off its own event loop, as a real remote server would be.
 */
const flag = process.argv.indexOf("--delay-ms");
const delayMs = flag === -1 ? 100 : Number(process.argv[flag + 1]);
if (!Number.isFinite(delayMs) || delayMs < 0) throw new Error("--delay-ms must be a non-negative number");

const fake = await startFakeOpenAI(() => text("ok", { delayMs }));
process.stdout.write(`${JSON.stringify({ url: fake.url })}\n`);
process.stdin.resume();
process.stdin.once("end", () => void fake.close().then(() => process.exit(0)));
