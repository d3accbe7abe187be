import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", ".tmp/**", "e2e/**"],
    environment: "node",
    testTimeout: 30_000,
    pool: "forks",
    // Saving a teacher key needs MAGNET_SECRET_KEY; a fixed test-only key (tests of the unset case stub it away).
    env: { MAGNET_SECRET_KEY: "dGVzdC1vbmx5LWtleS0tbm90LWEtc2VjcmV0LTMyYnk=" },
  },
});
