import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import { z } from "zod";
import { recordCheckModule } from "../json-lines";
import { trajectory } from "../pipeline/schemas/trajectory";

/** The stamps of the bundle and of each file it was built from, when it was built. */
const buildRecord = z.object({ bundle: z.string(), inputs: z.record(z.string(), z.string()) });

/** What tells a file's version apart cheaply: its size and when it was last written. */
function stampOf(file: string): string | undefined {
  try {
    const facts = statSync(file);
    return `${facts.size}:${facts.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/**
 * Synchronous on purpose: a few hundred `stat`s take a millisecond or two here, where each step of an
 * asynchronous check waited for a turn of the event loop of a thread busy scanning, and the worker
 * started some 150 ms later.
 */
function isFresh(bundle: string, stampsFile: string): boolean {
  try {
    const built = buildRecord.parse(JSON.parse(readFileSync(stampsFile, "utf8")));
    return stampOf(bundle) === built.bundle && Object.entries(built.inputs).every(([input, stamp]) => stampOf(input) === stamp);
  } catch {
    return false;
  }
}

const entry = fileURLToPath(new URL("./scan-worker.ts", import.meta.url));

/**
 * The scan worker and everything it imports, bundled into one self-contained ES module. A worker
 * thread does not inherit the TypeScript loader of the thread that starts it, and loading the sources
 * through a loader of its own cost each worker about half a second of CPU. The bundle is kept in
 * `node_modules/.cache` with the size and time of each file it was built from, and built again (by
 * esbuild, in its own process) when one of them changes; where that folder cannot be written, it is
 * built into `fallbackDir` for this run.
 */
export async function scanWorkerBundle(fallbackDir: string): Promise<URL> {
  // Named after the sources' place: two checkouts can share one node_modules (a link), never one bundle.
  const base = path.resolve(path.dirname(entry), "../../node_modules/.cache/magnet-studio", `scan-worker-${createHash("sha256").update(entry).digest("hex").slice(0, 16)}`);
  try {
    if (!isFresh(`${base}.mjs`, `${base}.inputs.json`)) await buildBundle(base);
    return pathToFileURL(`${base}.mjs`);
  } catch (error) {
    if (!(error instanceof Error && "code" in error && (error.code === "EACCES" || error.code === "EROFS" || error.code === "EPERM"))) throw error;
    const here = path.join(fallbackDir, "scan-worker");
    await buildBundle(here);
    return pathToFileURL(`${here}.mjs`);
  }
}

/**
 * The trajectory check compiled ahead (ajv's standalone code), in place of the module that compiles it
 * when first asked: the same check, without the compile at each worker's start.
 */
const precompiledTrajectoryCheck: Plugin = {
  name: "precompiled-trajectory-check",
  setup(bundler) {
    bundler.onLoad({ filter: /[\\/]trajectory-check\.ts$/ }, () => ({
      contents: `${recordCheckModule(trajectory)}\nexport const trajectoryCheck = () => validate;\n`,
      loader: "js",
    }));
  },
};

async function buildBundle(base: string): Promise<void> {
  await mkdir(path.dirname(base), { recursive: true });
  const root = path.dirname(entry);
  const partial = `${base}.${process.pid}.partial`;
  const { metafile } = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    outfile: `${partial}.mjs`,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    metafile: true,
    logLevel: "silent",
    plugins: [precompiledTrajectoryCheck],
    // The bundled CommonJS libraries (ajv) may require Node's own modules.
    banner: { js: 'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);' },
  });
  const inputs = Object.keys(metafile.inputs).map((input) => path.resolve(root, input));
  const inputStamps = Object.fromEntries(inputs.map((input) => [input, stampOf(input) ?? ""]));
  // Renamed into place, so another export starting meanwhile finds whole files; the bundle's own stamp pairs it with its record.
  await rename(`${partial}.mjs`, `${base}.mjs`);
  await writeFile(`${partial}.json`, JSON.stringify({ bundle: stampOf(`${base}.mjs`) ?? "", inputs: inputStamps }));
  await rename(`${partial}.json`, `${base}.inputs.json`);
}
