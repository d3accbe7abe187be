import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./test/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
export const e2eDatabase = path.resolve(".tmp/e2e/studio.db");
/** The studio with accounts on listens on the next port. */
export const accountsPort = port + 1;
const accountsDatabase = path.resolve(".tmp/e2e-accounts/studio.db");

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
  webServer: [
    {
      // A fresh database each run; removed here because the readiness probe already opens it.
      command: `rm -rf .tmp/e2e && npx next start -H 127.0.0.1 -p ${port}`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      timeout: 120_000,
      // MAGNET_SECRET_KEY: saving a teacher key needs one (e2e/teacher-key.spec.ts); a fixed key for tests only.
      env: { MAGNET_DB: e2eDatabase, NEXT_TELEMETRY_DISABLED: "1", MAGNET_SECRET_KEY: "ZTJlLW9ubHkta2V5LS1uZXZlci11c2UtZm9yLXJlYWw=" },
    },
    {
      // The same build with accounts on, for the team journeys: its own fresh database.
      command: `rm -rf .tmp/e2e-accounts && npx next start -H 127.0.0.1 -p ${accountsPort}`,
      url: `http://127.0.0.1:${accountsPort}`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { MAGNET_DB: accountsDatabase, NEXT_TELEMETRY_DISABLED: "1", MAGNET_ACCOUNTS: "on", MAGNET_AUTH_SECRET: "e2e-only-signing-secret-never-use-for-real-0001", MAGNET_URL: `http://localhost:${accountsPort}`, MAGNET_SETUP_CODE: "e2e-setup-code-0001" },
    },
  ],
});
