import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./test/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
export const e2eDatabase = path.resolve(".tmp/e2e/studio.db");

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    screenshot: "on",
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    // A fresh database each run; removed here because the readiness probe already opens it.
    command: `rm -rf .tmp/e2e && npx next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { MAGNET_DB: e2eDatabase, NEXT_TELEMETRY_DISABLED: "1" },
  },
});
