import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eDatabase } from "../playwright.config";

const bfclDocs = path.resolve("../shared/data/bfcl_v3/multi_turn_func_doc");

test("a catalog imported with the CLI shows in the studio's project list", async ({ page }) => {
  test.skip(!existsSync(bfclDocs), "../shared/data is absent");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Projects" })).toBeVisible();

  execFileSync(
    "npx",
    ["tsx", "server/cli/main.ts", "import", path.join(bfclDocs, "math_api.json"), path.join(bfclDocs, "message_api.json"), "--project", "e2e-bfcl"],
    { env: { ...process.env, MAGNET_DB: e2eDatabase }, stdio: "pipe" },
  );

  await page.reload();
  const row = page.locator('tr[data-id="e2e-bfcl"]');
  await expect(row).toBeVisible();
  await expect(row.locator("td").nth(1)).toHaveText("2");
  await expect(row.locator("td").nth(2)).toHaveText("27");
});
